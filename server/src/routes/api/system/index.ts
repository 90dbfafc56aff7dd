/** Health and schema. */
import { describeSchema, healthSchema, statsSchema } from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../errors.ts';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      // Monitoring needs no account, whatever ATLAS_PUBLIC_READ says.
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Service health with node and edge counts',
        description:
          '`status` is `loading` while the store still builds in-memory structures after opening ' +
          '(the counts are current already; neighbourhoods wait until it is `ok`).',
        response: { 200: healthSchema, 503: errorResponses[503] },
      },
    },
    async () => {
      const stats = await app.store.stats();
      return {
        status: app.store.ready?.() === false ? ('loading' as const) : ('ok' as const),
        store: app.store.name,
        nodes: stats.nodes,
        edges: stats.edges,
      };
    },
  );

  app.get(
    '/stats',
    {
      schema: {
        tags: ['system'],
        summary: 'Counts of nodes by kind and of relationships by type',
        response: { 200: statsSchema, 503: errorResponses[503] },
      },
    },
    async () => app.store.stats(),
  );

  app.get(
    '/schema',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary:
          'The graph schema: kinds, relationship types, properties, zh/en names, display hints',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => describeSchema() as unknown as Record<string, unknown>,
  );
};
