/**
 * What the in-process Neo4j replays (neo4j-hood.ts, neo4j-analyses.ts) share: the connection to
 * the database at NEO4J_URI, the CPU a process has used, read from /proc, so a replay can say how
 * much of a read was Neo4j's work and how much the client's, a watch on every statement run and
 * the answers' digests kept or compared.
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

/**
 * `--write FILE` stores the answers' digests; `--compare FILE` says whether they are the ones an
 * earlier run stored (a change to the statements must not change the answers). True when some
 * differ.
 */
export function keepOrCompareDigests(
  answers: Record<string, string>,
  options: { write?: string; compare?: string },
): boolean {
  if (options.write) fs.writeFileSync(options.write, JSON.stringify(answers, null, 1));
  if (!options.compare) return false;
  const before = JSON.parse(fs.readFileSync(options.compare, 'utf8')) as Record<string, string>;
  const differ = Object.keys(answers).filter((k) => before[k] !== answers[k]);
  console.log(
    differ.length === 0
      ? `same answers as ${options.compare} (${Object.keys(answers).length})`
      : `DIFFERENT answers for ${differ.length}: ${differ.slice(0, 5).join(', ')}`,
  );
  return differ.length > 0;
}
