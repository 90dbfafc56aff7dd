import type { Me, User } from '@chanjiao/graph-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type Fetch } from '../api/index.ts';
import { createAuthApi, type AuthApi } from './api.ts';
import { authProblem, setupFormProblem } from './errors.ts';
import {
  authAtom,
  completeSetup,
  hasRole,
  mayWrite,
  meFailed,
  meLoaded,
  mustSignIn,
  refreshMe,
  safeNext,
  setupRequired,
  signedOut,
  signIn,
  signOut,
  type AuthState,
} from './index.ts';
import { allowedViews } from './routes.ts';

const user = (role: User['role'], organisations: string[] = []): User => ({
  username: `a-${role}`,
  displayName: '',
  role,
  organisations,
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const me = (u: User | null, extra: Partial<Me> = {}): Me => ({
  user: u,
  via: u ? 'session' : null,
  publicRead: true,
  setupRequired: false,
  ...extra,
});

const known = (m: Me): AuthState => meLoaded(m)();

afterEach(() => authAtom.set({ type: 'unknown' }));

describe('roles in the client', () => {
  it('ranks viewer < editor < admin; nobody signed in has no role', () => {
    expect(hasRole(known(me(user('viewer'))), 'viewer')).toBe(true);
    expect(hasRole(known(me(user('viewer'))), 'editor')).toBe(false);
    expect(hasRole(known(me(user('editor'))), 'editor')).toBe(true);
    expect(hasRole(known(me(user('editor'))), 'admin')).toBe(false);
    expect(hasRole(known(me(user('admin'))), 'editor')).toBe(true);
    expect(hasRole(known(me(null)), 'viewer')).toBe(false);
    expect(hasRole({ type: 'unknown' }, 'viewer')).toBe(false);
    expect(mayWrite(known(me(user('editor'))))).toBe(true);
    expect(mayWrite(known(me(user('viewer'))))).toBe(false);
  });

  it('sends an anonymous reader to sign in only where reading needs it', () => {
    expect(mustSignIn(known(me(null, { publicRead: false })))).toBe(true);
    expect(mustSignIn(known(me(null)))).toBe(false);
    expect(mustSignIn(known(me(user('viewer'), { publicRead: false })))).toBe(false);
    expect(mustSignIn({ type: 'unknown' })).toBe(false);
    expect(setupRequired(known(me(null, { setupRequired: true })))).toBe(true);
  });

  it('keeps a known user through a network error; sign-out keeps the deployment facts', () => {
    const signedIn = known(me(user('editor'), { publicRead: false }));
    expect(meFailed('offline')(signedIn)).toBe(signedIn);
    expect(meFailed('offline')({ type: 'unknown' })).toEqual({
      type: 'failed',
      message: 'offline',
    });
    expect(signedOut(signedIn)).toEqual(known(me(null, { publicRead: false })));
  });

  it('hides the views a role does not allow, but never the one on screen', () => {
    const order = ['explorer', 'skill-gap', 'import'] as const;
    expect(allowedViews(order, known(me(null)), 'explorer')).toEqual(['explorer', 'skill-gap']);
    expect(allowedViews(order, known(me(user('viewer'))), null)).toEqual(['explorer', 'skill-gap']);
    expect(allowedViews(order, { type: 'unknown' }, null)).toEqual(['explorer', 'skill-gap']);
    expect(allowedViews(order, known(me(user('editor'))), null)).toEqual(order);
    expect(allowedViews(order, known(me(null)), 'import')).toEqual(order);
  });
});

describe('safeNext', () => {
  it('returns to a path of this site only', () => {
    expect(safeNext('/import')).toBe('/import');
    expect(safeNext('/?node=Chain:x&sel=Segment:y')).toBe('/?node=Chain:x&sel=Segment:y');
    for (const away of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'x', ''])
      expect(safeNext(away)).toBe('/');
    expect(safeNext(undefined)).toBe('/');
    expect(safeNext('/login?next=/import')).toBe('/');
  });
});

describe('auth problems', () => {
  it('names wrong credentials, rate limits, origin, spent setup links and the network', () => {
    const err = (code: string, message = code) => new ApiError(message, 401, code);
    expect(authProblem(err('INVALID_CREDENTIALS'), 'login').key).toBe('auth.error.credentials');
    expect(authProblem(err('INVALID_CREDENTIALS'), 'setup').key).toBe('auth.setup.badToken');
    expect(authProblem(err('RATE_LIMITED'), 'login').key).toBe('auth.error.rateLimited');
    expect(authProblem(err('ORIGIN_REFUSED'), 'login').key).toBe('auth.error.origin');
    expect(authProblem(err('NETWORK'), 'login').key).toBe('auth.error.network');
    expect(
      authProblem(err('ACCOUNT_CONFLICT', 'setup is done: an administrator exists'), 'setup').key,
    ).toBe('auth.setup.done');
    expect(authProblem(new Error('boom'), 'login')).toEqual({
      key: 'auth.error.other',
      params: { message: 'boom' },
    });
  });

  it('checks the setup form by the server rules before sending it', () => {
    const ok = { username: 'admin', password: 'a-long-password', repeat: 'a-long-password' };
    expect(setupFormProblem(ok)).toBeNull();
    expect(setupFormProblem({ ...ok, username: 'Admin' })?.key).toBe('auth.setup.badUsername');
    expect(setupFormProblem({ ...ok, password: 'short', repeat: 'short' })?.key).toBe(
      'auth.setup.tooShort',
    );
    expect(setupFormProblem({ ...ok, repeat: 'a-long-passworD' })?.key).toBe('auth.setup.mismatch');
  });
});

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(answers: { status: number; body?: unknown }[], seen: Seen[] = []): Fetch {
  return async (url, init) => {
    seen.push({ url, init });
    const answer = answers.shift() ?? { status: 500, body: { message: 'no answer' } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('the account endpoints', () => {
  it('signs in with a JSON body and the same-origin cookie, and parses the answer', async () => {
    const seen: Seen[] = [];
    const client = createAuthApi(fakeFetch([{ status: 200, body: me(user('editor')) }], seen));
    const answer = await client.login({ username: 'a-editor', password: 'pw' });
    expect(answer.user?.role).toBe('editor');
    expect(seen[0]!.url).toBe('/api/auth/login');
    expect(seen[0]!.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: JSON.stringify({ username: 'a-editor', password: 'pw' }),
    });
    expect((seen[0]!.init!.headers as Record<string, string>)['content-type']).toBe(
      'application/json',
    );
  });

  it('refuses an answer of the wrong shape, and passes on the server’s error code', async () => {
    const bad = createAuthApi(fakeFetch([{ status: 200, body: { user: 'x' } }]));
    await expect(bad.me()).rejects.toMatchObject({ name: 'ApiError', code: 'BAD_RESPONSE' });
    const refused = createAuthApi(
      fakeFetch([{ status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'wrong' } }]),
    );
    await expect(refused.login({ username: 'x', password: 'y' })).rejects.toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('logs out with an empty POST (204)', async () => {
    const seen: Seen[] = [];
    await createAuthApi(fakeFetch([{ status: 204 }], seen)).logout();
    expect(seen[0]).toMatchObject({ url: '/api/auth/logout', init: { method: 'POST' } });
    expect(seen[0]!.init!.body).toBeUndefined();
  });
});

describe('sign-in actions', () => {
  const fakeClient = (answers: Partial<AuthApi>): AuthApi => ({
    me: async () => me(null),
    login: async () => me(null),
    logout: async () => {},
    setup: async () => user('admin'),
    ...answers,
  });

  it('signIn stores who the server signed in; signOut asks the server again', async () => {
    const editor = user('editor');
    await signIn({ username: 'a', password: 'b' }, fakeClient({ login: async () => me(editor) }));
    expect(authAtom.get()).toEqual(known(me(editor)));
    await signOut(fakeClient({ me: async () => me(null) }));
    expect(authAtom.get()).toEqual(known(me(null)));
  });

  it('signIn refused leaves the state as it was', async () => {
    authAtom.set(known(me(null)));
    const refused = fakeClient({
      login: async () => {
        throw new ApiError('wrong', 401, 'INVALID_CREDENTIALS');
      },
    });
    await expect(signIn({ username: 'a', password: 'b' }, refused)).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(authAtom.get()).toEqual(known(me(null)));
  });

  it('completeSetup creates the administrator and reads who is signed in', async () => {
    const admin = user('admin');
    const sent: unknown[] = [];
    await completeSetup(
      { token: 't', username: 'admin', password: 'a-long-password' },
      fakeClient({
        setup: async (request) => {
          sent.push(request);
          return admin;
        },
        me: async () => me(admin),
      }),
    );
    expect(sent).toEqual([{ token: 't', username: 'admin', password: 'a-long-password' }]);
    expect(authAtom.get()).toEqual(known(me(admin)));
  });

  it('refreshMe marks a failure without losing a known user', async () => {
    await refreshMe(
      fakeClient({
        me: async () => {
          throw new ApiError('down', 0, 'NETWORK');
        },
      }),
    );
    expect(authAtom.get()).toEqual({ type: 'failed', message: 'down' });
  });
});
