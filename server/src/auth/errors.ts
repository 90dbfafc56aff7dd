/** The errors of authentication and authorisation, answered by the one error handler in app.ts. */
import { AtlasError } from '../errors.ts';

/** No (valid) identity where one is needed: 401. */
export class AuthRequiredError extends AtlasError {
  override name = 'AuthRequiredError';
  override readonly statusCode = 401;
  override readonly code: string = 'AUTH_REQUIRED';
}

/** A bearer token that is unknown, expired or of a disabled user: 401. */
export class InvalidTokenError extends AuthRequiredError {
  override name = 'InvalidTokenError';
  override readonly code = 'INVALID_TOKEN';
}

/** A wrong user name or password: 401, without saying which. */
export class InvalidCredentialsError extends AuthRequiredError {
  override name = 'InvalidCredentialsError';
  override readonly code = 'INVALID_CREDENTIALS';
}

/** Signed in, but the role does not allow it: 403. */
export class ForbiddenError extends AtlasError {
  override name = 'ForbiddenError';
  override readonly statusCode = 403;
  override readonly code: string = 'FORBIDDEN';
}

/** A cookie-authenticated write from a page of another origin: 403. */
export class OriginRefusedError extends ForbiddenError {
  override name = 'OriginRefusedError';
  override readonly code = 'ORIGIN_REFUSED';
}

/** A body in a content type the route does not document: 415. */
export class UnsupportedMediaTypeError extends AtlasError {
  override name = 'UnsupportedMediaTypeError';
  override readonly statusCode = 415;
  override readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

/** A conflict with existing accounts (a taken user name, the last administrator): 409. */
export class AccountConflictError extends AtlasError {
  override name = 'AccountConflictError';
  override readonly statusCode = 409;
  override readonly code = 'ACCOUNT_CONFLICT';
}
