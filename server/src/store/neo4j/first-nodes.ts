/**
 * Neo4j's `firstNodes` (see the store port): the first nodes of a label in key order that pass an
 * optional semi-join, and how many pass. Without a semi-join the total comes from the count store
 * and the nodes from the key's uniqueness index in order. With one, the nodes the targets reach
 * are counted first; then the label is read in key order testing each node (the scoped reads'
 * semi-join), unless the targets reach so few that collecting and sorting those costs less.
 */
import neo4j from 'neo4j-driver';
import type { NodeKind } from '@chanjiao/graph-schema';
import type { FirstNodes, FirstNodesQuery, NeighbourFilter } from '../port.ts';
import type { Executor } from './executor.ts';
import { arrow, byKind, semiJoin, types, visible } from './cypher/scoped.ts';
import { label } from './names.ts';
import { nodeProps, toNumber } from './values.ts';

/** `(b)-[:R]->(t)` or its reverse, for the semi-join's direction seen from `b`. */
const path = (where: NeighbourFilter) =>
  `(b)${arrow(where.direction, `:${types([...new Set(where.rels)])}`)}(t)`;

function targets(where: NeighbourFilter, batch: Record<string, string[]>): string {
  return [...byKind(where.to)]
    .map(([kind, keys], i) => {
      batch[`to${i}`] = keys;
      return `UNWIND $batch.to${i} AS k MATCH (t:${label(kind)} {key: k}) RETURN t`;
    })
    .join(' UNION ALL ');
}

const asNodes = (kind: NodeKind, rows: { key: string; p: Record<string, unknown> }[]) =>
  rows.map((row) => ({ kind, key: row.key, props: nodeProps(row.p) }));

export async function firstNodes(exec: Executor, query: FirstNodesQuery): Promise<FirstNodes> {
  const l = label(query.kind);
  const limit = neo4j.int(Math.max(0, query.limit));
  const orgs = query.privateOf ? { orgs: [...query.privateOf] } : {};
  const shown = (n: string) => (query.privateOf ? ` AND ${visible(n)}` : '');
  const where = query.where;
  if (!where) {
    const { records } = await exec.readOne('firstNodes', {
      cypher: `CALL { MATCH (b:${l}) ${query.privateOf ? `WHERE ${visible('b')}` : ''} RETURN count(b) AS total }
CALL { MATCH (b:${l}) WHERE b.key IS NOT NULL${shown('b')}
       WITH b ORDER BY b.key LIMIT $limit
       RETURN collect({key: b.key, p: properties(b)}) AS nodes }
RETURN total, nodes`,
      params: { limit, ...orgs },
    });
    const record = records[0]!;
    return {
      nodes: asNodes(
        query.kind,
        record.get('nodes') as { key: string; p: Record<string, unknown> }[],
      ),
      total: toNumber(record.get('total')),
    };
  }
  if (where.to.length === 0 || where.rels.length === 0) return { nodes: [], total: 0 };
  const batch: Record<string, string[]> = {};
  const from = targets(where, batch);
  if (!from) return { nodes: [], total: 0 };
  const counted = (
    await exec.readOne('firstNodes', {
      cypher: `CALL { MATCH (b:${l}) RETURN count(b) AS all }
CALL { CALL { ${from} } MATCH ${path(where)} WHERE b:${l}${shown('b')} RETURN count(DISTINCT b) AS total }
RETURN all, total`,
      params: { batch, ...orgs },
    })
  ).records[0]!;
  const total = toNumber(counted.get('total'));
  if (total === 0) return { nodes: [], total };
  // In key order a scan tests about limit × all / total nodes before it has found `limit`.
  const scan = (query.limit * toNumber(counted.get('all'))) / total <= total;
  const cypher = scan
    ? `MATCH (b:${l}) WHERE b.key IS NOT NULL${shown('b')}
         AND ${semiJoin(where, batch)}
       WITH b ORDER BY b.key LIMIT $limit
       RETURN collect({key: b.key, p: properties(b)}) AS nodes`
    : `CALL { ${from} } MATCH ${path(where)} WHERE b:${l}${shown('b')}
       WITH DISTINCT b ORDER BY b.key LIMIT $limit
       RETURN collect({key: b.key, p: properties(b)}) AS nodes`;
  const record = (await exec.readOne('firstNodes', { cypher, params: { batch, limit, ...orgs } }))
    .records[0]!;
  return {
    nodes: asNodes(
      query.kind,
      record.get('nodes') as { key: string; p: Record<string, unknown> }[],
    ),
    total,
  };
}
