/**
 * The account endpoints the web client uses: who is signed in (`GET /api/auth/me`), signing in and
 * out, and spending the setup link's token to create the first administrator. Answers are parsed
 * with graph-schema's zod schemas, so a changed server shape fails here, by name, not deep in a
 * component. Errors are the client's usual `ApiError`s (the server's code, `NETWORK`, …).
 */
import { meSchema, userSchema, type Me, type User } from '@chanjiao/graph-schema';
import type { z } from 'zod';
import { badResponse } from '../api/client.ts';
import { fetchJson, type Fetch } from '../api/index.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface SetupRequest extends Credentials {
  token: string;
}

export interface AuthApi {
  me(signal?: AbortSignal): Promise<Me>;
  login(credentials: Credentials): Promise<Me>;
  logout(): Promise<void>;
  /** Creates the first administrator and signs it in (the server sets the session cookie). */
  setup(request: SetupRequest): Promise<User>;
}

export const authPaths = {
  me: () => '/api/auth/me',
  login: () => '/api/auth/login',
  logout: () => '/api/auth/logout',
  setup: () => '/api/auth/setup',
};

function parsed<T>(schema: z.ZodType<T>, path: string, expected: string, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw badResponse(path, expected);
  return result.data;
}

export function createAuthApi(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  base = '',
): AuthApi {
  // Same-origin requests carry the session cookie; the JSON content type is the only one the
  // account routes accept (a cross-site form post is never parsed).
  const post = (path: string, body?: unknown) =>
    fetchJson(fetchImpl, base + path, {
      method: 'POST',
      credentials: 'same-origin',
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });

  return {
    async me(signal) {
      const path = authPaths.me();
      const body = await fetchJson(fetchImpl, base + path, {
        credentials: 'same-origin',
        ...(signal && { signal }),
      });
      return parsed(meSchema, path, '{user, via, publicRead, setupRequired}', body);
    },
    async login(credentials) {
      const path = authPaths.login();
      return parsed(
        meSchema,
        path,
        '{user, via, publicRead, setupRequired}',
        await post(path, credentials),
      );
    },
    async logout() {
      await post(authPaths.logout());
    },
    async setup(request) {
      const path = authPaths.setup();
      return parsed(userSchema, path, 'the new administrator', await post(path, request));
    },
  };
}
