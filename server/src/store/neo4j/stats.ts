/** Counts by kind and relationship type, from Neo4j's count store (cypher/stats.ts). */
import type { Stats } from '@chanjiao/graph-schema';
import { compareStrings } from '../order.ts';
import { countAll } from './cypher/stats.ts';
import type { Executor } from './executor.ts';
import { toNumber } from './values.ts';

export async function readStats(exec: Executor): Promise<Stats> {
  const { records } = await exec.readOne('stats', countAll());
  const byKind: Record<string, number> = {};
  const byRel: Record<string, number> = {};
  let nodes = 0;
  let edges = 0;
  for (const record of records) {
    const c = toNumber(record.get('c'));
    if (c === 0) continue;
    const name = record.get('name') as string;
    if (record.get('what') === 'node') {
      nodes += c;
      byKind[name] = c;
    } else {
      edges += c;
      byRel[name] = c;
    }
  }
  const sorted = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => compareStrings(a, b)));
  return { nodes, edges, byKind: sorted(byKind), byRel: sorted(byRel) };
}
