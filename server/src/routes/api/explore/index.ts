/** Search over names and codes, and neighbourhoods as graphology JSON. */
import {
  neighbourhoodSchema,
  nodeId,
  edgeId,
  nodeKindSchema,
  searchHitSchema,
  type NodeKind,
  nodeKeyParamSchema,
  unicodeTextSchema,
} from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFoundNode } from '../../../writes.ts';
import { errorResponses } from '../errors.ts';

export const maxNeighbourhoodLimit = 2000;

export const exploreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['explore'],
        summary: 'Find nodes by Chinese or English name, alias or code (key)',
        description:
          'Case-insensitive. Exact matches score 100, prefixes 60, substrings 30; ties go to the shorter name. ' +
          'An empty `q` with `kind` lists nodes of that kind.',
        querystring: z.object({
          q: unicodeTextSchema.max(200).default(''),
          kind: z
            .union([nodeKindSchema, z.array(nodeKindSchema)])
            .optional()
            .describe('Restrict to one or more kinds'),
          limit: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ hits: z.array(searchHitSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, kind, limit } = request.query;
      const kinds = (kind === undefined ? [] : Array.isArray(kind) ? kind : [kind]) as NodeKind[];
      const hits = await app.store.search({ text: q, kinds, limit });
      return { hits };
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
    async (request) => {
      const { kind, key, depth, limit } = request.query;
      const center = { kind: kind as NodeKind, key };
      const subgraph = await app.store.neighbourhood({ center, depth, limit });
      if (!subgraph) throw notFoundNode(center);
      return {
        attributes: { center: nodeId(center), depth, limit, truncated: subgraph.truncated },
        options: { type: 'directed' as const, multi: true as const, allowSelfLoops: true as const },
        nodes: subgraph.nodes.map((n) => ({
          key: nodeId(n),
          attributes: { ...n.props, kind: n.kind, key: n.key },
        })),
        edges: subgraph.edges.map((e) => ({
          key: edgeId(e),
          source: nodeId(e.from),
          target: nodeId(e.to),
          attributes: { ...e.props, rel: e.rel },
        })),
      };
    },
  );
};
