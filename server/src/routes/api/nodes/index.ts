/** Single nodes: read with their relationships, create or replace, update, delete. */
import {
  nodeDetailSchema,
  nodeKindSchema,
  storedNodeSchema,
  type NodeKind,
  nodeKeyParamSchema,
} from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteNode, notFoundNode, patchNode, putNode } from '../../../writes.ts';
import { errorResponses } from '../errors.ts';

const params = z.object({
  kind: nodeKindSchema.describe('Node kind, e.g. Occupation'),
  key: nodeKeyParamSchema.describe('Key unique within the kind'),
});
const propsBody = z.object({ props: z.record(z.string(), z.unknown()) });
const removal = z.object({ nodesRemoved: z.number(), edgesRemoved: z.number() });

export const nodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/nodes/:kind/:key',
    {
      schema: {
        tags: ['nodes'],
        summary: 'A node with its properties and relationships',
        params,
        querystring: z.object({
          relationships: z.coerce
            .number()
            .int()
            .min(0)
            .max(5000)
            .default(500)
            .describe('Most relationships to list'),
        }),
        response: { 200: nodeDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ref = { kind: request.params.kind as NodeKind, key: request.params.key };
      const node = await app.store.getNode(ref);
      if (!node) throw notFoundNode(ref);
      const { items, total } = await app.store.relationships(ref, request.query.relationships);
      return {
        ...node,
        degree: total,
        relationships: items,
        relationshipsTruncated: total > items.length,
      };
    },
  );

  app.put(
    '/nodes/:kind/:key',
    {
      schema: {
        tags: ['nodes'],
        summary: 'Create a node or replace its properties',
        params,
        body: propsBody,
        response: { 200: storedNodeSchema, 201: storedNodeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ref = { kind: request.params.kind as NodeKind, key: request.params.key };
      const { created, node } = await putNode(app.store, ref, request.body.props);
      return reply.code(created ? 201 : 200).send(node);
    },
  );

  app.patch(
    '/nodes/:kind/:key',
    {
      schema: {
        tags: ['nodes'],
        summary: 'Update some properties of a node (null removes one)',
        params,
        body: propsBody,
        response: { 200: storedNodeSchema, ...errorResponses },
      },
    },
    async (request) =>
      patchNode(
        app.store,
        { kind: request.params.kind as NodeKind, key: request.params.key },
        request.body.props,
      ),
  );

  app.delete(
    '/nodes/:kind/:key',
    {
      schema: {
        tags: ['nodes'],
        summary: 'Delete a node and all its relationships',
        params,
        response: { 200: removal, ...errorResponses },
      },
    },
    async (request) => {
      const result = await deleteNode(app.store, {
        kind: request.params.kind as NodeKind,
        key: request.params.key,
      });
      return { nodesRemoved: result.nodesRemoved, edgesRemoved: result.edgesRemoved };
    },
  );
};
