import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapNeo4jError } from './errors.ts';
import { toPlainProps } from './values.ts';

const target = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j' };
const error = (code: string, message = 'boom') =>
  new Neo4jError(message, code as never, '50N42', 'error');

describe('mapNeo4jError', () => {
  it.each([
    [
      'Neo.ClientError.Security.Unauthorized',
      'ConfigError',
      /refused the credentials of user "neo4j"/,
    ],
    ['ServiceUnavailable', 'StoreUnavailableError', /bolt:\/\/127.0.0.1:7687 is unavailable/],
    ['Neo.TransientError.General.DatabaseUnavailable', 'StoreUnavailableError', /unavailable/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'ConstraintError', /constraint/],
    [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'LimitExceededError',
      /split the import/,
    ],
  ])('maps %s to %s', (code, name, message) => {
    const mapped = mapNeo4jError(error(code), target);
    expect(mapped.name).toBe(name);
    expect(mapped.message).toMatch(message);
  });

  it('leaves other errors as they are', () => {
    const other = error('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(other, target)).toBe(other);
  });
});

describe('toPlainProps', () => {
  it('drops nulls and turns lists into string lists', () => {
    expect(toPlainProps({ a: null, b: 3, c: ['x', 1], d: 'y', e: true })).toEqual({
      b: 3,
      c: ['x', '1'],
      d: 'y',
      e: true,
    });
  });
});
