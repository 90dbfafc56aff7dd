/**
 * What can go wrong talking to the API, as one error class with a stable `name` and a `code`:
 * the server's own code (`NOT_FOUND`, `BAD_REQUEST`…) from its `{statusCode, error, code, message}`
 * body, or `NETWORK` / `BAD_RESPONSE` when no usable answer came back. `details` carries the
 * body's list of problems when it has one (e.g. the reasons a mapping file is invalid).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details?: readonly unknown[],
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the error for a non-2xx answer, using the server's error body when there is one. */
export function errorFromResponse(status: number, statusText: string, body: unknown): ApiError {
  if (isRecord(body) && typeof body.message === 'string') {
    const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
    const details = Array.isArray(body.details) ? (body.details as unknown[]) : undefined;
    return new ApiError(body.message, status, code, details);
  }
  return new ApiError(
    `HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
    status,
    `HTTP_${status}`,
  );
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
