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
 *
 * Answers of the API (`/api/…`, `/mcp`) are data, never a page to render: they get a shorter and
 * stricter set — a policy that allows nothing (`default-src 'none'; frame-ancestors 'none'`),
 * `nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, the resource policy and
 * HSTS — and not the headers that only concern documents (the opener policy, origin-keyed agent
 * clusters, DNS prefetching, old Internet Explorer and Flash settings). Twelve headers and 643
 * bytes on every answer were most of what a small API request cost beyond an empty route: with
 * them `/api/health` served 0.79–0.83× the empty route, without any 0.99–1.03× (1M store, quick
 * runs alternating).
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

/** The headers of API answers: the document set's, less those that only concern documents. */
function apiHeaderValues(document: Record<string, string>): Record<string, string> {
  const kept = [
    'x-content-type-options',
    'x-frame-options',
    'referrer-policy',
    'cross-origin-resource-policy',
    'strict-transport-security',
  ];
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...Object.fromEntries(
      kept.flatMap((name) => (name in document ? [[name, document[name]!]] : [])),
    ),
  };
}

/** Whether a request is for the API (data answers) rather than a page or an asset. */
function isApiPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/mcp' || url.startsWith('/mcp?');
}

async function headersPlugin(app: FastifyInstance): Promise<void> {
  const document = securityHeaderValues(helmetOptions);
  const forPages = Object.entries(document);
  const forApi = Object.entries(apiHeaderValues(document));
  app.addHook('onRequest', (request, reply, done) => {
    // On the raw response, as helmet does: an answer streamed by hand (hijacked) carries them too.
    for (const [name, value] of isApiPath(request.url) ? forApi : forPages)
      reply.raw.setHeader(name, value);
    done();
  });
}

export const securityHeaders = fp(headersPlugin, { name: 'atlas-security-headers' });
