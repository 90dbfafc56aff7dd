/**
 * Ownership and visibility at the edge of a route: the `?org=` parameter every write route
 * documents; the store a request writes through — the app's store guarded for the request's writer
 * (guarded-store.ts) — and the store a request reads through, which leaves out the private records
 * the caller may not see (scoped-store.ts). A route needs one call and no rule of its own.
 */
import { organisationKeySchema } from '@chanjiao/graph-schema';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { GraphStore } from '../store/port.ts';
import { guardedStore } from './guarded-store.ts';
import { scopeOf } from './scope.ts';
import { scopedStore } from './scoped-store.ts';
import { resolveWriter, type Writer } from './writer.ts';

export const writerQuery = z.object({
  org: organisationKeySchema
    .optional()
    .describe(
      'The organisation that contributes the records this write creates: needed from an editor of ' +
        'several organisations when a record is created; an administrator may name any (none: the ' +
        'consortium’s records). Records keep their organisation when they change.',
    ),
});

export function writerOf(app: FastifyInstance, request: FastifyRequest, org?: string): Writer {
  return resolveWriter(
    { principal: request.principal, org, requestId: request.id },
    (key) => app.auth.accounts.getOrganisation(key) !== null,
  );
}

/** The store as this request's writer may write it. */
export function writeStore(
  app: FastifyInstance,
  request: FastifyRequest,
  org?: string,
): GraphStore {
  return guardedStore(app.store, writerOf(app, request, org));
}

/** The store as this request's caller may read it. */
export function readStore(app: FastifyInstance, request: FastifyRequest): GraphStore {
  return scopedStore(app.store, scopeOf(request.principal));
}
