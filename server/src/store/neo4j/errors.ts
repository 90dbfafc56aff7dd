/**
 * The one place where Neo4j's errors meet the rest of the server: driver errors become the API's
 * errors (unreachable → 503, bad credentials → a ConfigError naming user and URI, constraint
 * violations → 409, transaction memory → 422).
 */
import { Neo4jError } from 'neo4j-driver';
import {
  AtlasError,
  ConfigError,
  LimitExceededError,
  StoreTimeoutError,
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
  if (/\.Transaction\.TransactionTimedOut/.test(code))
    return new StoreTimeoutError(
      `the Neo4j read took longer than its limit and was stopped (${firstLine(error.message)}). ` +
        'Ask a narrower question (one chain, a smaller region), or raise ATLAS_NEO4J_READ_TIMEOUT.',
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
