/** Health and schema. */
import { describeSchema, healthSchema, statsSchema, type Health } from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../errors.ts';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  /**
   * The last health answer as JSON text, with what it was made from: a monitor polling a busy
   * server gets the same counts many times between two reads of them (the store keeps them current
   * for this process's writes and rereads others' within a short interval), and the same text is
   * sent again without validating and serialising the object each time.
   */
  let lastHealth: { made: Health; text: string } | null = null;
  const healthText = (health: Health): string => {
    const last = lastHealth;
    if (
      last &&
      last.made.status === health.status &&
      last.made.store === health.store &&
      last.made.nodes === health.nodes &&
      last.made.edges === health.edges
    )
      return last.text;
    lastHealth = { made: health, text: JSON.stringify(healthSchema.parse(health)) };
    return lastHealth.text;
  };

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
    async (_request, reply) => {
      const stats = await app.store.stats();
      const text = healthText({
        status: app.store.ready?.() === false ? 'loading' : 'ok',
        store: app.store.name,
        nodes: stats.nodes,
        edges: stats.edges,
      });
      // Text is sent as it is: it was checked against the response schema when it was made.
      return reply.type('application/json; charset=utf-8').send(text as unknown as Health);
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
