/** The `/api` routes, one feature a folder. */
import type { FastifyPluginAsync } from 'fastify';
import { analysisRoutes } from './analysis/index.ts';
import { peopleAnalysisRoutes } from './analysis/people.ts';
import { programAnalysisRoutes } from './analysis/programs.ts';
import { trendRoutes } from './analysis/trends.ts';
import { edgeRoutes } from './edges/index.ts';
import { exploreRoutes } from './explore/index.ts';
import { importExportRoutes } from './import-export/index.ts';
import { importJobRoutes } from './import-jobs/index.ts';
import { listRoutes } from './lists/index.ts';
import { nodeRoutes } from './nodes/index.ts';
import { systemRoutes } from './system/index.ts';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(systemRoutes);
  await app.register(importExportRoutes);
  await app.register(importJobRoutes);
  await app.register(nodeRoutes);
  await app.register(edgeRoutes);
  await app.register(exploreRoutes);
  await app.register(analysisRoutes);
  await app.register(peopleAnalysisRoutes);
  await app.register(programAnalysisRoutes);
  await app.register(trendRoutes);
  await app.register(listRoutes);
};
