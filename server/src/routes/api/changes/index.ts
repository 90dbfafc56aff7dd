/**
 * The audit trail over HTTP: the change feed (`GET /api/changes`), a node's history, and an
 * administrator's restore of a removed node with its relationships. Readers see the changes to
 * what they may see: a change to another organisation's private record is left out, as the record
 * itself is.
 */
import {
  changeFeedSchema,
  errorBodySchema,
  nodeKeyParamSchema,
  nodeKindSchema,
  storedEdgeSchema,
  storedNodeSchema,
  type NodeKind,
  type NodeRef,
} from '@chanjiao/graph-schema';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFoundNode } from '../../../writes.ts';
import type { ChangeQuery } from '../../../store/port.ts';
import { writeStore } from '../../../trust/request.ts';
import { planRestore } from '../../../trust/restore.ts';
import { scopeOf } from '../../../trust/scope.ts';
import { errorResponses } from '../errors.ts';

const since = z
  .string()
  .max(40)
  .regex(
    /^(\d{1,15}|\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?)$/,
    'must be a change number (the `next` of an earlier answer) or an ISO 8601 date or time',
  )
  .optional()
  .describe(
    'Changes after this change number (the `next` of the previous page), or from this ISO 8601 time; from the first when absent',
  );
const limit = z.coerce.number().int().min(1).max(1000).default(100);
const params = z.object({
  kind: nodeKindSchema.describe('Node kind, e.g. Occupation'),
  key: nodeKeyParamSchema.describe('Key unique within the kind'),
});

function sinceQuery(value: string | undefined): Pick<ChangeQuery, 'since' | 'sinceTime'> {
  if (value === undefined) return { since: 0 };
  if (/^\d+$/.test(value)) return { since: Number(value) };
  return { since: 0, sinceTime: new Date(value).toISOString() };
}

function privateOf(request: FastifyRequest): Pick<ChangeQuery, 'privateOf'> {
  const scope = scopeOf(request.principal);
  return scope.all ? {} : { privateOf: scope.organisations };
}

async function feed(app: FastifyInstance, query: ChangeQuery) {
  const changes = await app.store.changes(query);
  return { changes, next: changes.at(-1)?.seq ?? query.since };
}

export const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'The change feed: every write, oldest first, with who, when, before and after',
        description:
          'One change per node or relationship written — by the API, an import or a restore — recorded in the same ' +
          'transaction as the write. Page with `since=<next>`. Changes to private records of other organisations are ' +
          'left out.',
        querystring: z.object({ since, limit }),
        response: { 200: changeFeedSchema, ...errorResponses },
      },
    },
    async (request) =>
      feed(app, {
        ...sinceQuery(request.query.since),
        limit: request.query.limit,
        ...privateOf(request),
      }),
  );

  app.get(
    '/nodes/:kind/:key/history',
    {
      schema: {
        tags: ['changes', 'nodes'],
        summary: 'A node’s history: its changes and its relationships’, oldest first',
        description: 'Also for a removed node (its removal is the last change listed).',
        params,
        querystring: z.object({ since, limit }),
        response: { 200: changeFeedSchema, ...errorResponses },
      },
    },
    async (request) => {
      // A private node of another organisation answers as an unknown one: none of its changes.
      const ref: NodeRef = { kind: request.params.kind as NodeKind, key: request.params.key };
      return feed(app, {
        ...sinceQuery(request.query.since),
        limit: request.query.limit,
        node: ref,
        ...privateOf(request),
      });
    },
  );

  app.post(
    '/nodes/:kind/:key/restore',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['changes', 'nodes'],
        summary: 'Restore a removed node with its relationships (administrators)',
        description:
          'Brings the node back as its last removal recorded it, with every relationship whose other end exists; ' +
          'the others are listed in `skipped`. It keeps its organisation when that still exists.',
        params,
        response: {
          200: z.object({
            node: storedNodeSchema,
            relationships: z.array(storedEdgeSchema),
            skipped: z.array(storedEdgeSchema),
          }),
          ...errorResponses,
          404: errorBodySchema.describe('No removal of this node in the audit trail'),
          409: errorBodySchema.describe('The node exists'),
        },
      },
    },
    async (request) => {
      const ref: NodeRef = { kind: request.params.kind as NodeKind, key: request.params.key };
      const plan = await planRestore(app.store, ref);
      const org =
        plan.org !== undefined && app.auth.accounts.getOrganisation(plan.org) !== null
          ? plan.org
          : undefined;
      const store = writeStore(app, request, org);
      await store.write(plan.ops);
      const node = await store.getNode(ref);
      if (!node) throw notFoundNode(ref);
      return { node, relationships: plan.relationships, skipped: plan.skipped };
    },
  );
};
