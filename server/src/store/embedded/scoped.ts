/**
 * The embedded store's scoped reads (`getNodes`, `expand`, `countNeighbours` of the store port), straight from
 * SQLite through the `edges_by_from` / `edges_by_to` indexes — so an analysis never needs the
 * in-memory graph, and a large store answers one without building it.
 *
 * They read through a read-only connection of their own (opened on first use): in WAL mode it
 * sees every committed batch and nothing of a bulk session still open on the writing connection,
 * as the port promises readers. Each start node and relationship type is one indexed range read;
 * the kind filter and the `where` semi-join run inside SQLite (the semi-join as an EXISTS probe of
 * the reached node's own index range against the target set, built once per statement), so rows
 * that fail them never reach JavaScript.
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
  NeighbourFilter,
  NodeRow,
} from '../port.ts';

/** Column names of a relationship's two ends, seen from a start node in a direction. */
const ends = {
  out: { start: 'from', other: 'to' },
  in: { start: 'to', other: 'from' },
} as const;

/** `kind NUL key`: how the target set of a semi-join is matched inside SQLite. */
const pairKey = (ref: NodeRef) => `${ref.kind}\u0000${ref.key}`;

function whereClause(reached: string, where: Direction | null): string {
  if (!where) return '';
  const { start, other } = ends[where];
  return `AND EXISTS (SELECT 1 FROM edges w
      WHERE w.${start}_kind = ${reached}_kind AND w.${start}_key = ${reached}_key
        AND w.rel IN (SELECT value FROM json_each(@whereRels))
        AND (w.${other}_kind || char(0) || w.${other}_key) IN (SELECT value FROM json_each(@whereTo)))`;
}

interface HopRow {
  kind: NodeKind;
  key: string;
  props?: string;
}

export class EmbeddedScopedReads {
  private db: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly file: string) {}

  private connection(): Database.Database {
    this.db ??= new Database(this.file, { readonly: true, fileMustExist: true });
    return this.db;
  }

  /** One indexed hop statement per (direction, with edge props, where direction) variant. */
  private hop(
    direction: Direction,
    withProps: boolean,
    where: Direction | null,
  ): Database.Statement {
    const name = `${direction}|${withProps}|${where ?? '-'}`;
    let statement = this.statements.get(name);
    if (!statement) {
      const { start, other } = ends[direction];
      statement = this.connection().prepare(
        `SELECT e.${other}_kind AS kind, e.${other}_key AS key${withProps ? ', e.props AS props' : ''}
         FROM edges e
         WHERE e.${start}_kind = @kind AND e.${start}_key = @key AND e.rel = @rel
           AND (@kinds IS NULL OR e.${other}_kind IN (SELECT value FROM json_each(@kinds)))
           ${whereClause(`e.${other}`, where)}`,
      );
      this.statements.set(name, statement);
    }
    return statement;
  }

  private nodeProps(): Database.Statement {
    let statement = this.statements.get('node');
    if (!statement) {
      statement = this.connection()
        .prepare('SELECT props FROM nodes WHERE kind = ? AND key = ?')
        .pluck();
      this.statements.set('node', statement);
    }
    return statement;
  }

  /** Runs one hop from every start node over every type, calling `visit` per relationship found. */
  private walk(
    query: CountQuery,
    withProps: boolean,
    visit: (start: NodeRef, rel: RelType, row: HopRow) => void,
  ): void {
    const starts = distinctRefs(query.from);
    const rels = [...new Set(query.rels)];
    if (starts.length === 0 || rels.length === 0) return;
    const statement = this.hop(query.direction, withProps, query.where?.direction ?? null);
    const params = {
      kinds: query.kinds ? JSON.stringify([...new Set(query.kinds)]) : null,
      ...whereParams(query.where),
    };
    for (const start of starts)
      for (const rel of rels)
        for (const row of statement.iterate({ ...params, kind: start.kind, key: start.key, rel }))
          visit(start, rel, row as HopRow);
  }

  getNodes(refs: NodeRef[]): NodeRow[] {
    const nodeProps = this.nodeProps();
    const nodes: NodeRow[] = [];
    for (const ref of distinctRefs(refs)) {
      const props = nodeProps.get(ref.kind, ref.key) as string | undefined;
      if (props !== undefined) nodes.push({ ...ref, props: JSON.parse(props) as Props });
    }
    return nodes.sort(compareNodeRows);
  }

  expand(query: ExpandQuery): Expansion {
    const edges: EdgeRow[] = [];
    const reached = new Map<string, NodeRef>();
    this.walk(query, true, (start, rel, row) => {
      if (edges.length >= query.limit) throw scopedReadTooLarge(query.limit);
      const other: NodeRef = { kind: row.kind, key: row.key };
      const props = JSON.parse(row.props!) as Props;
      edges.push(
        query.direction === 'out'
          ? { rel, from: start, to: other, props }
          : { rel, from: other, to: start, props },
      );
      reached.set(nodeId(other), other);
    });
    const nodeProps = this.nodeProps();
    const nodes: NodeRow[] = [...reached.values()].map((ref) => ({
      ...ref,
      props:
        query.props === false
          ? {}
          : (JSON.parse((nodeProps.get(ref.kind, ref.key) as string | undefined) ?? '{}') as Props),
    }));
    nodes.sort(compareNodeRows);
    edges.sort(compareEdgeRows);
    return { nodes, edges };
  }

  countNeighbours(query: CountQuery): NeighbourCounts {
    const perStart = new Map<string, Set<string>>();
    const all = new Set<string>();
    this.walk(query, false, (start, _rel, row) => {
      const id = pairKey(row);
      const startId = nodeId(start);
      let set = perStart.get(startId);
      if (!set) perStart.set(startId, (set = new Set()));
      set.add(id);
      all.add(id);
    });
    return {
      counts: distinctRefs(query.from)
        .sort(compareNodeRows)
        .map((node) => ({ node, count: perStart.get(nodeId(node))?.size ?? 0 })),
      distinct: all.size,
    };
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = null;
  }
}

function whereParams(where: NeighbourFilter | undefined) {
  return where
    ? {
        whereRels: JSON.stringify([...new Set(where.rels)]),
        whereTo: JSON.stringify([...new Set(where.to.map(pairKey))]),
      }
    : {};
}

function distinctRefs(refs: NodeRef[]): NodeRef[] {
  const out = new Map<string, NodeRef>();
  for (const ref of refs) out.set(nodeId(ref), { kind: ref.kind, key: ref.key });
  return [...out.values()];
}
