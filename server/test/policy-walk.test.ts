/**
 * Walks every route of the OpenAPI document (`/docs/json`) and proves the access policy: each
 * write refuses an anonymous caller (401) and a viewer (403); account administration refuses an
 * editor; with ATLAS_PUBLIC_READ=false each read but health, the schema and sign-in needs a
 * sign-in. A route added later is covered without editing this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asAdmin, buildTestApp } from './helpers.ts';

interface Operation {
  method: string;
  url: string;
  path: string;
  consumes: string | undefined;
}

let app: FastifyInstance;
let viewer: string;
let editor: string;
let operations: Operation[];

const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/schema',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'POST /api/auth/setup',
]);

/**
 * `/mcp` is read access whatever the method: it carries JSON-RPC (DELETE only answers 405), and
 * what a tool may change is decided by the route it calls with the caller's token
 * (server/test/mcp.test.ts shows that a viewer gets no write tools).
 */
const readingPosts = new Set(['POST /mcp', 'DELETE /mcp']);

async function tokenFor(username: string, role: string): Promise<string> {
  await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: asAdmin,
    payload: { username, role },
  });
  const made = await app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: asAdmin,
    payload: { username, name: 'walk' },
  });
  return (made.json() as { token: string }).token;
}

beforeAll(async () => {
  ({ app } = await buildTestApp(undefined, { ATLAS_PUBLIC_READ: 'false' }));
  viewer = await tokenFor('walk-viewer', 'viewer');
  editor = await tokenFor('walk-editor', 'editor');
  const spec = (await app.inject({ url: '/docs/json' })).json() as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      // Any value fills a path parameter: the policy answers before the route looks at it.
      url: path.replace(/\{[^}]+\}/g, 'x'),
      consumes: op.requestBody ? Object.keys(op.requestBody.content)[0] : undefined,
    })),
  );
});
afterAll(async () => app.close());

function send(op: Operation, token?: string) {
  return app.inject({
    method: op.method as 'GET',
    url: op.url,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(op.consumes && { 'content-type': op.consumes }),
    },
    ...(op.consumes && { payload: op.consumes.includes('json') ? '{}' : 'x' }),
  });
}

describe('the access policy over every documented route', () => {
  it('finds the routes', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter((op) => op.method !== 'GET').length).toBeGreaterThan(10);
  });

  it('refuses every write to an anonymous caller (401) and a viewer (403)', async () => {
    const writes = operations.filter(
      (op) =>
        op.method !== 'GET' &&
        !publicRoutes.has(`${op.method} ${op.path}`) &&
        !readingPosts.has(`${op.method} ${op.path}`),
    );
    const wrong: string[] = [];
    for (const op of writes) {
      const anonymous = await send(op);
      const byViewer = await send(op, viewer);
      if (anonymous.statusCode !== 401 || byViewer.statusCode !== 403)
        wrong.push(`${op.method} ${op.path}: ${anonymous.statusCode}/${byViewer.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses account administration to an editor (403)', async () => {
    const admin = operations.filter(
      (op) =>
        /^\/api\/(users|tokens)/.test(op.path) ||
        (op.path.startsWith('/api/organisations') && op.method !== 'GET'),
    );
    expect(admin.length).toBeGreaterThanOrEqual(8);
    for (const op of admin) expect((await send(op, editor)).statusCode, op.path).toBe(403);
  });

  it('with ATLAS_PUBLIC_READ=false refuses every read to an anonymous caller, not to a viewer', async () => {
    const reads = operations.filter(
      (op) =>
        op.method === 'GET' &&
        !publicRoutes.has(`GET ${op.path}`) &&
        !/^\/api\/(users|tokens)/.test(op.path),
    );
    expect(reads.length).toBeGreaterThan(15);
    const wrong: string[] = [];
    for (const op of reads) {
      const anonymous = await send(op);
      const byViewer = await send(op, viewer);
      if (anonymous.statusCode !== 401 || [401, 403].includes(byViewer.statusCode))
        wrong.push(`${op.path}: ${anonymous.statusCode}/${byViewer.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});
