/** The account routes under `/api`: sign-in and sessions, users, organisations, API tokens. */
import type { FastifyPluginAsync } from 'fastify';
import { organisationRoutes } from './organisations.ts';
import { sessionRoutes } from './session.ts';
import { tokenRoutes } from './tokens.ts';
import { userRoutes } from './users.ts';

export const accountRoutes: FastifyPluginAsync = async (app) => {
  await app.register(sessionRoutes);
  await app.register(userRoutes);
  await app.register(organisationRoutes);
  await app.register(tokenRoutes);
};
