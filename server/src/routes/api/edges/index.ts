/** Single relationships, addressed by type and both endpoints. */
import {
  nodeKindSchema,
  relTypeSchema,
  storedEdgeSchema,
  type EdgeRef,
  type NodeKind,
  type RelType,
  nodeKeyParamSchema,
} from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../../errors.ts';
import { deleteEdge, patchEdge, putEdge } from '../../../writes.ts';
import { errorResponses } from '../errors.ts';

const params = z.object({
  rel: relTypeSchema,
  fromKind: nodeKindSchema,
  fromKey: nodeKeyParamSchema,
  toKind: nodeKindSchema,
  toKey: nodeKeyParamSchema,
});
type Params = z.infer<typeof params>;
const propsBody = z.object({ props: z.record(z.string(), z.unknown()).default({}) });
const url = '/edges/:rel/:fromKind/:fromKey/:toKind/:toKey';

const refOf = (p: Params): EdgeRef => ({
  rel: p.rel as RelType,
  from: { kind: p.fromKind as NodeKind, key: p.fromKey },
  to: { kind: p.toKind as NodeKind, key: p.toKey },
});

export const edgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    url,
    {
      schema: {
        tags: ['edges'],
        summary: 'A relationship',
        params,
        response: { 200: storedEdgeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ref = refOf(request.params);
      const edge = await app.store.getEdge(ref);
      if (!edge)
        throw new NotFoundError(
          `no ${ref.rel} relationship from ${ref.from.kind}:${ref.from.key} to ${ref.to.kind}:${ref.to.key}`,
        );
      return edge;
    },
  );

  app.put(
    url,
    {
      schema: {
        tags: ['edges'],
        summary: 'Create a relationship or replace its properties (both endpoints must exist)',
        params,
        body: propsBody,
        response: { 200: storedEdgeSchema, 201: storedEdgeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { created, edge } = await putEdge(app.store, refOf(request.params), request.body.props);
      return reply.code(created ? 201 : 200).send(edge);
    },
  );

  app.patch(
    url,
    {
      schema: {
        tags: ['edges'],
        summary: 'Update some properties of a relationship (null removes one)',
        params,
        body: propsBody,
        response: { 200: storedEdgeSchema, ...errorResponses },
      },
    },
    async (request) => patchEdge(app.store, refOf(request.params), request.body.props),
  );

  app.delete(
    url,
    {
      schema: {
        tags: ['edges'],
        summary: 'Delete a relationship',
        params,
        response: { 204: z.null().describe('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteEdge(app.store, refOf(request.params));
      return reply.code(204).send(null);
    },
  );
};
