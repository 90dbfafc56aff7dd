/**
 * The full export on Neo4j: every node by (kind, key), then every relationship by (type, from
 * kind, from key, to kind, to key), streamed page by page in constant memory (cypher/export.ts):
 * node pages by key range, relationship pages by their start nodes' key ranges, each page in its
 * own read transaction and never more than `pageSize` rows (unless one node has more relationships
 * of one type than that). Pages see the graph as each was read: run it while nothing writes for a
 * snapshot (see the consistency note of backup/logical.ts).
 *
 * Pages continue from the last key Neo4j returned, so keys follow Neo4j's string order, code
 * points, which is the port's order (order.ts); within a page the export sorts by the same rule,
 * so the whole stream is in one order.
 *
 * What the database holds under names the schema in force no longer declares — nodes of a kind or
 * relationships of a type a schema extension dropped — is exported too, in the same order among
 * the rest, as the embedded store exports it: `pnpm atlas schema check` reads the export to find
 * it. The names come from the database's own lists, its bookkeeping labels (the audit trail,
 * import sessions) left out.
 */
import {
  isNodeKind,
  isRelType,
  nodeKindNames,
  relTypeNames,
  type NodeKind,
  type RelType,
} from '@chanjiao/graph-schema';
import type { QueryResult } from 'neo4j-driver';
import type { EdgeRow, ExportItem } from '../port.ts';
import { compareStrings } from '../order.ts';
import { changeLabel, changeLogLabel } from './audit-labels.ts';
import { importLabel, undoLabel } from './cypher/bulk.ts';
import {
  edgePage,
  edgesOfPair,
  edgesOfStart,
  nodePage,
  pairCountColumns,
  pairCounts,
  storedNames,
} from './cypher/export.ts';
import type { Executor } from './executor.ts';
import { storedKindOf } from './names.ts';
import { refused } from './stats.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

export interface ExportOptions {
  /** Rows a page holds at most (default 5000). */
  pageSize?: number;
}

/** What the export needs of the executor (tests count the rows of each read through it). */
export type ExportReader = Pick<Executor, 'readOne'>;

/** Relationships per (type, start kind), e.g. `LOCATED_IN|Enterprise` → 600,000. */
async function countPairs(
  exec: ExportReader,
  rels: ReadonlySet<string>,
  kinds: ReadonlySet<string>,
): Promise<Map<string, number>> {
  let pairs: [unknown, unknown, unknown][];
  try {
    pairs = (await exec.readOne('export', pairCounts)).records[0]?.get('pairs') ?? [];
  } catch (error) {
    if (!refused(error)) throw error;
    pairs = (await exec.readOne('export', pairCountColumns())).records[0]?.get('pairs') ?? [];
  }
  const out = new Map<string, number>();
  for (const [rel, from, count] of pairs)
    if (rels.has(rel as string) && kinds.has(from as string) && toNumber(count) > 0)
      out.set(`${rel}|${from}`, toNumber(count));
  return out;
}

/** A page's relationships in (from key, to kind, to key) order, start nodes without any left out. */
function edgeRows(rel: string, from: string, result: QueryResult): EdgeRow[] {
  const rows: EdgeRow[] = [];
  for (const r of result.records) {
    const to = r.get('to') as string | null;
    if (to === null) continue;
    rows.push({
      rel: rel as RelType,
      from: { kind: from as NodeKind, key: r.get('from') as string },
      to: { kind: storedKindOf(r.get('toLabels') as string[]) as NodeKind, key: to },
      props: toPlainProps(r.get('p') as Record<string, unknown>),
    });
  }
  return rows.sort(
    (a, b) =>
      compareStrings(a.from.key, b.from.key) ||
      compareStrings(a.to.kind, b.to.kind) ||
      compareStrings(a.to.key, b.to.key),
  );
}

async function* nodesOf(
  exec: ExportReader,
  kind: string,
  pageSize: number,
): AsyncIterable<ExportItem> {
  let after = '';
  for (;;) {
    const { records } = await exec.readOne('export', nodePage(kind, after, pageSize));
    for (const r of records)
      yield {
        type: 'node',
        kind: kind as NodeKind,
        key: r.get('key') as string,
        props: nodeProps(r.get('p') as Record<string, unknown>),
      };
    if (records.length < pageSize) return;
    after = records[records.length - 1]!.get('key') as string;
  }
}

/**
 * Relationships of one (type, start kind) pair, a page of `pageSize` at a time. A full page may
 * end inside the relationships of its last start node: those rows are held back and the next
 * page starts at that node. A node whose relationships alone fill a page is read by itself (the
 * one read that can exceed `pageSize`: it holds that node's relationships of one type).
 */
async function* edgesByStart(
  exec: ExportReader,
  rel: string,
  from: string,
  pageSize: number,
): AsyncIterable<ExportItem> {
  let after = '';
  for (;;) {
    const rows = edgeRows(
      rel,
      from,
      await exec.readOne('export', edgePage(rel, from, after, pageSize)),
    );
    if (rows.length < pageSize) {
      for (const row of rows) yield { type: 'edge', ...row };
      return;
    }
    const last = rows[rows.length - 1]!.from.key;
    let cut = rows.length;
    while (cut > 0 && rows[cut - 1]!.from.key === last) cut--;
    if (cut === 0) {
      const alone = await exec.readOne('export', edgesOfStart(rel, from, last));
      for (const row of edgeRows(rel, from, alone)) yield { type: 'edge', ...row };
      after = last;
      continue;
    }
    for (let i = 0; i < cut; i++) yield { type: 'edge', ...rows[i]! };
    after = rows[cut - 1]!.from.key;
  }
}

/** Labels nodes carry that are not bookkeeping. */
const bookkeeping = new Set([changeLabel, changeLogLabel, importLabel, undoLabel]);

/**
 * Labels and relationship types the database holds that the schema in force does not declare;
 * none where the catalogue procedures are refused to the user.
 */
async function undeclaredNames(exec: ExportReader): Promise<{ labels: string[]; types: string[] }> {
  let record;
  try {
    record = (await exec.readOne('export', storedNames)).records[0];
  } catch (error) {
    if (!refused(error)) throw error;
  }
  const labels = (record?.get('labels') as string[] | undefined) ?? [];
  const types = (record?.get('types') as string[] | undefined) ?? [];
  return {
    labels: labels.filter((name) => !isNodeKind(name) && !bookkeeping.has(name)),
    types: types.filter((name) => !isRelType(name)),
  };
}

export async function* exportAll(
  exec: ExportReader,
  options: ExportOptions = {},
): AsyncIterable<ExportItem> {
  const pageSize = options.pageSize ?? 5000;
  const stored = await undeclaredNames(exec);
  const kinds = [...nodeKindNames, ...stored.labels].sort(compareStrings);
  for (const kind of kinds) yield* nodesOf(exec, kind, pageSize);

  const rels = [...relTypeNames, ...stored.types].sort(compareStrings);
  const pairs = await countPairs(exec, new Set(rels), new Set(kinds));
  for (const rel of rels)
    for (const from of kinds) {
      const count = pairs.get(`${rel}|${from}`) ?? 0;
      if (count === 0) continue;
      if (count <= pageSize) {
        const result = await exec.readOne('export', edgesOfPair(rel, from));
        for (const row of edgeRows(rel, from, result)) yield { type: 'edge', ...row };
      } else yield* edgesByStart(exec, rel, from, pageSize);
    }
}
