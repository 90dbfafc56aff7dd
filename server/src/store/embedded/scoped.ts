/**
 * The embedded store's scoped reads (`getNodes`, `expand`, `countNeighbours` of the store port),
 * straight from SQLite through the relationship indexes — `(src, rel, dst)` for outgoing hops,
 * `(dst, rel, src)` for incoming ones, on integer row ids — so an analysis never waits for the
 * in-memory adjacency, and a large store answers one while it is still being built.
 *
 * They read through the store's read-only connection: in WAL mode it sees every committed batch
 * and nothing of a bulk session still open on the writing connection, as the port promises
 * readers. A call copies its start nodes' row ids (and a semi-join's targets') into temporary
 * tables of that connection and runs one statement that walks the index from each of them, the
 * join order forced (CROSS JOIN) since the store keeps no statistics. A semi-join runs from
 * whichever side touches fewer relationships, counted first on the indexes alone: from the start
 * nodes probing each reached node's relationships, or from the targets back to the start nodes —
 * the local enterprises of a chain are found from the region when the region is smaller.
 * better-sqlite3 is synchronous, so one call's temporary tables are never seen by another.
 */
import { type NodeKind, type NodeRef, type Props, type RelType } from '@chanjiao/graph-schema';
import { scopedReadTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows } from '../order.ts';
import type {
  AggregateGroup,
  AggregateQuery,
  CountQuery,
  Direction,
  EdgeRow,
  ExpandQuery,
  Expansion,
  NeighbourCounts,
  NodeRow,
  RelationshipGroup,
  RelationshipGroupQuery,
} from '../port.ts';
import type { AdjacencyCount } from './adjacency-counts.ts';
import { visibleSql } from './aggregate-sql.ts';
import { aggregate, countRelationships } from './grouped-reads.ts';
import { ScopedConnection } from './scoped-connection.ts';
import {
  backward,
  byEnd,
  ends,
  forward,
  fromKinds,
  type Variant,
  variantName,
} from './scoped-sql.ts';

type HopRow = [
  edge: number,
  rel: RelType,
  start: number,
  other: number,
  otherKind: NodeKind,
  otherKey: string,
  edgeProps: string,
  nodeProps: string | null,
];

export class EmbeddedScopedReads extends ScopedConnection {
  /**
   * Whether a semi-join is cheaper walked back from its targets: fewer relationships there than at
   * the start nodes. Counted on the indexes, the start side only as far as the target side's count,
   * so the estimate costs no more than the cheaper walk.
   */
  private backwardIsCheaper(variant: Variant & { where: Direction }, params: object): boolean {
    const key = `${variant.direction}|${variant.where}`;
    const w = ends[variant.where];
    const backwardCount = this.statement(
      `estimate<${key}`,
      () =>
        `SELECT count(*) FROM temp.scoped_to t CROSS JOIN edges w
         ON w.${w.other} = t.id AND w.rel IN (SELECT value FROM json_each(@whereRels))`,
    ).pluck();
    const { rels, whereRels } = params as { rels: string; whereRels: string };
    const back = backwardCount.get({ whereRels }) as number;
    return back < this.startSideCount(variant.direction, rels, back + 1);
  }

  /** The relationships of the types at the start nodes, counted on the index up to `enough`. */
  private startSideCount(direction: Direction, rels: string, enough: number): number {
    return this.relationshipsAt('scoped_from', ends[direction].start, rels, enough);
  }

  /**
   * Whether a hop filtered by kind is cheaper walked from the nodes of those kinds: those nodes and
   * their own relationships of the types are fewer than the relationships at the start nodes.
   * Counted on the indexes only, each count stopping where it has decided.
   */
  private kindSideIsCheaper(
    direction: Direction,
    params: { rels: string; kinds?: string },
  ): boolean {
    const { other } = ends[direction];
    const kindCount = this.statement(
      `kindEstimate<${direction}`,
      () =>
        `SELECT count(*) FROM (SELECT 1 FROM nodes n INDEXED BY nodes_by_key
         CROSS JOIN edges e INDEXED BY ${byEnd[other]}
           ON e.${other} = n.id AND e.rel IN (SELECT value FROM json_each(@rels))
         WHERE n.kind IN (SELECT value FROM json_each(@kinds))
         LIMIT @enough)`,
    ).pluck();
    const { rels, kinds } = params;
    const nodes = this.kindNodes(kinds!);
    // Up to where the kind's side could still be cheaper: its nodes and ten relationships each.
    const forward = this.startSideCount(direction, rels, 11 * nodes + 1000);
    if (forward <= nodes) return false;
    // The kind's side is cheaper when its nodes' relationships are fewer than the difference:
    // counted only that far, so the estimate never costs more than the forward walk.
    const budget = forward - nodes;
    return (kindCount.get({ rels, kinds, enough: budget }) as number) < budget;
  }

  getNodes(refs: NodeRef[]): NodeRow[] {
    const props = this.statement(
      'node',
      () => 'SELECT props FROM nodes WHERE kind = ? AND key = ?',
    ).pluck();
    const nodes: NodeRow[] = [];
    for (const ref of distinctRefs(refs)) {
      const json = props.get(ref.kind, ref.key) as string | undefined;
      if (json !== undefined) nodes.push({ ...ref, props: JSON.parse(json) as Props });
    }
    return nodes.sort(compareNodeRows);
  }

  expand(query: ExpandQuery): Expansion {
    if (query.from.length === 0 || query.rels.length === 0) return { nodes: [], edges: [] };
    if (query.where && (query.where.to.length === 0 || query.where.rels.length === 0))
      return { nodes: [], edges: [] };
    const starts = this.resolve(query.from);
    if (starts.size === 0) return { nodes: [], edges: [] };
    this.load(starts.keys(), query.where ? this.resolve(query.where.to).keys() : []);
    const params = { ...this.params(query), cap: query.limit + 1 };
    const variant = this.variant(query);
    const back =
      variant.where !== null &&
      this.backwardIsCheaper(variant as Variant & { where: Direction }, params);
    const kindSide =
      variant.where === null && variant.kinds && this.kindSideIsCheaper(variant.direction, params);
    const withProps = query.props !== false;
    const name = `expand|${variantName(variant)}|${back}|${kindSide}|${withProps}`;
    const rows = this.statement(
      name,
      () => {
        const { start, other } = ends[variant.direction];
        const parts = back
          ? backward(variant as Variant & { where: Direction })
          : kindSide
            ? fromKinds(variant)
            : forward(variant);
        // The start node's ref is known from its row id; the reached node is joined once (the
        // kind filter's join when there is one).
        return `SELECT e.id, e.rel, e.${start}, e.${other}, n.kind, n.key, e.props, ${withProps ? 'n.props' : 'NULL'}
                FROM ${parts.from}
                ${parts.joinsOther ? '' : `CROSS JOIN nodes n ON n.id = e.${other}`}
                ${parts.where}
                LIMIT @cap`;
      },
      true,
    ).all(params) as HopRow[];
    if (rows.length > query.limit) throw scopedReadTooLarge(query.limit);

    const edges = new Map<number, EdgeRow>();
    const nodes = new Map<number, NodeRow>();
    for (const [edge, rel, startId, otherId, otherKind, otherKey, edgeProps, nodeProps] of rows) {
      if (edges.has(edge)) continue;
      const start = starts.get(startId)!;
      const other = { kind: otherKind, key: otherKey };
      const props = JSON.parse(edgeProps) as Props;
      edges.set(
        edge,
        query.direction === 'out'
          ? { rel, from: start, to: other, props }
          : { rel, from: other, to: start, props },
      );
      if (!nodes.has(otherId))
        nodes.set(otherId, {
          ...other,
          props: nodeProps === null ? {} : (JSON.parse(nodeProps) as Props),
        });
    }
    return {
      nodes: [...nodes.values()].sort(compareNodeRows),
      edges: [...edges.values()].sort(compareEdgeRows),
    };
  }

  /** The private nodes a reader of these organisations may not see (through `nodes_private`). */
  hiddenRows(privateOf: readonly string[]): Set<number> {
    const rows = this.statement(
      'private',
      () => `SELECT id, props ->> '$.org' FROM nodes WHERE props ->> '$.visibility' = 'private'`,
      true,
    ).all() as [number, unknown][];
    const orgs = new Set(privateOf);
    return new Set(
      rows.filter(([, org]) => !(typeof org === 'string' && orgs.has(org))).map(([id]) => id),
    );
  }

  /**
   * `onAdjacency`, when given, counts a hop without a semi-join from the start nodes' row ids
   * (see adjacency-counts.ts); SQLite counts everything else.
   */
  countNeighbours(
    query: CountQuery,
    onAdjacency?: (starts: number[], hidden: ReadonlySet<number> | null) => AdjacencyCount,
  ): NeighbourCounts {
    const starts = distinctRefs(query.from).sort(compareNodeRows);
    let counted = new Map<number, number>();
    let distinct = 0;
    const ids = this.resolve(starts);
    const possible =
      ids.size > 0 &&
      query.rels.length > 0 &&
      !(query.where && (query.where.to.length === 0 || query.where.rels.length === 0));
    if (possible && onAdjacency && !query.where) {
      const hidden = query.privateOf ? this.hiddenRows(query.privateOf) : null;
      ({ perStart: counted, distinct } = onAdjacency([...ids.keys()], hidden));
    } else if (possible) {
      this.load(ids.keys(), query.where ? this.resolve(query.where.to).keys() : []);
      const params = this.params(query);
      const variant = this.variant(query);
      // With one type, a start node and another node share at most one relationship: its count
      // needs no DISTINCT.
      const single = new Set(query.rels).size === 1;
      const hidden = query.privateOf !== undefined;
      const name = `${variantName(variant)}|${single}|${hidden}`;
      const { other } = ends[variant.direction];
      const parts = forward(variant);
      const visible = hidden
        ? `CROSS JOIN nodes v ON v.id = e.${other} AND ${visibleSql('v')}`
        : '';
      const pairs = `SELECT ${single ? '' : 'DISTINCT'} f.id AS start, e.${other} AS reached
                     FROM ${parts.from} ${visible} ${parts.where}`;
      const perStart = this.statement(
        `count|${name}`,
        () => `SELECT start, count(*) FROM (${pairs}) GROUP BY start`,
        true,
      );
      for (const [start, n] of perStart.all(params) as [number, number][]) counted.set(start, n);
      distinct = this.statement(
        `distinct|${name}`,
        () => `SELECT count(DISTINCT reached) FROM (${pairs})`,
      )
        .pluck()
        .get(params) as number;
    }
    const idOf = new Map([...ids].map(([id, ref]) => [`${ref.kind}:${ref.key}`, id]));
    return {
      counts: starts.map((node) => ({
        node,
        count: counted.get(idOf.get(`${node.kind}:${node.key}`) ?? 0) ?? 0,
      })),
      distinct,
    };
  }

  countRelationships(query: RelationshipGroupQuery): RelationshipGroup[] {
    return countRelationships(this, query);
  }

  aggregate(query: AggregateQuery): AggregateGroup[] {
    return aggregate(this, query);
  }
}

function distinctRefs(refs: NodeRef[]): NodeRef[] {
  const out = new Map<string, NodeRef>();
  for (const ref of refs) out.set(`${ref.kind}:${ref.key}`, { kind: ref.kind, key: ref.key });
  return [...out.values()];
}
