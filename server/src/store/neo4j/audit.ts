/**
 * The Neo4j store's audit trail: one `AtlasChange` node per written node or relationship, created
 * in the write's own transaction (so it commits or rolls back with the change), numbered from an
 * `AtlasChangeLog` counter node whose update serialises concurrent writers. The write path reports
 * what changed with the properties before (changes.ts); this module reads the properties after,
 * and the relationships of nodes about to be removed, on the same transaction. Labels are outside
 * graph-schema's kinds, so no read, count or export of the graph sees them.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type {
  ChangeAction,
  ChangeRecord,
  NodeKind,
  NodeRef,
  Props,
  RelType,
} from '@chanjiao/graph-schema';
import type { AuditStamp, ChangeQuery, EdgeRow, WriteOp } from '../port.ts';
import type { ChangeSet, EdgeKey } from './changes.ts';
import { changeLabel, changeLogLabel } from './audit-labels.ts';
import { followPrivacy, privateOrg, type PrivacyMove } from './audit-privacy.ts';
import { run, type Executor } from './executor.ts';
import { label, relType } from './names.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

export { changeLabel, changeLogLabel };

export const auditSchemaStatements = [
  `CREATE CONSTRAINT atlas_change_seq IF NOT EXISTS FOR (c:${changeLabel}) REQUIRE c.seq IS UNIQUE`,
  `CREATE INDEX atlas_change_node IF NOT EXISTS FOR (c:${changeLabel}) ON (c.kind, c.key)`,
  `CREATE INDEX atlas_change_end IF NOT EXISTS FOR (c:${changeLabel}) ON (c.toKind, c.toKey)`,
  `CREATE INDEX atlas_change_session IF NOT EXISTS FOR (c:${changeLabel}) ON (c.session)`,
];

/**
 * A bulk session's changes are written with its chunks, marked with the session, and hidden from
 * the feed until the commit publishes them — renumbered after every change so far, so a reader
 * following `since` misses none — in the commit's transaction; a rollback deletes them.
 */
export function publishChanges(session: string) {
  return {
    cypher: `MATCH (c:${changeLabel} {session: $session}) WITH c ORDER BY c.seq
WITH collect(c) AS cs
MERGE (log:${changeLogLabel} {id: 'log'}) ON CREATE SET log.seq = 0
WITH cs, log, log.seq AS first
SET log.seq = first + size(cs)
WITH cs, first UNWIND range(0, size(cs) - 1) AS i
WITH cs[i] AS c, first + i + 1 AS seq
SET c.seq = seq REMOVE c.session`,
    params: { session },
  };
}

export function dropChanges(session: string) {
  return {
    cypher: `MATCH (c:${changeLabel} {session: $session}) DELETE c`,
    params: { session },
  };
}

const byKind = <T extends { kind: NodeKind }>(items: T[]) => {
  const groups = new Map<NodeKind, T[]>();
  for (const item of items) {
    const list = groups.get(item.kind) ?? [];
    list.push(item);
    groups.set(item.kind, list);
  }
  return groups;
};

/** The relationships of the nodes a batch removes, read before it removes them. */
export async function relationshipsOfRemoved(
  tx: ManagedTransaction,
  ops: readonly WriteOp[],
): Promise<Map<string, EdgeRow[]>> {
  const refs = ops.flatMap((op) => (op.op === 'removeNode' ? [op.ref] : []));
  const out = new Map<string, EdgeRow[]>();
  for (const [kind, list] of byKind(refs)) {
    const res = await run(tx, {
      cypher: `MATCH (n:${label(kind)}) WHERE n.key IN $keys
MATCH (n)-[r]-()
WITH DISTINCT n, r
WITH n, r, startNode(r) AS a, endNode(r) AS b
RETURN n.key AS owner, type(r) AS rel, labels(a)[0] AS fk, a.key AS fkey, labels(b)[0] AS tk, b.key AS tkey, properties(r) AS p`,
      params: { keys: list.map((r) => r.key) },
    });
    for (const rec of res.records) {
      const id = `${kind}:${rec.get('owner') as string}`;
      const rows = out.get(id) ?? [];
      rows.push({
        rel: rec.get('rel') as RelType,
        from: { kind: rec.get('fk') as NodeKind, key: rec.get('fkey') as string },
        to: { kind: rec.get('tk') as NodeKind, key: rec.get('tkey') as string },
        props: toPlainProps(rec.get('p') as Record<string, unknown>),
      });
      out.set(id, rows);
    }
  }
  for (const rows of out.values())
    rows.sort((x, y) =>
      `${x.rel}|${x.from.kind}:${x.from.key}|${x.to.kind}:${x.to.key}`.localeCompare(
        `${y.rel}|${y.from.kind}:${y.from.key}|${y.to.kind}:${y.to.key}`,
      ),
    );
  return out;
}

/** Nodes' current properties, by `Kind:key` (absent: no such node). */
async function nodesNow(tx: ManagedTransaction, refs: NodeRef[]): Promise<Map<string, Props>> {
  const out = new Map<string, Props>();
  for (const [kind, list] of byKind(refs)) {
    const res = await run(tx, {
      cypher: `MATCH (n:${label(kind)}) WHERE n.key IN $keys RETURN n.key AS key, properties(n) AS p`,
      params: { keys: [...new Set(list.map((r) => r.key))] },
    });
    for (const rec of res.records)
      out.set(
        `${kind}:${rec.get('key') as string}`,
        nodeProps(rec.get('p') as Record<string, unknown>),
      );
  }
  return out;
}

const edgeKeyId = ([rel, fk, fkey, tk, tkey]: EdgeKey) => `${rel}|${fk}:${fkey}|${tk}:${tkey}`;

/** Relationships' current properties, by edgeKeyId. */
async function edgesNow(tx: ManagedTransaction, keys: EdgeKey[]): Promise<Map<string, Props>> {
  const groups = new Map<string, EdgeKey[]>();
  for (const key of keys) {
    const shape = `${key[0]}|${key[1]}|${key[3]}`;
    groups.set(shape, [...(groups.get(shape) ?? []), key]);
  }
  const out = new Map<string, Props>();
  for (const list of groups.values()) {
    const [rel, fk, , tk] = list[0]!;
    const res = await run(tx, {
      cypher: `UNWIND $rows AS row
MATCH (a:${label(fk)} {key: row[0]})-[r:${relType(rel)}]->(b:${label(tk)} {key: row[1]})
RETURN row AS row, properties(r) AS p`,
      params: { rows: list.map((k) => [k[2], k[4]]) },
    });
    for (const rec of res.records) {
      const [fkey, tkey] = rec.get('row') as [string, string];
      out.set(
        edgeKeyId([rel, fk, fkey, tk, tkey]),
        toPlainProps(rec.get('p') as Record<string, unknown>),
      );
    }
  }
  return out;
}

interface Row {
  action: ChangeAction;
  kind: string;
  key: string;
  rel: string | null;
  toKind: string | null;
  toKey: string | null;
  before: string | null;
  after: string | null;
  relationships: string | null;
  privateOrg: string | null;
}

const json = (props: Props | null | undefined) => (props ? JSON.stringify(props) : null);

/** Records what a transaction changed, on that transaction. */
export async function recordChanges(
  tx: ManagedTransaction,
  changes: ChangeSet,
  stamp: AuditStamp,
  removedRelationships: ReadonlyMap<string, EdgeRow[]>,
  /** A bulk session's id: the changes wait for its commit (publishChanges). */
  session: string | null = null,
): Promise<void> {
  const touched: NodeRef[] = [
    ...changes.nodesCreated.map(([kind, key]) => ({ kind, key })),
    ...changes.nodesUpdated.map(([kind, key]) => ({ kind, key })),
  ];
  const edgeKeys: EdgeKey[] = [
    ...changes.edgesCreated,
    ...changes.edgesUpdated.map((e) => e.slice(0, 5) as EdgeKey),
    ...changes.edgesRemoved.map((e) => e.slice(0, 5) as EdgeKey),
  ];
  const ends = edgeKeys.flatMap(([, fk, fkey, tk, tkey]) => [
    { kind: fk, key: fkey },
    { kind: tk, key: tkey },
  ]);
  const nodes = await nodesNow(tx, [...touched, ...ends]);
  const edges = await edgesNow(tx, [
    ...changes.edgesCreated,
    ...changes.edgesUpdated.map((e) => e.slice(0, 5) as EdgeKey),
  ]);
  const rows: Row[] = [];
  const node = (
    action: ChangeAction,
    kind: NodeKind,
    key: string,
    before: Props | null,
    after: Props | null,
    rels?: EdgeRow[],
  ) =>
    rows.push({
      action,
      kind,
      key,
      rel: null,
      toKind: null,
      toKey: null,
      before: json(before),
      after: json(after),
      relationships: rels ? JSON.stringify(rels) : null,
      privateOrg: privateOrg(before, after),
    });
  const edge = (action: ChangeAction, k: EdgeKey, before: Props | null, after: Props | null) =>
    rows.push({
      action,
      kind: k[1],
      key: k[2],
      rel: k[0],
      toKind: k[3],
      toKey: k[4],
      before: json(before),
      after: json(after),
      relationships: null,
      privateOrg: privateOrg(nodes.get(`${k[1]}:${k[2]}`), nodes.get(`${k[3]}:${k[4]}`)),
    });
  for (const [kind, key] of changes.nodesCreated)
    node('create', kind, key, null, nodes.get(`${kind}:${key}`) ?? {});
  // A node that stays but changes privacy takes its history along (audit-privacy.ts).
  const moves: PrivacyMove[] = [];
  for (const [kind, key, before] of changes.nodesUpdated) {
    const after = nodes.get(`${kind}:${key}`) ?? {};
    node('update', kind, key, before, after);
    const org = privateOrg(after);
    if (org !== privateOrg(before)) moves.push({ kind, key, org });
  }
  for (const [kind, key, before] of changes.nodesRemoved)
    node('remove', kind, key, before, null, removedRelationships.get(`${kind}:${key}`) ?? []);
  for (const k of changes.edgesCreated) edge('create', k, null, edges.get(edgeKeyId(k)) ?? {});
  for (const e of changes.edgesUpdated)
    edge(
      'update',
      e.slice(0, 5) as EdgeKey,
      e[5],
      edges.get(edgeKeyId(e.slice(0, 5) as EdgeKey)) ?? {},
    );
  for (const e of changes.edgesRemoved) edge('remove', e.slice(0, 5) as EdgeKey, e[5], null);
  if (rows.length === 0) return;
  await run(tx, {
    cypher: `MERGE (log:${changeLogLabel} {id: 'log'}) ON CREATE SET log.seq = 0
SET log.seq = log.seq + size($rows)
WITH log.seq - size($rows) AS first
UNWIND range(0, size($rows) - 1) AS i
WITH first, i, $rows[i] AS r
CREATE (:${changeLabel} {seq: first + i + 1, at: $at, by: $by, requestId: $requestId, action: r.action,
  kind: r.kind, key: r.key, rel: r.rel, toKind: r.toKind, toKey: r.toKey, before: r.before,
  after: r.after, relationships: r.relationships, privateOrg: r.privateOrg, session: $session})`,
    params: { rows, at: stamp.at, by: stamp.by, requestId: stamp.requestId, session },
  });
  await followPrivacy(tx, moves);
}

const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Props) : null);

/** The changes a query asks for, oldest first. */
export async function listChanges(exec: Executor, query: ChangeQuery): Promise<ChangeRecord[]> {
  const where = ['c.seq > $since', 'c.session IS NULL'];
  if (query.sinceTime !== undefined) where.push('c.at >= $sinceTime');
  if (query.node)
    where.push('((c.kind = $kind AND c.key = $key) OR (c.toKind = $kind AND c.toKey = $key))');
  if (query.privateOf) where.push('(c.privateOrg IS NULL OR c.privateOrg IN $privateOf)');
  return exec.read('changes', async (tx) => {
    const res = await run(tx, {
      cypher: `MATCH (c:${changeLabel}) WHERE ${where.join(' AND ')}
RETURN properties(c) AS c ORDER BY c.seq LIMIT $limit`,
      params: {
        since: neo4j.int(query.since),
        limit: neo4j.int(query.limit),
        sinceTime: query.sinceTime ?? null,
        kind: query.node?.kind ?? null,
        key: query.node?.key ?? null,
        privateOf: query.privateOf ? [...query.privateOf] : null,
      },
    });
    return res.records.map((rec) => {
      const c = rec.get('c') as Record<string, unknown>;
      const from = { kind: c.kind as NodeKind, key: c.key as string };
      const record: ChangeRecord = {
        seq: toNumber(c.seq),
        at: c.at as string,
        by: c.by as string,
        requestId: (c.requestId as string | undefined) ?? null,
        action: c.action as ChangeAction,
        ...(typeof c.rel === 'string'
          ? {
              edge: {
                rel: c.rel as RelType,
                from,
                to: { kind: c.toKind as NodeKind, key: c.toKey as string },
              },
            }
          : { node: from }),
        before: parse(c.before),
        after: parse(c.after),
      };
      if (typeof c.relationships === 'string')
        record.relationships = JSON.parse(c.relationships) as EdgeRow[];
      return record;
    });
  });
}
