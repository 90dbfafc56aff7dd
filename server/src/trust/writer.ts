/**
 * Who writes, for ownership and provenance: the user, their role, the organisations whose records
 * they may change, and the organisation that new records are contributed by. An editor writes for
 * one of their organisations — the only one, or the one `?org=` names when they belong to several
 * (asked for only when a write creates a record); an administrator for the organisation `?org=`
 * names, or for none (records of the whole consortium).
 */
import type { Role } from '@chanjiao/graph-schema';
import type { Principal } from '../auth/accounts.ts';
import { AuthRequiredError } from '../auth/errors.ts';
import { BadRequestError } from '../errors.ts';
import { NoOrganisationError, OrganisationRequiredError } from './errors.ts';

export interface Writer {
  username: string;
  role: Role;
  /** Records of these organisations the writer may change (an administrator: every record). */
  organisations: readonly string[];
  /**
   * The organisation new records get: a key, null for none (an administrator without `?org=`),
   * or `choose` when an editor of several organisations named none (refused once a write creates).
   */
  org: string | null | { choose: readonly string[] };
  /** The server's time for every record this request writes (ISO 8601). */
  at: string;
  /** The request that writes (audit). */
  requestId: string;
}

export interface WriterRequest {
  principal: Principal | null;
  /** `?org=` */
  org: string | undefined;
  requestId: string;
  now?: Date;
}

/**
 * The writer of a request. `organisationExists` tells whether an organisation key is known (an
 * administrator may write for any organisation that exists).
 */
export function resolveWriter(
  request: WriterRequest,
  organisationExists: (key: string) => boolean,
): Writer {
  const { principal, org } = request;
  if (!principal) throw new AuthRequiredError('writing needs a signed-in editor');
  const base = {
    username: principal.username,
    role: principal.role,
    organisations: principal.organisations,
    at: (request.now ?? new Date()).toISOString(),
    requestId: request.requestId,
  };
  if (principal.role === 'admin') {
    if (org !== undefined && !organisationExists(org))
      throw new BadRequestError(`org: no organisation ${JSON.stringify(org)}`, [
        { field: 'org', message: `no organisation ${JSON.stringify(org)}` },
      ]);
    return { ...base, org: org ?? null };
  }
  const own = principal.organisations;
  if (own.length === 0)
    throw new NoOrganisationError(
      `${principal.username} belongs to no organisation, so may change no record; an administrator ` +
        `adds users to organisations (PATCH /api/users/${principal.username})`,
    );
  if (org !== undefined) {
    if (!own.includes(org))
      throw new NoOrganisationError(
        `${principal.username} does not belong to ${org} (belongs to: ${own.join(', ')})`,
      );
    return { ...base, org };
  }
  return { ...base, org: own.length === 1 ? own[0]! : { choose: own } };
}

/** The organisation of a record this writer creates (null: none). */
export function newRecordOrg(writer: Writer, record: string): string | null {
  if (writer.org === null || typeof writer.org === 'string') return writer.org;
  throw new OrganisationRequiredError(
    `${writer.username} belongs to several organisations (${writer.org.choose.join(', ')}): ` +
      `say which one contributes ${record} with ?org=`,
    [{ field: 'org', message: `one of ${writer.org.choose.join(', ')}` }],
  );
}

/** Whether the writer may change a record that belongs to `org` (undefined: to no organisation). */
export function mayChange(writer: Writer, org: string | undefined): boolean {
  if (writer.role === 'admin') return true;
  return org !== undefined && writer.organisations.includes(org);
}
