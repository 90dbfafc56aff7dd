/**
 * Browser safety: writes accept only their documented content types (a cross-site `text/plain`
 * or form POST needs no CORS preflight, so it must not be parsed), cookie writes need this
 * server's Origin, every response carries the security headers, and sign-in and writes are rate
 * limited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asAdmin, buildTestApp, ndjson } from './helpers.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});
async function app(env: NodeJS.ProcessEnv = {}): Promise<FastifyInstance> {
  const built = (await buildTestApp(undefined, env)).app;
  apps.push(built);
  return built;
}

const record = ndjson([
  { type: 'node', kind: 'Competency', key: 'c1', props: { name_zh: '能力', dimension: 'skill' } },
]);

describe('content types', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses an import sent as %s with 415, writing nothing',
    async (type) => {
      const server = await app();
      const res = await server.inject({
        method: 'POST',
        url: '/api/import',
        headers: { ...asAdmin, 'content-type': type },
        payload: record,
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await server.inject('/api/health')).json().nodes).toBe(0);
    },
  );

  it('refuses a JSON write sent as text/plain and a body with no content type', async () => {
    const server = await app();
    const plain = await server.inject({
      method: 'PUT',
      url: '/api/nodes/Competency/c1',
      headers: { ...asAdmin, 'content-type': 'text/plain' },
      payload: JSON.stringify({ props: { name_zh: '能力', dimension: 'skill' } }),
    });
    expect(plain.statusCode).toBe(415);
    const untyped = await server.inject({
      method: 'POST',
      url: '/api/uploads?name=a.csv',
      headers: asAdmin,
      payload: Buffer.from('a,b\n'),
    });
    expect(untyped.statusCode).toBe(415);
    expect(untyped.json().message).toContain('application/octet-stream');
  });
});

describe('Origin', () => {
  async function sessionCookie(server: FastifyInstance): Promise<string> {
    // An editor writes for an organisation.
    await server.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: asAdmin,
      payload: { key: 'college', name_zh: '学院', name_en: 'College' },
    });
    await server.inject({
      method: 'POST',
      url: '/api/users',
      headers: asAdmin,
      payload: {
        username: 'ed',
        role: 'editor',
        password: 'long enough secret',
        organisations: ['college'],
      },
    });
    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ed', password: 'long enough secret' },
    });
    return String(login.headers['set-cookie']).split(';')[0]!;
  }
  const write = (server: FastifyInstance, headers: Record<string, string>) =>
    server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { host: 'atlas.example.org', 'content-type': 'application/x-ndjson', ...headers },
      payload: record,
    });

  it('refuses a cookie write from another origin or with none, accepts its own', async () => {
    const server = await app();
    const cookie = await sessionCookie(server);
    const foreign = await write(server, { cookie, origin: 'https://evil.example.com' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('ORIGIN_REFUSED');
    expect((await write(server, { cookie })).statusCode).toBe(403);
    expect((await write(server, { cookie, origin: 'https://atlas.example.org' })).statusCode).toBe(
      200,
    );
  });

  it('accepts the origins of ATLAS_ALLOWED_ORIGINS and scripts without an Origin', async () => {
    const server = await app({ ATLAS_ALLOWED_ORIGINS: 'https://portal.example.org' });
    const cookie = await sessionCookie(server);
    expect((await write(server, { cookie, origin: 'https://portal.example.org' })).statusCode).toBe(
      200,
    );
    expect((await write(server, asAdmin)).statusCode).toBe(200);
    expect(
      (await write(server, { ...asAdmin, origin: 'https://evil.example.com' })).statusCode,
    ).toBe(403);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const server = await app();
    const res = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example.com' },
      payload: { username: 'x', password: 'y' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('security headers', () => {
  const common = (res: { headers: Record<string, unknown> }, url: string) => {
    expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    expect(res.headers['referrer-policy'], url).toBe('no-referrer');
    expect(res.headers['x-frame-options'], url).toBe('DENY');
    expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
    expect(res.headers['strict-transport-security'], url).toMatch(/^max-age=\d+/);
  };

  it('sends pages a CSP with frame-ancestors, nosniff, a referrer policy and frame denial', async () => {
    const server = await app();
    for (const url of ['/docs', '/docs/static/index.html', '/']) {
      const res = await server.inject(url);
      common(res, url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('unsafe-eval');
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
    }
  });

  it('sends API answers a policy that allows nothing, and no document-only headers', async () => {
    const server = await app();
    for (const url of ['/api/health', '/api/nope', '/api/search?q=x', '/mcp']) {
      const res = await server.inject(url);
      common(res, url);
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      for (const name of ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-xss-protection'])
        expect(res.headers[name], `${url} ${name}`).toBeUndefined();
    }
    // A path that only starts like the API is not the API.
    const page = await server.inject('/apiary');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
  });
});

describe('rate limits', () => {
  it('answers 429 past ATLAS_RATE_LIMIT_LOGIN sign-ins a minute', async () => {
    const server = await app({ ATLAS_RATE_LIMIT_LOGIN: '3' });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (
          await server.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'admin', password: 'guess number ' + i },
          })
        ).statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('answers 429 past ATLAS_RATE_LIMIT_WRITES writes a minute per caller, not on reads', async () => {
    const server = await app({ ATLAS_RATE_LIMIT_WRITES: '2' });
    const put = () =>
      server.inject({
        method: 'PUT',
        url: '/api/nodes/Competency/c1',
        headers: asAdmin,
        payload: { props: { name_zh: '能力', dimension: 'skill' } },
      });
    expect([(await put()).statusCode, (await put()).statusCode]).toEqual([201, 200]);
    const third = await put();
    expect(third.statusCode).toBe(429);
    expect(third.json().code).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i++) expect((await server.inject('/api/health')).statusCode).toBe(200);
  });
});
