/**
 * A node's relationships with the other end's names, sorted by (type, direction, other id) and
 * cut at a limit. With the adjacency, the order comes from it — each type and direction is already
 * in id order — and only the returned rows are read; while it is being built, SQLite answers alone.
 */
import type Database from 'better-sqlite3';
import type { NodeKind, NodeRef, Props, RelationSummary, RelType } from '@chanjiao/graph-schema';
import { compareStrings } from '../order.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';
import type { Reads } from './reads.ts';
import { parseProps, summaryOf } from './rows.ts';

export interface RelationshipPage {
  items: RelationSummary[];
  total: number;
}

type Direction = RelationSummary['direction'];

export function relationshipsFromAdjacency(
  adjacency: Adjacency,
  reads: Reads,
  rels: Codes<RelType>,
  ref: NodeRef,
  limit: number,
): RelationshipPage {
  const center = reads.nodeIdByKey.get(ref.kind, ref.key) as number | undefined;
  if (center === undefined) return { items: [], total: 0 };
  // Buckets by (type, direction); each fills in id order because the adjacency ranges are.
  const buckets = new Map<
    string,
    { rel: RelType; direction: Direction; nbr: number[]; edge: number[] }
  >();
  let total = 0;
  const collect = (direction: Direction) => (nbr: number, edge: number, code: number) => {
    const rel = rels.name(code);
    const name = `${rel} ${direction}`;
    let bucket = buckets.get(name);
    if (!bucket) buckets.set(name, (bucket = { rel, direction, nbr: [], edge: [] }));
    bucket.nbr.push(nbr);
    bucket.edge.push(edge);
    total++;
  };
  adjacency.forEachOut(center, collect('out'));
  adjacency.forEachIn(center, collect('in'));
  const items: RelationSummary[] = [];
  for (const bucket of [...buckets.values()].sort(
    (a, b) => compareStrings(a.rel, b.rel) || compareStrings(a.direction, b.direction),
  ))
    for (let i = 0; i < bucket.nbr.length && items.length < limit; i++) {
      const other = reads.nodeById.get(bucket.nbr[i]!) as [NodeKind, string, string] | undefined;
      const props = reads.edgeById.get(bucket.edge[i]!) as string | undefined;
      if (!other || props === undefined) continue;
      items.push({
        rel: bucket.rel,
        direction: bucket.direction,
        other: summaryOf(other[0], other[1], parseProps(other[2])),
        props: parseProps(props),
      });
    }
  return { items, total };
}

export function relationshipsFromSql(
  reader: Database.Database,
  reads: Reads,
  ref: NodeRef,
  limit: number,
): RelationshipPage {
  const center = reads.nodeIdByKey.get(ref.kind, ref.key) as number | undefined;
  if (center === undefined) return { items: [], total: 0 };
  const rows = reader
    .prepare(
      `SELECT e.rel, 'out', n.kind, n.key, n.props, e.props FROM edges e JOIN nodes n ON n.id = e.dst WHERE e.src = @node
       UNION ALL
       SELECT e.rel, 'in', n.kind, n.key, n.props, e.props FROM edges e JOIN nodes n ON n.id = e.src WHERE e.dst = @node`,
    )
    .raw()
    .all({ node: center }) as [RelType, Direction, NodeKind, string, string, string][];
  rows.sort(
    (a, b) =>
      compareStrings(a[0], b[0]) ||
      compareStrings(a[1], b[1]) ||
      compareStrings(`${a[2]}:${a[3]}`, `${b[2]}:${b[3]}`),
  );
  return {
    items: rows.slice(0, limit).map(([rel, direction, kind, key, nodeProps, props]) => ({
      rel,
      direction,
      other: summaryOf(kind, key, parseProps(nodeProps) as Props),
      props: parseProps(props),
    })),
    total: rows.length,
  };
}
