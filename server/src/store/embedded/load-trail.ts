/**
 * The change records of a load — rows that went into an empty store without the write path
 * (load-rows.ts) — kept as one row of `loads` instead of one `changes` row per record. The records
 * are what they were when every record had its own row: one creation per node and then per
 * relationship, in row order, with the stored properties as `after`. A load reserves their change
 * numbers (`seq`) in one run, so node row r is change `seq_first + r − node_first` and relationship
 * row r follows the load's nodes the same way; the feed reads them from the rows themselves.
 *
 * A row read that way must still be the row as loaded. So before the write path updates or removes
 * a loaded row (audited or not), it writes that row's creation into `changes` under its reserved
 * number ("materialises" it); the feed leaves out reserved numbers that `changes` holds. An
 * untouched loaded row exists, so its privacy is read from it, or for a relationship from its ends
 * now — what re-marking (audit.ts) would have set on a row of its own.
 *
 * At 200,000 nodes (1.26M records) the per-record rows were 307 MB of table and 117 MB of indexes
 * out of a 658 MB file, and a third of the import's time.
 */
import type Database from 'better-sqlite3';
import type { AuditContext, ChangeRow } from './audit.ts';
import { changeColumns } from './change-buffer.ts';

export const loadsTable = `
CREATE TABLE IF NOT EXISTS loads (
  seq_first INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  request_id TEXT,
  node_first INTEGER NOT NULL,
  node_last INTEGER NOT NULL,
  edge_first INTEGER NOT NULL,
  edge_last INTEGER NOT NULL
);
`;

/** A record's privacy from its stored properties text, in SQL (as audit.ts `privateOrgOfProps`). */
export const privateOrgSql = (props: string) =>
  `CASE WHEN instr(${props}, '"visibility"') > 0 AND json_extract(${props}, '$.visibility') = 'private'
   THEN CASE WHEN json_type(${props}, '$.org') = 'text' THEN json_extract(${props}, '$.org') ELSE '' END END`;

/** A relationship's privacy from its ends' stored properties: that of its first private end. */
const edgePrivacySql = `coalesce(${privateOrgSql('a.props')}, ${privateOrgSql('b.props')})`;

/** The change number of node row `@row` (edge row), from the latest load whose rows include it. */
const nodeEntry = `SELECT seq_first + (@row - node_first) FROM loads
  WHERE @row BETWEEN node_first AND node_last ORDER BY seq_first DESC LIMIT 1`;
const edgeEntry = `SELECT seq_first + (node_last - node_first + 1) + (@row - edge_first) FROM loads
  WHERE @row BETWEEN edge_first AND edge_last ORDER BY seq_first DESC LIMIT 1`;
/** The load a change number belongs to. */
const loadOf = `(SELECT max(seq_first) FROM loads WHERE seq_first <= @seq)`;

export function prepareLoadTrail(db: Database.Database) {
  return {
    nodeEntry: db.prepare(nodeEntry).pluck(),
    edgeEntry: db.prepare(edgeEntry).pluck(),
    recorded: db.prepare('SELECT EXISTS (SELECT 1 FROM changes WHERE seq = ?)').pluck(),
    writeNode: db.prepare(
      `INSERT INTO changes (seq, ${changeColumns})
       SELECT @seq, l.at, l.by, l.request_id, 'create', n.kind, n.key, NULL, NULL, NULL, NULL,
              n.props, NULL, ${privateOrgSql('n.props')}
       FROM loads l, nodes n WHERE l.seq_first = ${loadOf} AND n.id = @row`,
    ),
    writeEdge: db.prepare(
      `INSERT INTO changes (seq, ${changeColumns})
       SELECT @seq, l.at, l.by, l.request_id, 'create', a.kind, a.key, e.rel, b.kind, b.key, NULL,
              e.props, NULL, ${edgePrivacySql}
       FROM loads l, edges e JOIN nodes a ON a.id = e.src JOIN nodes b ON b.id = e.dst
       WHERE l.seq_first = ${loadOf} AND e.id = @row`,
    ),
  };
}

export type LoadTrail = ReturnType<typeof prepareLoadTrail>;

/**
 * Writes the creation of a loaded row into `changes` before the write path touches the row, unless
 * it is there already (or the row is not a loaded one).
 */
export function materialise(trail: LoadTrail, what: 'node' | 'edge', row: number): void {
  const seq = (what === 'node' ? trail.nodeEntry : trail.edgeEntry).get({ row }) as
    number | undefined;
  if (seq === undefined || trail.recorded.get(seq) === 1) return;
  (what === 'node' ? trail.writeNode : trail.writeEdge).run({ seq, row });
}

/**
 * Records a load: the rows after `base` up to `last` (row ids), under change numbers reserved now
 * after every change so far.
 */
export function recordLoad(
  db: Database.Database,
  audit: AuditContext,
  base: { node: number; edge: number },
  last: { node: number; edge: number },
): void {
  audit.buffer?.flush();
  const count = last.node - base.node + (last.edge - base.edge);
  if (count === 0) return;
  const reserved = db
    .prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0),
                  coalesce((SELECT max(seq) FROM changes), 0))`,
    )
    .pluck()
    .get() as number;
  const { at, by, requestId } = audit.stamp;
  db.prepare('INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    reserved + 1,
    at,
    by,
    requestId,
    base.node + 1,
    last.node,
    base.edge + 1,
    last.edge,
  );
  // AUTOINCREMENT numbers the next change after the larger of this and the table's largest.
  const moved = db
    .prepare(`UPDATE sqlite_sequence SET seq = ? WHERE name = 'changes'`)
    .run(reserved + count);
  if (moved.changes === 0)
    db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('changes', ?)`).run(
      reserved + count,
    );
}

interface Load {
  seq_first: number;
  at: string;
  by: string;
  request_id: string | null;
  node_first: number;
  node_last: number;
  edge_first: number;
  edge_last: number;
}

export interface LoadedChangesQuery {
  since: number;
  sinceTime?: string;
  limit: number;
  node?: { kind: string; key: string };
  privateOf?: readonly string[];
}

/**
 * The load records a feed query asks for that `changes` does not hold, at most `limit` of them
 * from each load's nodes and relationships, in change number order within each part.
 */
export function loadedChanges(reader: Database.Database, query: LoadedChangesQuery): ChangeRow[] {
  const loads = reader
    .prepare('SELECT * FROM loads ORDER BY seq_first')
    .all()
    .filter((l) => {
      const load = l as Load;
      const entries = load.node_last - load.node_first + 1 + (load.edge_last - load.edge_first + 1);
      return (
        load.seq_first + entries - 1 > query.since &&
        (query.sinceTime === undefined || load.at >= query.sinceTime)
      );
    }) as Load[];
  if (loads.length === 0) return [];
  const node =
    query.node &&
    (reader
      .prepare('SELECT id FROM nodes WHERE kind = ? AND key = ?')
      .pluck()
      .get(query.node.kind, query.node.key) as number | undefined);
  // A node that is not there now has no loaded row left (removing it materialised them all).
  if (query.node && node === undefined) return [];
  const privateOf = (privacy: string) =>
    query.privateOf
      ? `AND (${privacy} IS NULL OR ${privacy} IN (SELECT value FROM json_each(@orgs)))`
      : '';
  const nodesPart = reader.prepare(
    `SELECT @seqFirst + (n.id - @first) AS seq, n.kind, n.key, n.props,
            ${privateOrgSql('n.props')} AS private_org
     FROM nodes n WHERE n.id BETWEEN @lo AND @hi ${node === undefined ? '' : 'AND n.id = @node'}
       AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.seq = @seqFirst + (n.id - @first))
       ${privateOf(privateOrgSql('n.props'))}
     ORDER BY n.id LIMIT @limit`,
  );
  const edgesPart = reader.prepare(
    `SELECT @seqFirst + (e.id - @first) AS seq, a.kind, a.key, e.rel, b.kind AS to_kind,
            b.key AS to_key, e.props, ${edgePrivacySql} AS private_org
     FROM edges e JOIN nodes a ON a.id = e.src JOIN nodes b ON b.id = e.dst
     WHERE e.id BETWEEN @lo AND @hi ${node === undefined ? '' : 'AND (e.src = @node OR e.dst = @node)'}
       AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.seq = @seqFirst + (e.id - @first))
       ${privateOf(edgePrivacySql)}
     ORDER BY e.id LIMIT @limit`,
  );
  const rows: ChangeRow[] = [];
  for (const load of loads) {
    const stamp = { at: load.at, by: load.by, request_id: load.request_id, action: 'create' };
    const parts = [
      { first: load.node_first, last: load.node_last, seqFirst: load.seq_first, part: nodesPart },
      {
        first: load.edge_first,
        last: load.edge_last,
        seqFirst: load.seq_first + (load.node_last - load.node_first + 1),
        part: edgesPart,
      },
    ];
    for (const { first, last, seqFirst, part } of parts) {
      if (last < first) continue;
      const lo = Math.max(first, first + (query.since - seqFirst) + 1);
      if (lo > last) continue;
      const found = part.all({
        seqFirst,
        first,
        lo,
        hi: last,
        limit: query.limit,
        ...(node !== undefined && { node }),
        ...(query.privateOf && { orgs: JSON.stringify(query.privateOf) }),
      }) as Record<string, unknown>[];
      for (const r of found)
        rows.push({
          seq: r.seq,
          ...stamp,
          kind: r.kind,
          key: r.key,
          rel: r.rel ?? null,
          to_kind: r.to_kind ?? null,
          to_key: r.to_key ?? null,
          before: null,
          after: r.props,
          relationships: null,
        } as ChangeRow);
    }
  }
  return rows;
}
