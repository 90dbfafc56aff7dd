/**
 * Bulk sessions on Neo4j: an import too large for one transaction is written one chunk per
 * transaction, and each chunk transaction also stores an undo entry (the keys it creates and the
 * previous properties of what it updates) as an `AtlasImportUndo` node. Rollback applies the
 * entries newest first, one transaction each, so it can resume after an interruption. An
 * `AtlasImport` marker per session records its state and a heartbeat; a session whose process died
 * is rolled back the next time a store connects or a bulk session begins.
 *
 * The bookkeeping labels are not node kinds: stats, search, exports and projections never see them.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  isNodeKind,
  isRelType,
  type NodeKind,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import { toPlainProps } from './errors.ts';

export const importLabel = 'AtlasImport';
export const undoLabel = 'AtlasImportUndo';

/** A session whose heartbeat is older than this (and not ours) is taken as abandoned. */
export const abandonedAfterMs = 60_000;

export interface UndoEntry {
  nodesCreated: [NodeKind, string][];
  nodesUpdated: [NodeKind, string, Props][];
  edgesCreated: [RelType, NodeKind, string, NodeKind, string][];
  edgesUpdated: [RelType, NodeKind, string, NodeKind, string, Props][];
}

export interface NodeGroupRows {
  kind: NodeKind;
  mode: 'merge' | 'replace';
  rows: { i: number; key: string; props: Props }[];
}

export interface EdgeGroupRows {
  rel: RelType;
  from: NodeKind;
  to: NodeKind;
  mode: 'merge' | 'replace';
  rows: { i: number; from: string; to: string; props: Props }[];
}

const q = (name: string, check: (v: string) => boolean): string => {
  if (!check(name)) throw new Error(`not a schema name: ${name}`);
  return `\`${name}\``;
};
const label = (kind: string) => q(kind, isNodeKind);
const relType = (rel: string) => q(rel, isRelType);

function withoutKey(properties: Record<string, unknown>): Props {
  const { key: _key, ...props } = toPlainProps(properties);
  return props;
}

export const emptyUndo = (): UndoEntry => ({
  nodesCreated: [],
  nodesUpdated: [],
  edgesCreated: [],
  edgesUpdated: [],
});

/** Rows with the same id collapse into one (props merged in order, or the last for replace). */
function collapse<T extends { props: Props }>(
  rows: T[],
  idOf: (row: T) => string,
  mode: 'merge' | 'replace',
): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const id = idOf(row);
    const earlier = out.get(id);
    out.set(
      id,
      earlier && mode === 'merge' ? { ...earlier, props: { ...earlier.props, ...row.props } } : row,
    );
  }
  return [...out.values()];
}

/**
 * Writes a group of node upserts inside a chunk transaction, recording the undo: one read finds
 * which keys exist (and their properties), then new nodes are CREATEd and existing ones SET — no
 * MERGE, which the bulk session's lock makes safe. Returns [created, updated].
 */
export async function writeNodeGroup(
  tx: ManagedTransaction,
  group: NodeGroupRows,
  entry: UndoEntry,
): Promise<[number, number]> {
  const rows = collapse(group.rows, (r) => r.key, group.mode);
  const res = await tx.run(
    `UNWIND $keys AS k MATCH (n:${label(group.kind)} {key: k}) RETURN k, properties(n) AS p`,
    { keys: rows.map((r) => r.key) },
  );
  const found = new Map<string, Props>();
  for (const r of res.records)
    found.set(r.get('k') as string, withoutKey(r.get('p') as Record<string, unknown>));
  const fresh = rows.filter((r) => !found.has(r.key));
  const known = rows.filter((r) => found.has(r.key));
  if (fresh.length)
    await tx.run(
      `UNWIND $rows AS row CREATE (n:${label(group.kind)}) SET n = row.props SET n.key = row.key`,
      { rows: fresh.map((r) => ({ key: r.key, props: r.props })) },
    );
  if (known.length)
    await tx.run(
      `UNWIND $rows AS row MATCH (n:${label(group.kind)} {key: row.key}) ` +
        (group.mode === 'merge' ? 'SET n += row.props' : 'SET n = row.props SET n.key = row.key'),
      { rows: known.map((r) => ({ key: r.key, props: r.props })) },
    );
  for (const r of fresh) entry.nodesCreated.push([group.kind, r.key]);
  for (const r of known) entry.nodesUpdated.push([group.kind, r.key, found.get(r.key)!]);
  return [fresh.length, known.length];
}

/**
 * Writes a group of relationship upserts: one read checks both endpoints and finds the existing
 * relationship (and its properties); a missing endpoint returns the first such row's op index
 * and direction, writing nothing; else new relationships are CREATEd and existing ones SET.
 */
export async function writeEdgeGroup(
  tx: ManagedTransaction,
  group: EdgeGroupRows,
  entry: UndoEntry,
): Promise<[number, number] | { missing: number; end: 'from' | 'to' }> {
  const rows = collapse(group.rows, (r) => `${r.from}\u0000${r.to}`, group.mode);
  const res = await tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (a:${label(group.from)} {key: row.from})
     OPTIONAL MATCH (b:${label(group.to)} {key: row.to})
     OPTIONAL MATCH (a)-[r:${relType(group.rel)}]->(b)
     RETURN row.n AS n, a IS NULL AS noFrom, b IS NULL AS noTo, properties(r) AS p`,
    { rows: rows.map((r, n) => ({ n, from: r.from, to: r.to })) },
  );
  const before = new Map<number, Props>();
  let missing: { missing: number; end: 'from' | 'to' } | null = null;
  for (const r of res.records) {
    const n = r.get('n') as number;
    const noFrom = r.get('noFrom') as boolean;
    if (noFrom || (r.get('noTo') as boolean)) {
      // The earliest op among the collapsed row's originals.
      const i = rows[n]!.i;
      if (!missing || i < missing.missing) missing = { missing: i, end: noFrom ? 'from' : 'to' };
      continue;
    }
    const p = r.get('p') as Record<string, unknown> | null;
    if (p) before.set(n, toPlainProps(p));
  }
  if (missing) return missing;
  const fresh = rows.filter((_, n) => !before.has(n));
  const known = rows.map((row, n) => ({ row, n })).filter(({ n }) => before.has(n));
  const shape = `(a:${label(group.from)} {key: row.from}), (b:${label(group.to)} {key: row.to})`;
  if (fresh.length)
    await tx.run(
      `UNWIND $rows AS row MATCH ${shape} CREATE (a)-[r:${relType(group.rel)}]->(b) SET r = row.props`,
      { rows: fresh.map((r) => ({ from: r.from, to: r.to, props: r.props })) },
    );
  if (known.length)
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${label(group.from)} {key: row.from})-[r:${relType(group.rel)}]->(b:${label(group.to)} {key: row.to}) ` +
        (group.mode === 'merge' ? 'SET r += row.props' : 'SET r = row.props'),
      { rows: known.map(({ row }) => ({ from: row.from, to: row.to, props: row.props })) },
    );
  for (const r of fresh) entry.edgesCreated.push([group.rel, group.from, r.from, group.to, r.to]);
  for (const { row, n } of known)
    entry.edgesUpdated.push([group.rel, group.from, row.from, group.to, row.to, before.get(n)!]);
  return [fresh.length, known.length];
}

export async function recordUndo(
  tx: ManagedTransaction,
  importId: string,
  seq: number,
  entry: UndoEntry,
): Promise<void> {
  await tx.run(
    `MATCH (m:${importLabel} {id: $id})
     SET m.heartbeat = timestamp(), m.chunks = $seq
     CREATE (:${undoLabel} {import: $id, seq: $seq, data: $data})`,
    { id: importId, seq, data: JSON.stringify(entry) },
  );
}

function groupRows<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** Undoes one chunk: its relationships first, then its nodes (the reverse of how it wrote them). */
export async function applyUndo(tx: ManagedTransaction, entry: UndoEntry): Promise<void> {
  for (const rows of groupRows(entry.edgesCreated, (e) => `${e[0]}|${e[1]}|${e[3]}`)) {
    const [rel, from, , to] = rows[0]!;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (:${label(from)} {key: row[0]})-[r:${relType(rel)}]->(:${label(to)} {key: row[1]})
       DELETE r`,
      { rows: rows.map((e) => [e[2], e[4]]) },
    );
  }
  for (const rows of groupRows(entry.edgesUpdated, (e) => `${e[0]}|${e[1]}|${e[3]}`)) {
    const [rel, from, , to] = rows[0]!;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (:${label(from)} {key: row.from})-[r:${relType(rel)}]->(:${label(to)} {key: row.to})
       SET r = row.props`,
      { rows: rows.map((e) => ({ from: e[2], to: e[4], props: e[5] })) },
    );
  }
  for (const rows of groupRows(entry.nodesCreated, (n) => n[0])) {
    await tx.run(`UNWIND $keys AS k MATCH (n:${label(rows[0]![0])} {key: k}) DETACH DELETE n`, {
      keys: rows.map((n) => n[1]),
    });
  }
  for (const rows of groupRows(entry.nodesUpdated, (n) => n[0])) {
    await tx.run(
      `UNWIND $rows AS row MATCH (n:${label(rows[0]![0])} {key: row.key}) SET n = row.props SET n.key = row.key`,
      { rows: rows.map((n) => ({ key: n[1], props: n[2] })) },
    );
  }
}
