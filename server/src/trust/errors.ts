/**
 * The refusals of ownership: a write that would change a record of another organisation (403
 * `NOT_OWNER`, naming the record and its organisation), and a writer whose organisation for new
 * records is missing or not theirs (403 `NO_ORGANISATION`, 400 `ORGANISATION_REQUIRED`).
 */
import { AtlasError, type ErrorDetail } from '../errors.ts';
import { ForbiddenError } from '../auth/errors.ts';

export class NotOwnerError extends ForbiddenError {
  override name = 'NotOwnerError';
  override readonly code = 'NOT_OWNER';
  constructor(
    message: string,
    /** The record (`Kind:key`, or the relationship's id) and the organisation it belongs to. */
    readonly record: string,
    readonly organisation: string | null,
  ) {
    super(message);
    this.details = [{ record, organisation }];
  }
}

export class NoOrganisationError extends ForbiddenError {
  override name = 'NoOrganisationError';
  override readonly code = 'NO_ORGANISATION';
}

export class OrganisationRequiredError extends AtlasError {
  override name = 'OrganisationRequiredError';
  override readonly statusCode = 400;
  override readonly code = 'ORGANISATION_REQUIRED';
  constructor(message: string, details: ErrorDetail[]) {
    super(message);
    this.details = details;
  }
}
