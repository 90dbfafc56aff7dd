/**
 * What the bare driver does against the same server, as the floors the store is compared with:
 * the `RETURN 1` round trip (the least any read can cost), and a plain loader that sends the same
 * records as `UNWIND … CREATE` statements per label and per relationship type, chunk by chunk, with
 * no validation, no undo entries and no lookups but the endpoints' (the least a live-database
 * import can cost). It also empties the database between steps.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphRecord } from '@chanjiao/graph-schema';
import { percentiles, throughput, type Latency } from './measure.ts';

export interface Target {
  uri: string;
  user: string;
  password: string;
}

export function connect(target: Target): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
  });
}

/** `RETURN 1` in a read transaction, one at a time, and under `callers` concurrent callers. */
export async function returnOne(
  driver: Driver,
  times: number,
  callers: number,
  seconds: number,
): Promise<{ latency: Latency; perSecond: number }> {
  const once = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
    } finally {
      await session.close();
    }
  };
  for (let i = 0; i < 50; i++) await once();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await once();
    ms.push(performance.now() - started);
  }
  const loaded = await throughput([0], once, callers, seconds);
  return { latency: percentiles(ms), perSecond: loaded.perSecond };
}

const ident = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Loads records with plain UNWIND … CREATE statements; returns records per second. */
export async function plainLoad(
  driver: Driver,
  records: GraphRecord[],
  chunk = 5000,
): Promise<number> {
  const nodes = new Map<string, Record<string, unknown>[]>();
  const edges = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();
  for (const r of records)
    if (r.type === 'node') {
      const rows = nodes.get(r.kind) ?? [];
      rows.push({ ...r.props, key: r.key });
      nodes.set(r.kind, rows);
    } else {
      const id = `${r.rel}|${r.from.kind}|${r.to.kind}`;
      const rows = edges.get(id) ?? [];
      rows.push({ from: r.from.key, to: r.to.key, props: r.props });
      edges.set(id, rows);
    }
  const session = driver.session();
  const started = performance.now();
  try {
    for (const [kind, rows] of nodes)
      for (let i = 0; i < rows.length; i += chunk)
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row CREATE (n:${ident(kind)}) SET n = row`, {
            rows: rows.slice(i, i + chunk),
          }),
        );
    for (const [id, rows] of edges) {
      const [rel, from, to] = id.split('|') as [string, string, string];
      for (let i = 0; i < rows.length; i += chunk)
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row MATCH (a:${ident(from)} {key: row.from}) MATCH (b:${ident(to)} {key: row.to})
CREATE (a)-[r:${ident(rel)}]->(b) SET r = row.props`,
            { rows: rows.slice(i, i + chunk) },
          ),
        );
    }
  } finally {
    await session.close();
  }
  return records.length / ((performance.now() - started) / 1000);
}

/** Deletes everything, in small transactions (a hub's relationships would not fit one). */
export async function empty(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function nodeCount(driver: Driver): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run('MATCH (n) RETURN count(n) AS n');
    return result.records[0]!.get('n') as number;
  } finally {
    await session.close();
  }
}
