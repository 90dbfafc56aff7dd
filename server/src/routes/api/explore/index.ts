/** Search over names and codes, and neighbourhoods as graphology JSON. */
import {
  neighbourhoodSchema,
  nodeKindSchema,
  searchResultSchema,
  type Neighbourhood,
  type NodeKind,
  nodeKeyParamSchema,
  unicodeTextSchema,
} from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFoundNode } from '../../../writes.ts';
import { readStore } from '../../../trust/request.ts';
import { errorResponses } from '../errors.ts';
import { graphologyJson, graphologyText } from './wire.ts';

export const maxNeighbourhoodLimit = 2000;

export const exploreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['explore'],
        summary: 'Find nodes by Chinese or English name, alias or code (key)',
        description:
          '`q` is split on whitespace into words (Chinese text without spaces is one word); a node matches when every ' +
          'word matches its key, a name or an alias, case-insensitively. A word scores 100 on a whole field, 60 on a ' +
          'prefix, 30 inside a field; a node scores the mean over its words plus a small kind weight (chains and ' +
          'segments first, postings last, for the same match quality); ties go to the shorter Chinese name, then kind, ' +
          'then key. `total` counts the matches within `kind`; `facets` counts them per kind without `kind`. For a ' +
          'very common query both may be lower bounds (`totalExact: false`). `offset` pages. An empty `q` with `kind` ' +
          'lists nodes of that kind.',
        querystring: z.object({
          q: unicodeTextSchema.max(200).default(''),
          kind: z
            .union([nodeKindSchema, z.array(nodeKindSchema)])
            .optional()
            .describe('Restrict to one or more kinds'),
          limit: z.coerce.number().int().min(1).max(200).default(20),
          offset: z.coerce.number().int().min(0).max(10_000).default(0),
        }),
        response: { 200: searchResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { q, kind, limit, offset } = request.query;
      const kinds = (kind === undefined ? [] : Array.isArray(kind) ? kind : [kind]) as NodeKind[];
      return readStore(app, request).search({ text: q, kinds, limit, offset });
    },
  );

  app.get(
    '/graph/neighbourhood',
    {
      schema: {
        tags: ['explore'],
        summary: 'The neighbourhood of a node, as graphology serialised JSON',
        description:
          'Breadth-first in both directions up to `depth` hops, at most `limit` nodes; each level is visited in id order, ' +
          'so a hub is cut deterministically and `attributes.truncated` says so. Node keys are `Kind:key`; node attributes ' +
          'carry `kind`, `key` and the properties; edge attributes carry `rel` and the properties.',
        querystring: z.object({
          kind: nodeKindSchema,
          key: nodeKeyParamSchema,
          depth: z.coerce.number().int().min(1).max(3).default(1),
          limit: z.coerce.number().int().min(1).max(maxNeighbourhoodLimit).default(200),
        }),
        response: { 200: neighbourhoodSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind, key, depth, limit } = request.query;
      const center = { kind: kind as NodeKind, key };
      const frame = { center, depth, limit };
      const store = readStore(app, request);
      if (store.neighbourhoodText) {
        // Written as text: the rows come from the store, which only ever holds validated data.
        const subgraph = await store.neighbourhoodText({ center, depth, limit });
        if (!subgraph) throw notFoundNode(center);
        // The bytes are this route's response JSON already; Fastify sends a Buffer as it is.
        const json = graphologyText(frame, subgraph) as unknown as Neighbourhood;
        return reply.type('application/json; charset=utf-8').send(json);
      }
      const subgraph = await store.neighbourhood({ center, depth, limit });
      if (!subgraph) throw notFoundNode(center);
      return graphologyJson(frame, subgraph);
    },
  );
};
