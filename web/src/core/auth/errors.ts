/**
 * What to tell the user when signing in or setting up fails, from the server's error code: a
 * message key and its parameters. Wrong credentials, too many attempts and a refused origin each
 * get a sentence of their own; anything else shows the server's message.
 */
import { ApiError } from '../api/index.ts';
import type { MessageKey, Params } from '../i18n/index.ts';

export interface AuthProblem {
  key: MessageKey;
  params?: Params;
}

export function authProblem(error: unknown, during: 'login' | 'setup'): AuthProblem {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'INVALID_CREDENTIALS':
        return { key: during === 'setup' ? 'auth.setup.badToken' : 'auth.error.credentials' };
      case 'RATE_LIMITED':
        return { key: 'auth.error.rateLimited' };
      case 'ORIGIN_REFUSED':
        return { key: 'auth.error.origin' };
      case 'ACCOUNT_CONFLICT':
        if (during === 'setup' && /setup is done/.test(error.message))
          return { key: 'auth.setup.done' };
        break;
      case 'NETWORK':
        return { key: 'auth.error.network' };
    }
  }
  return {
    key: 'auth.error.other',
    params: { message: error instanceof Error ? error.message : String(error) },
  };
}

/** Checks the setup form before it is sent (the server checks again): the first problem, or null. */
export function setupFormProblem(form: {
  username: string;
  password: string;
  repeat: string;
}): AuthProblem | null {
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(form.username)) return { key: 'auth.setup.badUsername' };
  if (form.password.length < 12) return { key: 'auth.setup.tooShort' };
  if (form.password !== form.repeat) return { key: 'auth.setup.mismatch' };
  return null;
}
