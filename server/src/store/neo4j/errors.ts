/**
 * The one place where Neo4j's errors and values meet the rest of the server: driver errors become
 * the API's errors (unreachable → 503, bad credentials → a ConfigError naming user and URI,
 * constraint violations → 409), and Neo4j integers and temporal values become plain JSON.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Props, PropValue } from '@chanjiao/graph-schema';
import {
  AtlasError,
  ConfigError,
  LimitExceededError,
  StoreUnavailableError,
} from '../../errors.ts';

export class ConstraintError extends AtlasError {
  override name = 'ConstraintError';
  override readonly statusCode = 409;
  override readonly code = 'CONSTRAINT_VIOLATION';
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function mapNeo4jError(error: unknown, target: { uri: string; user: string }): Error {
  if (error instanceof AtlasError || error instanceof ConfigError) return error;
  if (!(error instanceof Neo4jError))
    return error instanceof Error ? error : new Error(String(error));
  const code = error.code;
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  )
    return new ConfigError(
      `Neo4j at ${target.uri} refused the credentials of user "${target.user}" (${code}). Check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  if (
    code.includes('MemoryPoolOutOfMemoryError') ||
    /dbms\.memory\.transaction/.test(error.message)
  )
    return new LimitExceededError(
      `Neo4j at ${target.uri} refused the transaction for lack of memory (${firstLine(error.message)}). ` +
        'A batch is one transaction: split the import into smaller files, or give Neo4j more heap ' +
        '(NEO4J_HEAP for scripts/neo4j; dbms.memory.transaction.total.max on a server).',
    );
  if (unavailableCodes.has(code) || code.startsWith('Neo.TransientError.'))
    return new StoreUnavailableError(
      `Neo4j at ${target.uri} is unavailable: ${firstLine(error.message)}`,
    );
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return new ConstraintError(`Neo4j constraint violated: ${firstLine(error.message)}`);
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function plain(value: unknown): PropValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map((v) => String(plain(v) ?? ''));
  return String(value);
}

/** Properties as they came from Neo4j, as plain JSON values. */
export function toPlainProps(properties: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [name, value] of Object.entries(properties)) {
    const converted = plain(value);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}
