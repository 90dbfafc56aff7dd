/**
 * Statements of the one write path: upserts and removals of one kind (or one relationship type
 * between two kinds) for a whole chunk of rows, `UNWIND $batch.rows`. Both the single-batch `write` and
 * bulk sessions run exactly these, so a server plans each shape once for both.
 *
 * An upsert comes in two strategies:
 * - `create`, for rows the caller knows are new: a plain CREATE, no lookup before it (the key's
 *   uniqueness constraint still rejects a duplicate node);
 * - `merge`, for rows that may exist: MERGE, returning the properties each existing node or
 *   relationship had before, which is what an undo entry (or an audit row) needs. A marker property
 *   set ON CREATE tells the two apart and is removed in the same statement.
 * Properties travel as one map per row, so a kind has one statement shape whatever its properties.
 */
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType, storedName } from '../names.ts';

export type UpsertStrategy = 'create' | 'merge';
export type UpsertMode = 'merge' | 'replace';

export interface NodeUpsertRow {
  key: string;
  props: Props;
}

export interface EdgeUpsertRow {
  from: string;
  to: string;
  props: Props;
}

export interface EdgeEnds {
  rel: RelType;
  from: NodeKind;
  to: NodeKind;
}

/** Set on a node or relationship that MERGE created, removed before the statement ends. */
const marker = '__atlasNew';

/**
 * Prefix of every write statement: these plans are key lookups whatever the data, so a cached plan
 * is kept even when the counts it was planned with are far off. Without it, an import into an
 * empty database replans every statement shape again and again as the counts grow.
 */
export const keepPlan = 'CYPHER replan=skip ';

/*
 * Lists travel inside a map (`$batch.rows`), never as a top-level parameter: Neo4j caches a plan
 * per size class of a top-level list (1, 2-10, 11-100, 101-1000, more), so groups of varying sizes
 * would plan every statement shape up to five times; nested in a map, one plan serves all sizes.
 */

/**
 * Creates nodes known to be new, of any kinds, in one statement: the label is a parameter of the
 * row (CREATE needs no index, so a dynamic label costs nothing), so an import plans one statement
 * for all its new nodes instead of one per kind.
 */
export function createNodes(rows: (NodeUpsertRow & { kind: NodeKind })[]): Statement {
  return {
    cypher: `${keepPlan}UNWIND $batch.rows AS row CREATE (n:$(row.kind)) SET n = row.props`,
    params: {
      batch: {
        rows: rows.map((row) => {
          label(row.kind); // a kind, or this throws
          return { kind: row.kind, props: { ...row.props, key: row.key } };
        }),
      },
    },
  };
}

/**
 * Upserts nodes of one kind that may exist: one record with `updated`, a list of [key, properties
 * before] for the nodes that already existed.
 */
export function mergeNodes(kind: NodeKind, mode: UpsertMode, rows: NodeUpsertRow[]): Statement {
  const n = label(kind);
  const set = mode === 'merge' ? 'SET n += row.props' : 'SET n = row.props, n.key = row.key';
  return {
    cypher: `${keepPlan}UNWIND $batch.rows AS row
MERGE (n:${n} {key: row.key}) ON CREATE SET n.${marker} = true
WITH n, row, n.${marker} IS NULL AS existed, properties(n) AS before
REMOVE n.${marker}
${set}
RETURN collect(CASE WHEN existed THEN [row.key, before] END) AS updated`,
    params: { batch: { rows } },
  };
}

/**
 * Upserts relationships of one type between two kinds; rows whose endpoints are not both found
 * write nothing, so `written` < rows means a missing endpoint (see missingEndpoint). `merge` also
 * returns `updated`: [from key, to key, properties before] for relationships that existed.
 */
export function upsertEdges(
  ends: EdgeEnds,
  mode: UpsertMode,
  strategy: UpsertStrategy,
  rows: EdgeUpsertRow[],
): Statement {
  const match = `MATCH (a:${label(ends.from)} {key: row.from})
MATCH (b:${label(ends.to)} {key: row.to})`;
  const r = relType(ends.rel);
  if (strategy === 'create')
    return {
      cypher: `${keepPlan}UNWIND $batch.rows AS row
${match}
CREATE (a)-[r:${r}]->(b) SET r = row.props
RETURN count(*) AS written`,
      params: { batch: { rows } },
    };
  const set = mode === 'merge' ? 'SET r += row.props' : 'SET r = row.props';
  return {
    cypher: `${keepPlan}UNWIND $batch.rows AS row
${match}
MERGE (a)-[r:${r}]->(b) ON CREATE SET r.${marker} = true
WITH r, row, r.${marker} IS NULL AS existed, properties(r) AS before
REMOVE r.${marker}
${set}
RETURN count(*) AS written, collect(CASE WHEN existed THEN [row.from, row.to, before] END) AS updated`,
    params: { batch: { rows } },
  };
}

/**
 * Finds the first row (by `i`) of an edge group whose endpoint is missing, and which end: run only
 * after an upsert wrote fewer relationships than it had rows.
 */
export function missingEndpoint(
  ends: EdgeEnds,
  rows: { i: number; from: string; to: string }[],
): Statement {
  return {
    cypher: `${keepPlan}UNWIND $batch.rows AS row
OPTIONAL MATCH (a:${label(ends.from)} {key: row.from})
OPTIONAL MATCH (b:${label(ends.to)} {key: row.to})
WITH row, a IS NULL AS noFrom, b IS NULL AS noTo
WHERE noFrom OR noTo
RETURN row.i AS i, noFrom ORDER BY i LIMIT 1`,
    params: { batch: { rows } },
  };
}

/**
 * Removes nodes of one kind with all their relationships — also of a kind the schema in force no
 * longer declares (`pnpm atlas schema check --prune`). Returns `removed`, `edges` (how many
 * relationships went with them) and `before`: [key, properties] of each removed node.
 */
export function removeNodes(kind: NodeKind, keys: string[]): Statement {
  return {
    cypher: `${keepPlan}UNWIND $batch.keys AS key
MATCH (n:${storedName(kind)} {key: key})
WITH n, key, properties(n) AS before,
     COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)-->(n) } AS degree
DETACH DELETE n
RETURN count(*) AS removed, sum(degree) AS edges, collect([key, before]) AS before`,
    params: { batch: { keys: [...new Set(keys)] } },
  };
}

/** Removes relationships of one type; returns `removed` and `before`: [from, to, properties]. */
export function removeEdges(ends: EdgeEnds, rows: { from: string; to: string }[]): Statement {
  const unique = new Map(rows.map((r) => [`${r.from}\u0000${r.to}`, r]));
  return {
    cypher: `${keepPlan}UNWIND $batch.rows AS row
MATCH (:${storedName(ends.from)} {key: row.from})-[r:${storedName(ends.rel)}]->(:${storedName(ends.to)} {key: row.to})
WITH r, row, properties(r) AS before
DELETE r
RETURN count(*) AS removed, collect([row.from, row.to, before]) AS before`,
    params: { batch: { rows: [...unique.values()].map(({ from, to }) => ({ from, to })) } },
  };
}
