/**
 * The embedded store's audit trail: the `changes` table, written by the one write path
 * (upsert.ts) inside the write's own SQLite transaction — so a change and its record commit or
 * roll back together — and read back as the change feed and a node's history. One row per written
 * node or relationship: who, when, which request, the properties before and after, and for a
 * removed node the relationships that went with it (what a restore needs). `private_org` keeps
 * whose private record a change touched, so the feed can leave it out for other readers without
 * looking at records that may no longer exist. It follows the record's current privacy: a write
 * that makes a record private, moves it to another organisation or makes it public re-marks the
 * record's earlier changes (and those of its relationships) in the same transaction. A load into
 * an empty store keeps its records as one row of `loads` instead (load-trail.ts); the feed reads
 * them with the rest.
 */
import type Database from 'better-sqlite3';
import type { ChangeAction, ChangeRecord, NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { AuditStamp, ChangeQuery, EdgeRow } from '../port.ts';
import { prepareChangeInsert, type ChangeBuffer } from './change-buffer.ts';
import { loadedChanges } from './load-trail.ts';

export const changesTable = `
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  request_id TEXT,
  action TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  rel TEXT,
  to_kind TEXT,
  to_key TEXT,
  before TEXT,
  after TEXT,
  relationships TEXT,
  private_org TEXT
);
`;

/** The change feed's indexes; a load into an empty store builds them once at commit (bulk.ts). */
export const changeIndexes = `
CREATE INDEX IF NOT EXISTS changes_by_node ON changes (kind, key);
CREATE INDEX IF NOT EXISTS changes_by_end ON changes (to_kind, to_key) WHERE to_kind IS NOT NULL;
CREATE INDEX IF NOT EXISTS changes_by_time ON changes (at);
`;

export const dropChangeIndexes = `
DROP INDEX IF EXISTS changes_by_node;
DROP INDEX IF EXISTS changes_by_end;
DROP INDEX IF EXISTS changes_by_time;
`;

/** The first change of a node's current life: its last creation (0 when it predates the trail). */
const bornSince = `coalesce((SELECT max(seq) FROM changes
  WHERE kind = @kind AND key = @key AND rel IS NULL AND action = 'create'), 0)`;

/**
 * A node's privacy now: its organisation ('' for none) when private, null when public; for a
 * node that no longer exists, the privacy its last change carries.
 */
const privacyNow = (kind: string, key: string) => `(CASE
  WHEN EXISTS (SELECT 1 FROM nodes n WHERE n.kind = ${kind} AND n.key = ${key})
  THEN (SELECT CASE WHEN n.props ->> '$.visibility' = 'private' THEN coalesce(n.props ->> '$.org', '') END
        FROM nodes n WHERE n.kind = ${kind} AND n.key = ${key})
  ELSE (SELECT c.private_org FROM changes c WHERE c.kind = ${kind} AND c.key = ${key} AND c.rel IS NULL
        ORDER BY c.seq DESC LIMIT 1)
END)`;

export function prepareAudit(db: Database.Database) {
  return {
    /** One change row, or `rowsPerStatement` of them (change-buffer.ts). */
    insert: prepareChangeInsert(db),
    /** The organisation of a private node by row id ('' for none); undefined when public. */
    privateOrg: db
      .prepare(
        `SELECT coalesce(props ->> '$.org', '') FROM nodes WHERE id = ? AND props ->> '$.visibility' = 'private'`,
      )
      .pluck(),
    /**
     * Re-marks a node's changes since its last creation (an earlier record under the same key,
     * removed since, keeps its own marks) with the privacy it has now.
     */
    remarkNode: db.prepare(
      `UPDATE changes SET private_org = @org
       WHERE kind = @kind AND key = @key AND rel IS NULL AND seq >= ${bornSince}`,
    ),
    /** The same for its relationships' changes: private when one of the ends is now. */
    remarkEdges: db.prepare(
      `UPDATE changes SET private_org = coalesce(${privacyNow('changes.kind', 'changes.key')},
         ${privacyNow('changes.to_kind', 'changes.to_key')})
       WHERE rel IS NOT NULL AND seq >= ${bornSince}
         AND ((kind = @kind AND key = @key) OR (to_kind = @kind AND to_key = @key))`,
    ),
    /** Whether the trail holds any change. */
    anyChange: db
      .prepare('SELECT EXISTS (SELECT 1 FROM changes) OR EXISTS (SELECT 1 FROM loads)')
      .pluck(),
    edgeWithEnds: db
      .prepare(
        `SELECT e.rel, a.kind, a.key, b.kind, b.key, e.props FROM edges e
         JOIN nodes a ON a.id = e.src JOIN nodes b ON b.id = e.dst WHERE e.id = ?`,
      )
      .raw(),
  };
}

export type AuditStatements = ReturnType<typeof prepareAudit>;

/** What the write path needs to record changes: the statements and who writes. */
export interface AuditContext {
  st: AuditStatements;
  stamp: AuditStamp;
  /** A bulk session's changes wait here to be inserted many at a time (change-buffer.ts). */
  buffer?: ChangeBuffer;
}

/**
 * A node's privacy for a change record: its organisation ('' for none) when private, null when
 * public. Only text that may be private is parsed (most is not).
 */
export function privateOrgOfJson(json: string): string | null {
  return json.includes('"visibility"') ? privateOrgOfProps(JSON.parse(json) as Props) : null;
}

/** What the writer knows of a relationship's ends' privacy (see upsert.ts); undefined: read it. */
export type EndsPrivacy = [string | null | undefined, string | null | undefined];

function privateOrgOfProps(...props: (Props | null)[]): string | null {
  for (const p of props)
    if (p && p.visibility === 'private') return typeof p.org === 'string' ? p.org : '';
  return null;
}

function insert(
  audit: AuditContext,
  row: {
    action: ChangeAction;
    kind: string;
    key: string;
    rel?: string;
    toKind?: string;
    toKey?: string;
    before: string | null;
    after: string | null;
    relationships?: string;
    privateOrg: string | null;
  },
): void {
  const { by, at, requestId } = audit.stamp;
  const values = [
    at,
    by,
    requestId,
    row.action,
    row.kind,
    row.key,
    row.rel ?? null,
    row.toKind ?? null,
    row.toKey ?? null,
    row.before,
    row.after,
    row.relationships ?? null,
    row.privateOrg,
  ];
  if (audit.buffer) audit.buffer.add(values);
  else audit.st.insert.one.run(values);
}

export function recordNode(
  audit: AuditContext,
  node: { kind: string; key: string },
  before: string | null,
  after: string | null,
  relationships?: EdgeRow[],
): void {
  // Only a record that may be private is parsed (most are not).
  const parse = (json: string | null) =>
    json === null || !json.includes('"visibility"') ? null : (JSON.parse(json) as Props);
  const was = parse(before);
  const is = parse(after);
  insert(audit, {
    action: before === null ? 'create' : after === null ? 'remove' : 'update',
    kind: node.kind,
    key: node.key,
    before,
    after,
    ...(relationships && { relationships: JSON.stringify(relationships) }),
    privateOrg: privateOrgOfProps(was, is),
  });
  // A record that stays but changes privacy takes its history along. (A creation does not: the
  // changes of an earlier record under the same key keep the privacy that record had.)
  if (before !== null && after !== null) {
    const org = privateOrgOfProps(is);
    if (org !== privateOrgOfProps(was)) {
      audit.buffer?.flush();
      const params = { kind: node.kind, key: node.key };
      audit.st.remarkNode.run({ ...params, org });
      audit.st.remarkEdges.run(params);
    }
  }
}

export function recordEdge(
  audit: AuditContext,
  edge: { rel: string; from: { kind: string; key: string }; to: { kind: string; key: string } },
  ends: [number, number],
  before: string | null,
  after: string | null,
  known: EndsPrivacy = [undefined, undefined],
): void {
  const privacy = (end: 0 | 1): string | undefined => {
    const org = known[end];
    if (org === undefined) return audit.st.privateOrg.get(ends[end]) as string | undefined;
    return org ?? undefined;
  };
  insert(audit, {
    action: before === null ? 'create' : after === null ? 'remove' : 'update',
    kind: edge.from.kind,
    key: edge.from.key,
    rel: edge.rel,
    toKind: edge.to.kind,
    toKey: edge.to.key,
    before,
    after,
    privateOrg: privacy(0) ?? privacy(1) ?? null,
  });
}

/** A stored relationship with its ends' kinds and keys (for a removed node's record). */
export function edgeRowById(st: AuditStatements, id: number): EdgeRow {
  const [rel, fromKind, fromKey, toKind, toKey, props] = st.edgeWithEnds.get(id) as [
    RelType,
    NodeKind,
    string,
    NodeKind,
    string,
    string,
  ];
  return {
    rel,
    from: { kind: fromKind, key: fromKey },
    to: { kind: toKind, key: toKey },
    props: JSON.parse(props) as Props,
  };
}

export interface ChangeRow {
  seq: number;
  at: string;
  by: string;
  request_id: string | null;
  action: ChangeAction;
  kind: NodeKind;
  key: string;
  rel: RelType | null;
  to_kind: NodeKind | null;
  to_key: string | null;
  before: string | null;
  after: string | null;
  relationships: string | null;
}

function toRecord(row: ChangeRow): ChangeRecord {
  const from = { kind: row.kind, key: row.key };
  const record: ChangeRecord = {
    seq: row.seq,
    at: row.at,
    by: row.by,
    requestId: row.request_id,
    action: row.action,
    ...(row.rel === null
      ? { node: from }
      : { edge: { rel: row.rel, from, to: { kind: row.to_kind!, key: row.to_key! } } }),
    before: row.before === null ? null : (JSON.parse(row.before) as Props),
    after: row.after === null ? null : (JSON.parse(row.after) as Props),
  };
  if (row.relationships !== null) record.relationships = JSON.parse(row.relationships) as EdgeRow[];
  return record;
}

/** The changes a query asks for, oldest first; on the reader connection (committed data only). */
export function listChanges(reader: Database.Database, query: ChangeQuery): ChangeRecord[] {
  const where = ['seq > @since'];
  const params: Record<string, unknown> = { since: query.since, limit: query.limit };
  if (query.sinceTime !== undefined) {
    where.push('at >= @sinceTime');
    params.sinceTime = query.sinceTime;
  }
  if (query.node) {
    where.push(
      '((kind = @kind AND key = @key) OR (to_kind = @kind AND to_key = @key AND to_kind IS NOT NULL))',
    );
    params.kind = query.node.kind;
    params.key = query.node.key;
  }
  if (query.privateOf) {
    where.push('(private_org IS NULL OR private_org IN (SELECT value FROM json_each(@orgs)))');
    params.orgs = JSON.stringify(query.privateOf);
  }
  const rows = reader
    .prepare(`SELECT * FROM changes WHERE ${where.join(' AND ')} ORDER BY seq LIMIT @limit`)
    .all(params) as ChangeRow[];
  // A load's records are read from its rows (load-trail.ts), at most `limit` from each part.
  const loaded = loadedChanges(reader, query);
  if (loaded.length > 0) {
    rows.push(...loaded);
    rows.sort((a, b) => a.seq - b.seq);
    rows.length = Math.min(rows.length, query.limit);
  }
  return rows.map(toRecord);
}
