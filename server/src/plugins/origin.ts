/**
 * Cross-site request forgery guard for cookie sessions. A write (any unsafe method) that carries
 * an `Origin` header must come from this server's own host or an origin listed in
 * ATLAS_ALLOWED_ORIGINS; a write authenticated by the session cookie must carry one (browsers
 * send it on every POST, PUT, PATCH and DELETE). Bearer-token callers are scripts: a page of
 * another site cannot set that header without a CORS preflight, which this server never grants.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isSafeMethod } from '../auth/roles.ts';
import { OriginRefusedError } from '../auth/errors.ts';

export interface OriginCheckOptions {
  allowedOrigins: string[];
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function originAllowed(request: FastifyRequest, origin: string, allowed: string[]): boolean {
  if (allowed.includes(origin)) return true;
  const host = request.headers.host?.replace(/:(80|443)$/, '');
  return host !== undefined && originHost(origin) === host;
}

async function originPlugin(app: FastifyInstance, options: OriginCheckOptions): Promise<void> {
  // A callback hook (no I/O): reads, most requests, pass it without a promise of their own.
  app.addHook('onRequest', (request, _reply, done) => {
    if (isSafeMethod(request.method)) return done();
    const origin = request.headers.origin;
    if (origin !== undefined && !originAllowed(request, origin, options.allowedOrigins))
      throw new OriginRefusedError(
        `a write from origin ${origin} is refused (this server accepts its own origin` +
          (options.allowedOrigins.length ? ` and ${options.allowedOrigins.join(', ')}` : '') +
          '; set ATLAS_ALLOWED_ORIGINS to add one)',
      );
    if (origin === undefined && request.authVia === 'session')
      throw new OriginRefusedError(
        'a write with a session cookie needs an Origin header (scripts use Authorization: Bearer)',
      );
    done();
  });
}

export const originCheck = fp(originPlugin, { name: 'atlas-origin-check' });
