/**
 * What went wrong, in the reader's language: the API's errors carry a stable `code` (the server's
 * own, or `NETWORK` / `BAD_RESPONSE` from the client), and each code has a sentence here. The
 * server's message (in English, naming keys and fields) is kept as the detail a view may show
 * on demand; a code without a sentence falls back to a general one naming the code.
 */
import { translate, type Language, type MessageKey } from './index.ts';

const codeMessages: Readonly<Record<string, MessageKey>> = {
  NETWORK: 'error.NETWORK',
  BAD_RESPONSE: 'error.BAD_RESPONSE',
  NOT_FOUND: 'error.NOT_FOUND',
  BAD_REQUEST: 'error.BAD_REQUEST',
  INVALID_REQUEST: 'error.BAD_REQUEST',
  STORE_UNAVAILABLE: 'error.STORE_UNAVAILABLE',
  STORE_TIMEOUT: 'error.STORE_TIMEOUT',
  LIMIT_EXCEEDED: 'error.LIMIT_EXCEEDED',
  RATE_LIMITED: 'error.RATE_LIMITED',
  INTERNAL: 'error.INTERNAL',
  INVALID_TOKEN: 'error.UNAUTHORISED',
  INVALID_CREDENTIALS: 'error.UNAUTHORISED',
  IMPORT_IN_PROGRESS: 'error.IMPORT_IN_PROGRESS',
};

export interface ErrorLike {
  code?: string | null;
  message?: string;
}

/** The code of an error thrown by the API client, if it has one. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/** A sentence for the error in `language`. */
export function errorText(language: Language, error: ErrorLike): string {
  const code = error.code ?? null;
  const key = code ? codeMessages[code] : undefined;
  if (key) return translate(language, key);
  if (code) return translate(language, 'error.other', { code });
  return translate(language, 'error.unknown');
}
