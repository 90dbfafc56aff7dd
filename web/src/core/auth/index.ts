/**
 * Who is signed in, and what that allows in the client. The state is the server's own answer to
 * `GET /api/auth/me` (the server decides; the client only hides what would be refused): reading is
 * open unless the deployment says otherwise, writing (imports, edits) needs an editor, account
 * administration and restoring deleted records an admin. Changes are pure functions of the state;
 * the async actions below fetch and apply them.
 */
import type { Me, Role, User } from '@chanjiao/graph-schema';
import { ApiError } from '../api/index.ts';
import { atom } from '../utils/atoms.ts';
import { createAuthApi, type AuthApi, type Credentials, type SetupRequest } from './api.ts';

export type AuthState =
  | { type: 'unknown' }
  | { type: 'known'; me: Me }
  /** The server could not say (offline): act as a reader; the views show their own errors. */
  | { type: 'failed'; message: string };

export const authAtom = atom<AuthState>({ type: 'unknown' });

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function signedInUser(state: AuthState): User | null {
  return state.type === 'known' ? state.me.user : null;
}

/** Whether the signed-in user has at least `role`. */
export function hasRole(state: AuthState, role: Role): boolean {
  const user = signedInUser(state);
  return user !== null && rank[user.role] >= rank[role];
}

/** Imports, node and relationship changes. */
export const mayWrite = (state: AuthState): boolean => hasRole(state, 'editor');

/** Reading needs a sign-in here and nobody is signed in: the client shows the login page. */
export function mustSignIn(state: AuthState): boolean {
  return state.type === 'known' && !state.me.publicRead && state.me.user === null;
}

/** No administrator exists yet: the setup link is still valid. */
export function setupRequired(state: AuthState): boolean {
  return state.type === 'known' && state.me.setupRequired;
}

export const meLoaded = (me: Me) => (): AuthState => ({ type: 'known', me });

export const meFailed =
  (message: string) =>
  (previous: AuthState): AuthState =>
    // A user already known stays known through a passing network error.
    previous.type === 'known' ? previous : { type: 'failed', message };

/** After sign-out: the same deployment facts, nobody signed in. */
export const signedOut = (previous: AuthState): AuthState =>
  previous.type === 'known'
    ? { type: 'known', me: { ...previous.me, user: null, via: null } }
    : previous;

/**
 * Where to go after signing in: only a path of this site (`/import?x=1`), never another origin
 * (`//evil.example`, `https://…`, `/\evil`), so a crafted login link cannot send the user away.
 */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}

// ── Actions ─────────────────────────────────────────────────────────────

export const authApi: AuthApi = createAuthApi();

export async function refreshMe(client: AuthApi = authApi, signal?: AbortSignal): Promise<void> {
  try {
    authAtom.set(meLoaded(await client.me(signal)));
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return;
    authAtom.set(meFailed(error instanceof Error ? error.message : String(error)));
  }
}

/** Signs in; rejects with the server's ApiError (`INVALID_CREDENTIALS`, `RATE_LIMITED`…). */
export async function signIn(credentials: Credentials, client: AuthApi = authApi): Promise<User> {
  const me = await client.login(credentials);
  authAtom.set(meLoaded(me));
  if (!me.user) throw new ApiError('the server did not sign the user in', 200, 'BAD_RESPONSE');
  return me.user;
}

export async function signOut(client: AuthApi = authApi): Promise<void> {
  await client.logout();
  authAtom.set(signedOut);
  // What the server says now (a token in the headers would still count).
  await refreshMe(client);
}

/** Creates the first administrator with the setup link's token; it is signed in afterwards. */
export async function completeSetup(
  request: SetupRequest,
  client: AuthApi = authApi,
): Promise<User> {
  const user = await client.setup(request);
  await refreshMe(client);
  return user;
}

export type { Credentials, SetupRequest } from './api.ts';
