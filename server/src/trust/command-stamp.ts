/**
 * The audit stamp of a write that no HTTP request makes: a command-line load (`pnpm atlas import`,
 * `load`, `seed`, `schema check --prune`) or the demo region seeded into an empty store at start.
 * Each run gets one request id, named after what it does, so the change feed
 * (`GET /api/changes`) lists the run's changes together and the run can print the id to find them.
 */
import { randomUUID } from 'node:crypto';
import type { AuditStamp } from '../store/port.ts';

/** Who writes from the command line. */
export const cliWriter = 'atlas-cli';
/** Who writes the demo region when the server starts on an empty store. */
export const seedWriter = 'atlas-seed';

/** A stamp for one run: `by`, the time now (or `now`), and `<what>-<uuid>` as the request id. */
export function commandStamp(by: string, what: string, now: Date = new Date()): AuditStamp {
  return { by, at: now.toISOString(), requestId: `${what}-${randomUUID()}` };
}
