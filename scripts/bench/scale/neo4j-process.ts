/**
 * What the in-process Neo4j replays (neo4j-hood.ts, neo4j-analyses.ts) share: the connection to
 * the database at NEO4J_URI, the CPU a process has used, read from /proc, so a replay can say how
 * much of a read was Neo4j's work and how much the client's, and a watch on every statement run.
 */
import fs from 'node:fs';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { Executor } from '../../../server/src/store/neo4j/executor.ts';

export function connectToBenchDatabase(): Promise<Executor> {
  return Executor.connect({
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'chanjiao-atlas',
  });
}

/** CPU seconds a process has used (utime + stime from /proc), or 0 without a pid. */
export function cpuSeconds(pid: string | undefined): number {
  if (!pid) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Calls `seen` once each statement a read runs has been answered, with the statement, its result
 * and when it was sent (performance.now()).
 */
export function watchStatements(
  exec: Executor,
  seen: (cypher: string, result: QueryResult, started: number) => void,
): void {
  const read = exec.read.bind(exec);
  exec.read = (operation, work, metadata) =>
    read(
      operation,
      (tx) =>
        work({
          run: (cypher: string, params: Record<string, unknown>) => {
            const started = performance.now();
            const result = tx.run(cypher, params);
            void result.then(
              (answered: QueryResult) => seen(cypher, answered, started),
              () => undefined,
            );
            return result;
          },
        } as unknown as ManagedTransaction),
      metadata,
    );
}
