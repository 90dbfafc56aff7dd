/**
 * The embedded store's scoped reads (`getNodes`, `expand`, `countNeighbours` of the store port),
 * straight from SQLite through the `edges_by_from` / `edges_by_to` indexes — so an analysis never
 * needs the in-memory graph, and a large store answers one without building it.
 *
 * They read through a read-only connection of their own (opened on first use): in WAL mode it
 * sees every committed batch and nothing of a bulk session still open on the writing connection,
 * as the port promises readers. A call copies its start nodes (and a semi-join's targets) into
 * temporary tables of that connection and runs one statement that walks the index from each of
 * them, the join order forced (CROSS JOIN) since the store keeps no statistics. A semi-join runs
 * from whichever side touches fewer relationships, counted first on the indexes alone: from the
 * start nodes probing each reached node's relationships, or from the targets back to the start
 * nodes — the local enterprises of a chain are found from the region when the region is smaller.
 * better-sqlite3 is synchronous, so one call's temporary tables are never seen by another.
 */
import Database from 'better-sqlite3';
import {
  nodeId,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import { scopedReadTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows } from '../order.ts';
import type {
  CountQuery,
  Direction,
  EdgeRow,
  ExpandQuery,
  Expansion,
  NeighbourCounts,
  NodeRow,
} from '../port.ts';

/** Column prefixes of a relationship's two ends, seen from a start node in a direction. */
const ends = {
  out: { start: 'from', other: 'to' },
  in: { start: 'to', other: 'from' },
} as const;

const temporaryTables = `
CREATE TEMP TABLE IF NOT EXISTS scoped_from (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS scoped_to (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;`;

/** Address space the read connection maps (SQLite maps no more than the file's size). */
const readerMmapBytes = 4 * 1024 * 1024 * 1024;
/** SQLite's own page cache of the read connection, in KiB. */
const readerCacheKib = 64 * 1024;

interface Variant {
  direction: Direction;
  where: Direction | null;
  kinds: boolean;
}

/** `e` joined to each start node in `f`, and its optional filters, as SQL fragments. */
function forward({ direction, where, kinds }: Variant) {
  const { start, other } = ends[direction];
  const from = `temp.scoped_from f CROSS JOIN edges e
    ON e.${start}_kind = f.kind AND e.${start}_key = f.key AND e.rel IN (SELECT value FROM json_each(@rels))`;
  const conditions = [
    ...(kinds ? [`e.${other}_kind IN (SELECT value FROM json_each(@kinds))`] : []),
    ...(where ? [semiJoin(`e.${other}`, where)] : []),
  ];
  return { from, where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '' };
}

function semiJoin(reached: string, where: Direction): string {
  const { start, other } = ends[where];
  return `EXISTS (SELECT 1 FROM edges w CROSS JOIN temp.scoped_to t
      ON t.kind = w.${other}_kind AND t.key = w.${other}_key
      WHERE w.${start}_kind = ${reached}_kind AND w.${start}_key = ${reached}_key
        AND w.rel IN (SELECT value FROM json_each(@whereRels)))`;
}

/** The same hop walked from the semi-join's targets back to the start nodes. */
function backward({ direction, where, kinds }: Variant & { where: Direction }) {
  const { start, other } = ends[direction];
  // The kind filter applies to the nodes between targets and starts, before they are walked.
  const w = ends[where];
  const from = `temp.scoped_to t
    CROSS JOIN edges w ON w.${w.other}_kind = t.kind AND w.${w.other}_key = t.key
      AND w.rel IN (SELECT value FROM json_each(@whereRels))
      ${kinds ? `AND w.${w.start}_kind IN (SELECT value FROM json_each(@kinds))` : ''}
    CROSS JOIN edges e ON e.${other}_kind = w.${w.start}_kind AND e.${other}_key = w.${w.start}_key
      AND e.rel IN (SELECT value FROM json_each(@rels))`;
  const conditions = [
    `EXISTS (SELECT 1 FROM temp.scoped_from f WHERE f.kind = e.${start}_kind AND f.key = e.${start}_key)`,
  ];
  return { from, where: `WHERE ${conditions.join(' AND ')}` };
}

type HopRow = [
  rel: RelType,
  startKind: NodeKind,
  startKey: string,
  otherKind: NodeKind,
  otherKey: string,
  edgeProps: string,
  nodeProps: string | null,
];

export class EmbeddedScopedReads {
  private db: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly file: string) {}

  private connection(): Database.Database {
    if (!this.db) {
      this.db = new Database(this.file, { readonly: true, fileMustExist: true });
      // Scoped reads jump around the indexes: map the file rather than copy page by page.
      this.db.pragma(`mmap_size = ${readerMmapBytes}`);
      this.db.pragma(`cache_size = -${readerCacheKib}`);
      this.db.exec(temporaryTables);
    }
    return this.db;
  }

  private statement(name: string, sql: () => string, raw = false): Database.Statement {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.connection().prepare(sql());
      if (raw) statement.raw();
      this.statements.set(name, statement);
    }
    return statement;
  }

  /** Loads the start nodes (and the semi-join's targets) into the temporary tables. */
  private prepare(from: NodeRef[], to: NodeRef[]): void {
    const db = this.connection();
    const insertFrom = this.statement(
      'insertFrom',
      () => 'INSERT OR IGNORE INTO temp.scoped_from (kind, key) VALUES (?, ?)',
    );
    const insertTo = this.statement(
      'insertTo',
      () => 'INSERT OR IGNORE INTO temp.scoped_to (kind, key) VALUES (?, ?)',
    );
    db.transaction(() => {
      db.exec('DELETE FROM temp.scoped_from; DELETE FROM temp.scoped_to;');
      for (const ref of from) insertFrom.run(ref.kind, ref.key);
      for (const ref of to) insertTo.run(ref.kind, ref.key);
    })();
  }

  private params(query: CountQuery) {
    return {
      rels: JSON.stringify([...new Set(query.rels)]),
      ...(query.kinds && { kinds: JSON.stringify([...new Set(query.kinds)]) }),
      ...(query.where && { whereRels: JSON.stringify([...new Set(query.where.rels)]) }),
    };
  }

  /**
   * Whether a semi-join is cheaper walked back from its targets: fewer relationships there than at
   * the start nodes. Counted on the indexes, the start side only as far as the target side's count,
   * so the estimate costs no more than the cheaper walk.
   */
  private backwardIsCheaper(variant: Variant & { where: Direction }, params: object): boolean {
    const key = `${variant.direction}|${variant.where}`;
    const { start } = ends[variant.direction];
    const w = ends[variant.where];
    const backwardCount = this.statement(
      `estimate<${key}`,
      () =>
        `SELECT count(*) FROM temp.scoped_to t CROSS JOIN edges w
         ON w.${w.other}_kind = t.kind AND w.${w.other}_key = t.key AND w.rel IN (SELECT value FROM json_each(@whereRels))`,
    ).pluck();
    const forwardCount = this.statement(
      `estimate>${key}`,
      () =>
        `SELECT count(*) FROM (SELECT 1 FROM temp.scoped_from f CROSS JOIN edges e
         ON e.${start}_kind = f.kind AND e.${start}_key = f.key AND e.rel IN (SELECT value FROM json_each(@rels))
         LIMIT @enough)`,
    ).pluck();
    const { rels, whereRels } = params as { rels: string; whereRels: string };
    const back = backwardCount.get({ whereRels }) as number;
    return back < (forwardCount.get({ rels, enough: back + 1 }) as number);
  }

  getNodes(refs: NodeRef[]): NodeRow[] {
    const nodeProps = this.statement(
      'node',
      () => 'SELECT props FROM nodes WHERE kind = ? AND key = ?',
    ).pluck();
    const nodes: NodeRow[] = [];
    for (const ref of distinctRefs(refs)) {
      const props = nodeProps.get(ref.kind, ref.key) as string | undefined;
      if (props !== undefined) nodes.push({ ...ref, props: JSON.parse(props) as Props });
    }
    return nodes.sort(compareNodeRows);
  }

  expand(query: ExpandQuery): Expansion {
    const starts = distinctRefs(query.from);
    if (starts.length === 0 || query.rels.length === 0) return { nodes: [], edges: [] };
    if (query.where && (query.where.to.length === 0 || query.where.rels.length === 0))
      return { nodes: [], edges: [] };
    this.prepare(starts, query.where?.to ?? []);
    const params = { ...this.params(query), cap: query.limit + 1 };
    const variant: Variant = {
      direction: query.direction,
      where: query.where?.direction ?? null,
      kinds: query.kinds !== undefined,
    };
    const back =
      variant.where !== null &&
      this.backwardIsCheaper(variant as Variant & { where: Direction }, params);
    const withProps = query.props !== false;
    const name = `expand|${variant.direction}|${variant.where}|${variant.kinds}|${back}|${withProps}`;
    const rows = this.statement(
      name,
      () => {
        const { start, other } = ends[variant.direction];
        const parts = back ? backward(variant as Variant & { where: Direction }) : forward(variant);
        return `SELECT e.rel, e.${start}_kind, e.${start}_key, e.${other}_kind, e.${other}_key, e.props,
                  ${withProps ? 'n.props' : 'NULL'}
                FROM ${parts.from}
                ${withProps ? `LEFT JOIN nodes n ON n.kind = e.${other}_kind AND n.key = e.${other}_key` : ''}
                ${parts.where}
                LIMIT @cap`;
      },
      true,
    ).all(params) as HopRow[];
    if (rows.length > query.limit) throw scopedReadTooLarge(query.limit);

    const edges = new Map<string, EdgeRow>();
    const nodes = new Map<string, NodeRow>();
    for (const [rel, startKind, startKey, otherKind, otherKey, edgeProps, nodeProps] of rows) {
      const start = { kind: startKind, key: startKey };
      const other = { kind: otherKind, key: otherKey };
      const edge: EdgeRow =
        query.direction === 'out'
          ? { rel, from: start, to: other, props: {} }
          : { rel, from: other, to: start, props: {} };
      const id = `${rel}|${nodeId(edge.from)}|${nodeId(edge.to)}`;
      if (edges.has(id)) continue;
      edge.props = JSON.parse(edgeProps) as Props;
      edges.set(id, edge);
      const otherId = nodeId(other);
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

  countNeighbours(query: CountQuery): NeighbourCounts {
    const starts = distinctRefs(query.from).sort(compareNodeRows);
    const counted = new Map<string, number>();
    let distinct = 0;
    const possible =
      starts.length > 0 &&
      query.rels.length > 0 &&
      !(query.where && (query.where.to.length === 0 || query.where.rels.length === 0));
    if (possible) {
      this.prepare(starts, query.where?.to ?? []);
      const params = this.params(query);
      const variant: Variant = {
        direction: query.direction,
        where: query.where?.direction ?? null,
        kinds: query.kinds !== undefined,
      };
      // With one type, a start node and another node share at most one relationship: its count
      // needs no DISTINCT.
      const single = new Set(query.rels).size === 1;
      const name = `${variant.direction}|${variant.where}|${variant.kinds}|${single}`;
      const { other } = ends[variant.direction];
      const parts = forward(variant);
      const pairs = `SELECT ${single ? '' : 'DISTINCT'} f.kind AS fk, f.key AS fy, e.${other}_kind AS ok, e.${other}_key AS oy
                     FROM ${parts.from} ${parts.where}`;
      const perStart = this.statement(
        `count|${name}`,
        () => `SELECT fk, fy, count(*) FROM (${pairs}) GROUP BY fk, fy`,
        true,
      );
      for (const [kind, key, n] of perStart.all(params) as [NodeKind, string, number][])
        counted.set(nodeId({ kind, key }), n);
      distinct = this.statement(
        `distinct|${name}`,
        () => `SELECT count(*) FROM (SELECT DISTINCT ok, oy FROM (${pairs}))`,
      )
        .pluck()
        .get(params) as number;
    }
    return {
      counts: starts.map((node) => ({ node, count: counted.get(nodeId(node)) ?? 0 })),
      distinct,
    };
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = null;
  }
}

function distinctRefs(refs: NodeRef[]): NodeRef[] {
  const out = new Map<string, NodeRef>();
  for (const ref of refs) out.set(nodeId(ref), { kind: ref.kind, key: ref.key });
  return [...out.values()];
}
