/**
 * Writes accept only the content types they document. A browser sends a cross-site `text/plain`,
 * form or multipart POST without asking first (no CORS preflight), so a server that parsed such
 * a body would let any page open on the same machine write to it. Here every request with a body
 * on an unsafe method must name one of the route's `consumes` types (default
 * `application/json`), else 415 before the body is read; the default `text/plain` parser is
 * removed as well.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isSafeMethod } from '../auth/roles.ts';
import { UnsupportedMediaTypeError } from '../auth/errors.ts';

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

async function contentTypePlugin(app: FastifyInstance): Promise<void> {
  app.removeContentTypeParser('text/plain');
  // A callback hook (no I/O): reads, most requests, pass it without a promise of their own.
  app.addHook('onRequest', (request, _reply, done) => {
    if (isSafeMethod(request.method)) return done();
    const header = request.headers['content-type'];
    if (header === undefined && !hasBody(request.headers)) return done();
    const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
    const schema = request.routeOptions.schema as { consumes?: string[] } | undefined;
    const allowed = schema?.consumes ?? ['application/json'];
    if (!allowed.includes(type))
      throw new UnsupportedMediaTypeError(
        `${request.method} ${request.routeOptions.url ?? request.url} accepts ${allowed.join(' or ')}` +
          (type ? `, not ${type}` : ' bodies; the request has no Content-Type'),
      );
    done();
  });
}

export const contentTypeCheck = fp(contentTypePlugin, { name: 'atlas-content-type' });
