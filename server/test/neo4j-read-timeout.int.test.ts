/**
 * A Neo4j read that runs past ATLAS_NEO4J_READ_TIMEOUT is stopped by Neo4j itself and answers as
 * a STORE_TIMEOUT error, and the connection serves the next read at once. The long read is a
 * Cypher count over a range large enough to take seconds; the limit is a fraction of that.
 */
import { describe, expect, it } from 'vitest';
import { StoreTimeoutError } from '../src/errors.ts';
import { Executor, run } from '../src/store/neo4j/executor.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const slow = {
  cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
  params: {},
};

if (requireNeo4j('neo4j read time limit'))
  describe('neo4j read time limit', () => {
    // A read of one statement runs in an auto-commit transaction, a read of several in a
    // transaction function: the limit holds for both.
    for (const how of ['readOne', 'read'] as const)
      it(`stops a read that runs past the limit and keeps serving (${how})`, async () => {
        const exec = await Executor.connect({ ...neo4jOptions, readTimeoutMs: 500 });
        try {
          const read =
            how === 'readOne'
              ? exec.readOne('slow', slow)
              : exec.read('slow', (tx) => run(tx, slow));
          const error = await read.then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(StoreTimeoutError);
          expect((error as StoreTimeoutError).statusCode).toBe(503);
          expect((error as Error).message).toMatch(/ATLAS_NEO4J_READ_TIMEOUT/);
          const next = await exec.readOne('quick', { cypher: 'RETURN 1 AS one', params: {} });
          expect(next.records[0]?.get('one')).toBe(1);
        } finally {
          await exec.driver.close();
        }
      });
  });
