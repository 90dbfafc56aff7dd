/**
 * Domain errors. Each has a stable `name` and `code` (tests assert those, not message text) and the
 * HTTP status the API answers with; the one error handler in app.ts turns them into responses.
 */
/** One problem in a rejected request, e.g. `{line, field, message}`. */
export type ErrorDetail = object;

export class AtlasError extends Error {
  override name = 'AtlasError';
  readonly statusCode: number = 500;
  readonly code: string = 'ATLAS_ERROR';
  details?: ErrorDetail[];
  totalErrors?: number;
}

export class NotFoundError extends AtlasError {
  override name = 'NotFoundError';
  override readonly statusCode = 404;
  override readonly code = 'NOT_FOUND';
}

export class BadRequestError extends AtlasError {
  override name = 'BadRequestError';
  override readonly statusCode = 400;
  override readonly code = 'BAD_REQUEST';
  constructor(message: string, details?: ErrorDetail[]) {
    super(message);
    if (details) this.details = details;
  }
}

/** A write named a node that does not exist (an edge endpoint, or the node to update). */
export class MissingNodeError extends AtlasError {
  override name = 'MissingNodeError';
  override readonly statusCode = 409;
  override readonly code = 'MISSING_NODE';
  constructor(
    message: string,
    readonly opIndex: number,
    readonly field: 'from' | 'to' | 'node',
  ) {
    super(message);
  }
}

/** The configured store cannot be reached right now (e.g. the database is down). */
export class StoreUnavailableError extends AtlasError {
  override name = 'StoreUnavailableError';
  override readonly statusCode = 503;
  override readonly code = 'STORE_UNAVAILABLE';
}

/** A request would need more than the limits allow (nodes, depth, result size). */
/** A store read ran longer than its configured limit and was stopped. */
export class StoreTimeoutError extends AtlasError {
  override name = 'StoreTimeoutError';
  override readonly statusCode = 503;
  override readonly code = 'STORE_TIMEOUT';
}

export class LimitExceededError extends AtlasError {
  override name = 'LimitExceededError';
  override readonly statusCode = 422;
  override readonly code = 'LIMIT_EXCEEDED';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Another bulk import holds the database (Neo4j: possibly from another process). */
export class ImportInProgressError extends AtlasError {
  override name = 'ImportInProgressError';
  override readonly statusCode = 409;
  override readonly code = 'IMPORT_IN_PROGRESS';
}

/** A restore of a node that exists (it was never removed, or is back already). */
export class AlreadyExistsError extends AtlasError {
  override name = 'AlreadyExistsError';
  override readonly statusCode = 409;
  override readonly code = 'ALREADY_EXISTS';
}
