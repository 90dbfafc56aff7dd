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
  keys: string[];
}

export interface EdgeGroupRows {
  rel: RelType;
  from: NodeKind;
  to: NodeKind;
  rows: { from: string; to: string }[];
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

/** Reads, inside the chunk's transaction and before it writes, what the chunk will change. */
export async function captureUndo(
  tx: ManagedTransaction,
  nodeGroups: NodeGroupRows[],
  edgeGroups: EdgeGroupRows[],
): Promise<UndoEntry> {
  const entry: UndoEntry = {
    nodesCreated: [],
    nodesUpdated: [],
    edgesCreated: [],
    edgesUpdated: [],
  };
  for (const group of nodeGroups) {
    const keys = [...new Set(group.keys)];
    const res = await tx.run(
      `UNWIND $keys AS k MATCH (n:${label(group.kind)} {key: k}) RETURN k, properties(n) AS p`,
      { keys },
    );
    const found = new Map<string, Props>();
    for (const r of res.records)
      found.set(r.get('k') as string, withoutKey(r.get('p') as Record<string, unknown>));
    for (const key of keys) {
      const before = found.get(key);
      if (before) entry.nodesUpdated.push([group.kind, key, before]);
      else entry.nodesCreated.push([group.kind, key]);
    }
  }
  for (const group of edgeGroups) {
    const seen = new Set<string>();
    const rows = group.rows.filter((row) => {
      const id = `${row.from}\u0000${row.to}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    const res = await tx.run(
      `UNWIND $rows AS row
       MATCH (:${label(group.from)} {key: row.from})-[r:${relType(group.rel)}]->(:${label(group.to)} {key: row.to})
       RETURN row.from AS f, row.to AS t, properties(r) AS p`,
      { rows },
    );
    const found = new Map<string, Props>();
    for (const r of res.records)
      found.set(
        `${r.get('f') as string}\u0000${r.get('t') as string}`,
        toPlainProps(r.get('p') as Record<string, unknown>),
      );
    for (const row of rows) {
      const before = found.get(`${row.from}\u0000${row.to}`);
      if (before)
        entry.edgesUpdated.push([group.rel, group.from, row.from, group.to, row.to, before]);
      else entry.edgesCreated.push([group.rel, group.from, row.from, group.to, row.to]);
    }
  }
  return entry;
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
