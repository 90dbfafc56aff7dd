/**
 * Statements of bulk-session bookkeeping: an `AtlasImport` marker per session (state, owner,
 * heartbeat) and an `AtlasImportUndo` node per chunk holding its undo entry as JSON, plus the
 * statements that apply an undo entry. These labels are not node kinds, so stats, search, exports
 * and projections never see them.
 */
import neo4j from 'neo4j-driver';
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import { packUndo, type EdgeKey, type UndoEntry } from '../changes.ts';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';
import { keepPlan } from './upsert.ts';

export const importLabel = 'AtlasImport';
export const undoLabel = 'AtlasImportUndo';

export function beginMarker(id: string, owner: string): Statement {
  return {
    cypher: `CREATE (:${importLabel} {id: $id, owner: $owner, state: 'running', startedAt: toString(datetime()), heartbeat: timestamp(), chunks: 0})`,
    params: { id, owner },
  };
}

/** Stores a chunk's undo entry and beats the session's heartbeat, in the chunk's transaction. */
export function recordUndo(id: string, seq: number, entry: UndoEntry): Statement {
  // The entry is stored packed (changes.ts).
  return {
    cypher: `MATCH (m:${importLabel} {id: $id})
SET m.heartbeat = timestamp(), m.chunks = $seq
CREATE (:${undoLabel} {import: $id, seq: $seq, data: $data})`,
    params: { id, seq, data: packUndo(entry) },
  };
}

export const listMarkers: Statement = {
  cypher: `MATCH (m:${importLabel}) RETURN m.id AS id, m.state AS state, m.owner AS owner,
  m.startedAt AS startedAt, timestamp() - m.heartbeat AS idle`,
  params: {},
};

export function lastUndo(id: string): Statement {
  return {
    cypher: `MATCH (u:${undoLabel} {import: $id}) RETURN u.seq AS seq, u.data AS data ORDER BY seq DESC LIMIT 1`,
    params: { id },
  };
}

export function deleteUndo(id: string, seq: number): Statement {
  return {
    cypher: `MATCH (u:${undoLabel} {import: $id, seq: $seq}) DELETE u`,
    params: { id, seq },
  };
}

/** Deletes up to `batch` undo entries of a committed session; returns how many as `c`. */
export function forgetUndo(id: string, batch: number): Statement {
  return {
    cypher: `MATCH (u:${undoLabel} {import: $id}) WITH u LIMIT $limit DELETE u RETURN count(*) AS c`,
    params: { id, limit: neo4j.int(batch) },
  };
}

export function deleteMarker(id: string): Statement {
  return { cypher: `MATCH (m:${importLabel} {id: $id}) DELETE m`, params: { id } };
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

const edgeShape = (e: EdgeKey | [...EdgeKey, Props]) => `${e[0]}|${e[1]}|${e[3]}`;

function edgeMatch(rel: RelType, from: NodeKind, to: NodeKind): string {
  return `MATCH (:${label(from)} {key: row.from})-[r:${relType(rel)}]->(:${label(to)} {key: row.to})`;
}

/**
 * The statements that undo one chunk: its relationships first, then its nodes (the reverse of how
 * it wrote them), one statement per kind or relationship shape.
 */
export function undoStatements(entry: UndoEntry): Statement[] {
  const out: Statement[] = [];
  for (const rows of groupRows(entry.edgesCreated, edgeShape)) {
    const [rel, from, , to] = rows[0]!;
    out.push({
      cypher: `${keepPlan}UNWIND $batch.rows AS row ${edgeMatch(rel, from, to)} DELETE r`,
      params: { batch: { rows: rows.map((e) => ({ from: e[2], to: e[4] })) } },
    });
  }
  for (const rows of groupRows(entry.edgesUpdated, edgeShape)) {
    const [rel, from, , to] = rows[0]!;
    out.push({
      cypher: `${keepPlan}UNWIND $batch.rows AS row ${edgeMatch(rel, from, to)} SET r = row.props`,
      params: { batch: { rows: rows.map((e) => ({ from: e[2], to: e[4], props: e[5] })) } },
    });
  }
  for (const rows of groupRows(entry.nodesCreated, (n) => n[0]))
    out.push({
      cypher: `${keepPlan}UNWIND $batch.keys AS k MATCH (n:${label(rows[0]![0])} {key: k}) DETACH DELETE n`,
      params: { batch: { keys: rows.map((n) => n[1]) } },
    });
  for (const rows of groupRows(entry.nodesUpdated, (n) => n[0]))
    out.push({
      cypher: `${keepPlan}UNWIND $batch.rows AS row MATCH (n:${label(rows[0]![0])} {key: row.key}) SET n = row.props, n.key = row.key`,
      params: { batch: { rows: rows.map((n) => ({ key: n[1], props: n[2] })) } },
    });
  return out;
}
