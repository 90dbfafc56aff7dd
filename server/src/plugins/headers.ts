/**
 * Security headers on every response (helmet): a Content-Security-Policy under which the
 * built web client and the Swagger UI at /docs both run (scripts only from this origin; inline
 * styles allowed because Swagger UI and the graph tooltips set them; workers from blob: for the
 * layout worker; images from data:), framing forbidden (`frame-ancestors 'none'`, plus the old
 * X-Frame-Options), `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`.
 * `upgrade-insecure-requests` is left out: a consortium's first server often runs on plain HTTP
 * inside its network, where upgrading would break every asset.
 *
 * None of these values depends on the request (no nonces), so helmet runs once, at start, and
 * every request gets the headers it produced — rather than building helmet's middleware and
 * parsing the policy again for each request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
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

export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // The web client loads nothing cross-origin; the default would only get in the way of /docs.
  crossOriginEmbedderPolicy: false,
};

/** The headers helmet sets for these options, found by running its middleware once. */
export function securityHeaderValues(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return headers;
}

async function headersPlugin(app: FastifyInstance): Promise<void> {
  const headers = Object.entries(securityHeaderValues(helmetOptions));
  app.addHook('onRequest', (_request, reply, done) => {
    // On the raw response, as helmet does: an answer streamed by hand (hijacked) carries them too.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

export const securityHeaders = fp(headersPlugin, { name: 'atlas-security-headers' });
