/**
 * The executor's choice of transaction for reads, with a stand-in driver (this checks the control
 * flow only; the int suites run every read against a real Neo4j): a read of independent
 * statements runs each as an auto-commit `run`, and when one fails with an error the driver would
 * retry, the whole read runs again as a transaction function.
 */
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Executor, run, type Runner } from './executor.ts';

interface Calls {
  autoCommit: { cypher: string; config: unknown }[];
  transactions: number;
}

function executorWith(autoCommitFails: Error | null): { exec: Executor; calls: Calls } {
  const calls: Calls = { autoCommit: [], transactions: 0 };
  const answer = (cypher: string) => ({ records: [{ get: () => cypher }] });
  const session = {
    run(cypher: string, _params: unknown, config: unknown) {
      calls.autoCommit.push({ cypher, config });
      return autoCommitFails ? Promise.reject(autoCommitFails) : Promise.resolve(answer(cypher));
    },
    async executeRead<T>(work: (tx: Runner) => Promise<T>) {
      calls.transactions++;
      return work({ run: (cypher: string) => Promise.resolve(answer(cypher) as never) });
    },
    close: () => Promise.resolve(),
  };
  const driver = { session: () => session } as unknown as Driver;
  const Constructor = Executor as unknown as new (d: Driver, t: object) => Executor;
  return {
    exec: new Constructor(driver, { uri: 'bolt://x', user: 'u', password: 'p', readTimeoutMs: 7 }),
    calls,
  };
}

const statement = (cypher: string) => ({ cypher, params: {} });

describe('Executor reads', () => {
  it('runs each statement of readEach in its own auto-commit transaction, with the settings', async () => {
    const { exec, calls } = executorWith(null);
    const got = await exec.readEach('op', async (r) => {
      const a = await run(r, statement('A'));
      const b = await run(r, statement('B'));
      return [a.records[0]!.get('x'), b.records[0]!.get('x')];
    });
    expect(got).toEqual(['A', 'B']);
    expect(calls.transactions).toBe(0);
    expect(calls.autoCommit.map((c) => c.cypher)).toEqual(['A', 'B']);
    expect(calls.autoCommit[0]!.config).toEqual({
      metadata: { app: 'chanjiao-atlas', operation: 'op' },
      timeout: 7,
    });
  });

  it('runs the whole read again as a transaction function after a retryable error', async () => {
    const transient = new Neo4jError(
      'unavailable',
      'Neo.TransientError.General.DatabaseUnavailable',
      '',
      '',
    );
    const { exec, calls } = executorWith(transient);
    const got = await exec.readOne('op', statement('A'));
    expect(got.records[0]!.get('x')).toBe('A');
    expect(calls.autoCommit).toHaveLength(1);
    expect(calls.transactions).toBe(1);
  });

  it('does not retry any other error', async () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
    const { exec, calls } = executorWith(syntax);
    await expect(exec.readOne('op', statement('A'))).rejects.toThrow('bad');
    expect(calls.transactions).toBe(0);
  });
});
