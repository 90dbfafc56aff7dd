/**
 * Security headers on every response (@fastify/helmet): a Content-Security-Policy under which the
 * built web client and the Swagger UI at /docs both run (scripts only from this origin; inline
 * styles allowed because Swagger UI and the graph tooltips set them; workers from blob: for the
 * layout worker; images from data:), framing forbidden (`frame-ancestors 'none'`, plus the old
 * X-Frame-Options), `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`.
 * `upgrade-insecure-requests` is left out: a consortium's first server often runs on plain HTTP
 * inside its network, where upgrading would break every asset.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': null,
};

async function headersPlugin(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The web client loads nothing cross-origin; the default would only get in the way of /docs.
    crossOriginEmbedderPolicy: false,
  });
}

export const securityHeaders = fp(headersPlugin, { name: 'atlas-security-headers' });
