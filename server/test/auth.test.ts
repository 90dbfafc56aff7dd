/**
 * Accounts and roles through the API: the start-up administrator token, sign-in with a session
 * cookie, users, organisations and API tokens, the first-start setup token, and what each role
 * may do. Stores and accounts are real (a temporary data directory); nothing is mocked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asAdmin, buildTestApp, tempDir, testAdminToken } from './helpers.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function app(env: NodeJS.ProcessEnv = {}, dataDir = tempDir()): Promise<FastifyInstance> {
  const built = (await buildTestApp(dataDir, env)).app;
  apps.push(built);
  return built;
}

const json = { 'content-type': 'application/json' };

async function createUser(
  server: FastifyInstance,
  username: string,
  role: 'viewer' | 'editor' | 'admin',
  password = 'correct horse battery',
): Promise<string> {
  const made = await server.inject({
    method: 'POST',
    url: '/api/users',
    headers: asAdmin,
    payload: { username, role, password },
  });
  expect(made.statusCode).toBe(201);
  const token = await server.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: asAdmin,
    payload: { username, name: 'test' },
  });
  expect(token.statusCode).toBe(201);
  return (token.json() as { token: string }).token;
}

const node = { props: { name_zh: '极片涂布', dimension: 'skill' } };

describe('roles', () => {
  it('lets anyone read, viewers only read, editors write, and only admins manage accounts', async () => {
    const server = await app();
    const viewer = await createUser(server, 'viewer1', 'viewer');
    const editor = await createUser(server, 'editor1', 'editor');
    const put = (headers: Record<string, string>) =>
      server.inject({
        method: 'PUT',
        url: '/api/nodes/Competency/coating',
        headers: { ...headers, ...json },
        payload: node,
      });

    const anonymous = await put({});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('AUTH_REQUIRED');
    const byViewer = await put({ authorization: `Bearer ${viewer}` });
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().code).toBe('FORBIDDEN');
    expect((await put({ authorization: `Bearer ${editor}` })).statusCode).toBe(201);
    expect((await server.inject('/api/nodes/Competency/coating')).statusCode).toBe(200);

    const listUsers = (authorization: string) =>
      server.inject({ url: '/api/users', headers: { authorization } });
    expect((await listUsers(`Bearer ${editor}`)).statusCode).toBe(403);
    expect((await listUsers(`Bearer ${testAdminToken}`)).statusCode).toBe(200);
  });

  it('closes reading when ATLAS_PUBLIC_READ=false, except health and the schema', async () => {
    const server = await app({ ATLAS_PUBLIC_READ: 'false' });
    const viewer = await createUser(server, 'reader', 'viewer');
    expect((await server.inject('/api/search?q=x')).statusCode).toBe(401);
    expect((await server.inject('/api/health')).statusCode).toBe(200);
    expect((await server.inject('/api/schema')).statusCode).toBe(200);
    const me = await server.inject('/api/auth/me');
    expect(me.json()).toMatchObject({ user: null, publicRead: false });
    const read = await server.inject({
      url: '/api/search?q=x',
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(read.statusCode).toBe(200);
  });

  it('answers 401 INVALID_TOKEN to a wrong, malformed or revoked token, even on public routes', async () => {
    const server = await app();
    const bad = await server.inject({
      url: '/api/health',
      headers: { authorization: 'Bearer atlas_nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('INVALID_TOKEN');
    const basic = await server.inject({
      url: '/api/health',
      headers: { authorization: 'Basic YWRtaW46eA==' },
    });
    expect(basic.json().code).toBe('INVALID_TOKEN');

    const editor = await createUser(server, 'temp', 'editor');
    const tokens = (await server.inject({ url: '/api/tokens', headers: asAdmin })).json() as {
      tokens: { id: string; username: string }[];
    };
    expect(JSON.stringify(tokens)).not.toContain(editor);
    const id = tokens.tokens.find((t) => t.username === 'temp')!.id;
    const revoked = await server.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: asAdmin,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await server.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses an expired token', async () => {
    const server = await app();
    await createUser(server, 'short-lived', 'editor');
    server.auth.accounts.addToken({
      username: 'short-lived',
      name: 'expired',
      secret: 'atlas_expired-secret',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const res = await server.inject({
      url: '/api/auth/me',
      headers: { authorization: 'Bearer atlas_expired-secret' },
    });
    expect(res.statusCode).toBe(401);
    const made = await server.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: asAdmin,
      payload: { username: 'short-lived', name: 'a week', expiresInDays: 7 },
    });
    expect(made.json().expiresAt > new Date(Date.now() + 6 * 86_400_000).toISOString()).toBe(true);
  });

  it('stops a disabled user’s tokens and keeps the last administrator', async () => {
    const server = await app();
    const editor = await createUser(server, 'leaver', 'editor');
    const disable = await server.inject({
      method: 'PATCH',
      url: '/api/users/leaver',
      headers: asAdmin,
      payload: { disabled: true },
    });
    expect(disable.json()).toMatchObject({ disabled: true });
    const me = await server.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(me.statusCode).toBe(401);

    const lastAdmin = await server.inject({
      method: 'DELETE',
      url: '/api/users/admin',
      headers: asAdmin,
    });
    expect(lastAdmin.statusCode).toBe(409);
    const demote = await server.inject({
      method: 'PATCH',
      url: '/api/users/admin',
      headers: asAdmin,
      payload: { role: 'viewer' },
    });
    expect(demote.statusCode).toBe(409);
  });

  it('puts users in organisations that exist', async () => {
    const server = await app();
    const org = await server.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: asAdmin,
      payload: { key: 'ningde-college', name_zh: '宁德职业技术学院', name_en: 'Ningde college' },
    });
    expect(org.statusCode).toBe(201);
    const unknown = await server.inject({
      method: 'POST',
      url: '/api/users',
      headers: asAdmin,
      payload: { username: 'teacher', role: 'editor', organisations: ['nowhere'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('nowhere');
    const made = await server.inject({
      method: 'POST',
      url: '/api/users',
      headers: asAdmin,
      payload: { username: 'teacher', role: 'editor', organisations: ['ningde-college'] },
    });
    expect(made.json()).toMatchObject({ organisations: ['ningde-college'], role: 'editor' });
    const list = (await server.inject('/api/organisations')).json() as {
      organisations: { key: string; members: number }[];
    };
    expect(list.organisations).toEqual([
      expect.objectContaining({ key: 'ningde-college', members: 1 }),
    ]);
  });
});

describe('sessions', () => {
  it('signs in with a password into an HttpOnly, SameSite=Strict, Secure cookie and out again', async () => {
    const server = await app();
    await createUser(server, 'wang', 'editor', 'a long enough password');
    const wrong = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'wang', password: 'not it at all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    const nobody = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'not it at all' },
    });
    expect(nobody.json().message).toBe(wrong.json().message);

    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'wang', password: 'a long enough password' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      user: { username: 'wang', role: 'editor' },
      via: 'session',
    });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^atlas_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Secure');
    const cookie = setCookie.split(';')[0]!;

    const me = await server.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { username: 'wang' }, via: 'session' });
    const write = await server.inject({
      method: 'PUT',
      url: '/api/nodes/Competency/coating',
      headers: { cookie, origin: 'http://localhost:3150', host: 'localhost:3150', ...json },
      payload: node,
    });
    expect(write.statusCode).toBe(201);

    const logout = await server.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'http://localhost:3150', host: 'localhost:3150' },
    });
    expect(logout.statusCode).toBe(204);
    const after = await server.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(after.json().user).toBeNull();
  });

  it('ends sessions when the password changes', async () => {
    const server = await app();
    await createUser(server, 'li', 'viewer', 'first password here');
    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'li', password: 'first password here' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    await server.inject({
      method: 'PATCH',
      url: '/api/users/li',
      headers: asAdmin,
      payload: { password: 'second password here' },
    });
    expect(
      (await server.inject({ url: '/api/auth/me', headers: { cookie } })).json().user,
    ).toBeNull();
  });
});

describe('the first administrator', () => {
  it('accepts ATLAS_ADMIN_TOKEN as an administrator’s and rotates it when it changes', async () => {
    const dataDir = tempDir();
    const first = await app({}, dataDir);
    expect((await first.inject({ url: '/api/users', headers: asAdmin })).statusCode).toBe(200);
    await first.close();
    apps.splice(apps.indexOf(first), 1);
    const rotated = 'atlas_another-start-up-token-abcdefghijklmnopqrstuv';
    const second = await app({ ATLAS_ADMIN_TOKEN: rotated }, dataDir);
    expect((await second.inject({ url: '/api/users', headers: asAdmin })).statusCode).toBe(401);
    const ok = await second.inject({
      url: '/api/users',
      headers: { authorization: `Bearer ${rotated}` },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('takes ATLAS_ADMIN_PASSWORD for a sign-in', async () => {
    const server = await app({ ATLAS_ADMIN_PASSWORD: 'start-up password 1' });
    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'start-up password 1' },
    });
    expect(login.json()).toMatchObject({ user: { username: 'admin', role: 'admin' } });
  });

  it('without either, makes a single-use setup token that creates the administrator', async () => {
    const server = await app({ ATLAS_ADMIN_TOKEN: undefined });
    const token = server.auth.setupToken!;
    expect(token).toMatch(/^setup_/);
    expect((await server.inject('/api/auth/me')).json().setupRequired).toBe(true);
    const body = { username: 'chief', password: 'chosen at setup time' };
    const wrong = await server.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { ...body, token: 'setup_guess' },
    });
    expect(wrong.statusCode).toBe(401);
    const done = await server.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { ...body, token },
    });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ username: 'chief', role: 'admin' });
    expect(String(done.headers['set-cookie'])).toMatch(/^atlas_session=/);
    const again = await server.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { ...body, token },
    });
    expect(again.statusCode).toBe(409);
  });
});
