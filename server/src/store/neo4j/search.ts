/**
 * Search on Neo4j: the full-text index proposes candidates (or a scan does, for words it cannot
 * check), Cypher keeps the real matches, and search-rank.ts scores, orders and pages them exactly
 * as on the embedded store.
 *
 * Like the embedded store, one answer reads at most `candidateCap` matches. A query with more (a
 * very common word) is answered from the first of them, every match where each word starts a field
 * (the best scores), and the first matches of the kinds asked for, with `totalExact: false`. An
 * empty query lists the kinds asked for by key, with their exact total from the count store.
 */
import type { NodeKind, Props } from '@chanjiao/graph-schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeRow, SearchQuery } from '../port.ts';
import { rankCandidates, searchWords, type RankQuery, type SearchPage } from '../search-rank.ts';
import { fullTextQuery, fullTextStartsQuery } from './cypher/fulltext.ts';
import { fullTextMatches, listKind, scanMatches } from './cypher/search.ts';
import { run, type Executor } from './executor.ts';
import { toNumber } from './values.ts';

/** Matches read per query before the answer is called a lower bound (as the embedded store). */
export const candidateCap = 500;
/** Nodes an empty query lists in full before taking the first ones (as the embedded store). */
export const listCap = 10_000;

type Row = [NodeKind, string, unknown, unknown, unknown, unknown, unknown];

function toNode([kind, key, name_zh, name_en, aliases, visibility, org]: Row): NodeRow {
  const props: Props = {};
  // What search-rank.ts needs to leave out private records (SearchQuery.privateOf).
  if (typeof visibility === 'string') props.visibility = visibility;
  if (typeof org === 'string') props.org = org;
  if (typeof name_zh === 'string') props.name_zh = name_zh;
  if (typeof name_en === 'string') props.name_en = name_en;
  if (Array.isArray(aliases)) props.aliases = aliases.filter((a) => typeof a === 'string');
  return { kind, key, props };
}

async function list(tx: ManagedTransaction, kinds: readonly NodeKind[], page: RankQuery) {
  const cap = Math.max(listCap, page.offset + page.limit);
  let total = 0;
  const rows: NodeRow[] = [];
  for (const kind of [...new Set(kinds)].sort()) {
    const record = (await run(tx, listKind(kind, cap, page.privateOf))).records[0]!;
    total += toNumber(record.get('total'));
    for (const row of record.get('rows') as Row[]) rows.push(toNode(row));
  }
  // As the embedded store: the first `cap` by (kind, key) are ranked.
  return { ...rankCandidates(rows.slice(0, cap), page), total };
}

async function matches(
  tx: ManagedTransaction,
  words: readonly string[],
  kinds: readonly NodeKind[] | null,
  cap: number,
  lucene: string | null,
): Promise<NodeRow[]> {
  const statements = lucene
    ? [fullTextMatches(lucene, words, kinds, cap)]
    : (kinds ?? [null]).map((kind) => scanMatches(words, kind, cap));
  const out: NodeRow[] = [];
  for (const statement of statements)
    for (const record of (await run(tx, statement)).records) out.push(toNode(record.get('row')));
  return out;
}

export async function search(exec: Executor, query: SearchQuery): Promise<SearchPage> {
  const words = searchWords(query.text);
  const kinds = query.kinds?.length ? query.kinds : undefined;
  const page: RankQuery = {
    words,
    kinds,
    offset: query.offset ?? 0,
    limit: query.limit,
    privateOf: query.privateOf,
  };
  if (words.length === 0) {
    if (!kinds) return rankCandidates([], page);
    return exec.read('search', (tx) => list(tx, kinds, page));
  }
  return exec.read('search', async (tx) => {
    const lucene = fullTextQuery(words);
    const rows = await matches(tx, words, null, candidateCap + 1, lucene);
    if (rows.length <= candidateCap) return rankCandidates(rows, page);
    const extra: NodeRow[] = [];
    const starts = fullTextStartsQuery(words);
    if (starts) extra.push(...(await matches(tx, words, null, candidateCap, starts)));
    if (kinds) extra.push(...(await matches(tx, words, kinds, candidateCap, lucene)));
    return rankCandidates([...rows.slice(0, candidateCap), ...extra], page, false);
  });
}
