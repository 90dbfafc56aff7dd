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
import { compareEdgeRows } from '../order.ts';
import type { ChangeSet, EdgeKey } from './changes.ts';
import { changeLabel, changeLogLabel } from './audit-labels.ts';
import { followPrivacy, privateOrg, type PrivacyMove } from './audit-privacy.ts';
import { importLabel } from './cypher/bulk.ts';
import { run, type Executor, type Statement } from './executor.ts';
import { label, relType, storedName } from './names.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

export { changeLabel, changeLogLabel };

export const auditSchemaStatements = [
  `CREATE CONSTRAINT atlas_change_seq IF NOT EXISTS FOR (c:${changeLabel}) REQUIRE c.seq IS UNIQUE`,
  `CREATE INDEX atlas_change_node IF NOT EXISTS FOR (c:${changeLabel}) ON (c.kind, c.key)`,
  `CREATE INDEX atlas_change_end IF NOT EXISTS FOR (c:${changeLabel}) ON (c.toKind, c.toKey)`,
  `CREATE INDEX atlas_change_session IF NOT EXISTS FOR (c:${changeLabel}) ON (c.session)`,
];

/**
 * A bulk session's changes are written with its chunks, marked with the session and numbered
 * within it (`sessionSeq`), without a place in the trail; the feed leaves them out while the
 * session runs and a rollback deletes them. Publishing them scales with nothing: the commit's one
 * small transaction marks the session committed and reserves the next `count` numbers of the log
 * for it (`publishedFrom` on the session's marker), and from then on readers number each of its
 * changes `publishedFrom + sessionSeq` (listChanges). finishChanges then writes those numbers onto
 * the changes and drops the session mark, a bounded batch per transaction — what a reader sees is
 * the same before, between and after the batches — and a restart resumes it (BulkSessions.recover).
 */
export function reserveChanges(session: string, count: number): Statement {
  return {
    cypher: `MATCH (m:${importLabel} {id: $session})
MERGE (log:${changeLogLabel} {id: 'log'}) ON CREATE SET log.seq = 0
WITH m, log, log.seq AS first
SET log.seq = first + $count, m.publishedFrom = first, m.state = 'committed'`,
    params: { session, count: neo4j.int(count) },
  };
}

/** Numbers up to `batch` of a committed session's changes for good; returns how many as `c`. */
export function finishChanges(session: string, batch: number): Statement {
  return {
    cypher: `MATCH (m:${importLabel} {id: $session}) WHERE m.publishedFrom IS NOT NULL
MATCH (c:${changeLabel} {session: $session})
WITH m, c LIMIT $batch
SET c.seq = m.publishedFrom + c.sessionSeq
REMOVE c.session, c.sessionSeq
RETURN count(c) AS c`,
    params: { session, batch: neo4j.int(batch) },
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
      cypher: `MATCH (n:${storedName(kind)}) WHERE n.key IN $keys
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
  // In the port's order, as the embedded store lists them (a locale's collation is neither).
  for (const rows of out.values()) rows.sort(compareEdgeRows);
  return out;
}

/** Nodes' current properties, by `Kind:key` (absent: no such node). */
async function nodesNow(tx: ManagedTransaction, refs: NodeRef[]): Promise<Map<string, Props>> {
  const out = new Map<string, Props>();
  for (const [kind, list] of byKind(refs)) {
    const res = await run(tx, {
      cypher: `MATCH (n:${storedName(kind)}) WHERE n.key IN $keys RETURN n.key AS key, properties(n) AS p`,
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
  /**
   * A bulk session's id and how many changes it recorded so far: the changes wait for its
   * commit (reserveChanges).
   */
  session: { id: string; recorded: number } | null = null,
): Promise<number> {
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
  if (rows.length === 0) return 0;
  if (session)
    await run(tx, {
      cypher: `UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS r
CREATE (:${changeLabel} {session: $session, sessionSeq: $recorded + i + 1, at: $at, by: $by,
  requestId: $requestId, action: r.action, kind: r.kind, key: r.key, rel: r.rel, toKind: r.toKind,
  toKey: r.toKey, before: r.before, after: r.after, relationships: r.relationships,
  privateOrg: r.privateOrg})`,
      params: {
        rows,
        at: stamp.at,
        by: stamp.by,
        requestId: stamp.requestId,
        session: session.id,
        recorded: neo4j.int(session.recorded),
      },
    });
  else
    await run(tx, {
      cypher: `MERGE (log:${changeLogLabel} {id: 'log'}) ON CREATE SET log.seq = 0
SET log.seq = log.seq + size($rows)
WITH log.seq - size($rows) AS first
UNWIND range(0, size($rows) - 1) AS i
WITH first, i, $rows[i] AS r
CREATE (:${changeLabel} {seq: first + i + 1, at: $at, by: $by, requestId: $requestId, action: r.action,
  kind: r.kind, key: r.key, rel: r.rel, toKind: r.toKind, toKey: r.toKey, before: r.before,
  after: r.after, relationships: r.relationships, privateOrg: r.privateOrg})`,
      params: { rows, at: stamp.at, by: stamp.by, requestId: stamp.requestId },
    });
  await followPrivacy(tx, moves);
  return rows.length;
}

const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Props) : null);

/**
 * The changes a query asks for, oldest first: those numbered for good, and those of committed
 * sessions still being finished, numbered as finishChanges will number them. The second are read
 * first: a change a finishing batch moves between the two reads is then seen twice (and kept
 * once), never missed.
 */
export async function listChanges(exec: Executor, query: ChangeQuery): Promise<ChangeRecord[]> {
  const filters: string[] = [];
  if (query.sinceTime !== undefined) filters.push('c.at >= $sinceTime');
  if (query.node)
    filters.push('((c.kind = $kind AND c.key = $key) OR (c.toKind = $kind AND c.toKey = $key))');
  if (query.privateOf) filters.push('(c.privateOrg IS NULL OR c.privateOrg IN $privateOf)');
  const and = filters.map((f) => ` AND ${f}`).join('');
  const params = {
    since: neo4j.int(query.since),
    limit: neo4j.int(query.limit),
    sinceTime: query.sinceTime ?? null,
    kind: query.node?.kind ?? null,
    key: query.node?.key ?? null,
    privateOf: query.privateOf ? [...query.privateOf] : null,
  };
  return exec.read('changes', async (tx) => {
    const publishing = await run(tx, {
      cypher: `MATCH (m:${importLabel} {state: 'committed'}) WHERE m.publishedFrom IS NOT NULL
MATCH (c:${changeLabel} {session: m.id})
WITH c, m.publishedFrom + c.sessionSeq AS seq WHERE seq > $since${and}
RETURN elementId(c) AS id, properties(c) AS c, seq ORDER BY seq LIMIT $limit`,
      params,
    });
    const numbered = await run(tx, {
      cypher: `MATCH (c:${changeLabel}) WHERE c.seq > $since AND c.session IS NULL${and}
RETURN elementId(c) AS id, properties(c) AS c, c.seq AS seq ORDER BY seq LIMIT $limit`,
      params,
    });
    const byId = new Map<string, { c: Record<string, unknown>; seq: number }>();
    for (const rec of [...publishing.records, ...numbered.records])
      byId.set(rec.get('id') as string, {
        c: rec.get('c') as Record<string, unknown>,
        seq: toNumber(rec.get('seq')),
      });
    const rows = [...byId.values()].sort((a, b) => a.seq - b.seq).slice(0, query.limit);
    return rows.map(({ c, seq }) => {
      const from = { kind: c.kind as NodeKind, key: c.key as string };
      const record: ChangeRecord = {
        seq,
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
