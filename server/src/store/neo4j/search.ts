/**
 * Search on Neo4j: the full-text index proposes candidates (or a scan does, for words it cannot
 * check; the query is written for the index's analyzer, see fulltext-labels.ts), the substring
 * rule keeps the real matches, and search-rank.ts scores, orders and pages them exactly as on the
 * embedded store. The first look reads the index's best proposals unchecked and applies the rule
 * here (a few hundred rows: cheaper than Cypher's string functions on each), together with the
 * field starts a common word needs, in one statement; only when it falls short do further tries
 * ask for more, checked in Cypher so that thousands of non-matches never cross the wire.
 *
 * Like the embedded store, one answer reads at most `candidateCap` matches. A query with more (a
 * very common word) is answered from the first of them, every match where each word starts a field
 * (the best scores), and the first matches of the kinds asked for, with `totalExact: false`. An
 * empty query lists the kinds asked for by key, with their exact total from the count store.
 */
import type { NodeKind, Props } from '@chanjiao/graph-schema';
import type { NodeRow, SearchQuery } from '../port.ts';
import {
  matchScore,
  rankCandidates,
  searchWords,
  type RankQuery,
  type SearchPage,
} from '../search-rank.ts';
import { fullTextQuery, fullTextStartsQuery } from './cypher/fulltext.ts';
import { gramsQuery, gramsQueryOptions, gramsStartsQuery } from './cypher/fulltext-grams.ts';
import {
  fullTextFirstLook,
  fullTextMatches,
  kindsSize,
  listKind,
  scanMatches,
} from './cypher/search.ts';
import { run, type Executor, type Runner } from './executor.ts';
import type { FullTextAnalyzer } from './fulltext-labels.ts';
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

async function list(reads: Runner, kinds: readonly NodeKind[], page: RankQuery) {
  const cap = Math.max(listCap, page.offset + page.limit);
  let total = 0;
  const rows: NodeRow[] = [];
  for (const kind of [...new Set(kinds)].sort()) {
    const record = (await run(reads, listKind(kind, cap, page.privateOf))).records[0]!;
    total += toNumber(record.get('total'));
    for (const row of record.get('rows') as Row[]) rows.push(toNode(row));
  }
  // As the embedded store: the first `cap` by (kind, key) are ranked.
  return { ...rankCandidates(rows.slice(0, cap), page), total };
}

/** How to ask the index for candidates, per analyzer (cypher/fulltext*.ts). */
interface Dialect {
  query(words: readonly string[]): string | null;
  startsQuery(words: readonly string[]): string | null;
  options: Readonly<Record<string, string>>;
}

const dialects: Record<FullTextAnalyzer, Dialect> = {
  'atlas-grams': { query: gramsQuery, startsQuery: gramsStartsQuery, options: gramsQueryOptions },
  cjk: { query: fullTextQuery, startsQuery: fullTextStartsQuery, options: {} },
};

// How many proposals the index is asked for, in turn, per `cap` matches wanted (null: all).
const proposalsPerMatch = [1, 8, null] as const;

async function matches(
  reads: Runner,
  words: readonly string[],
  kinds: readonly NodeKind[] | null,
  cap: number,
  lucene: string | null,
  options: Dialect['options'],
  tries: readonly (number | null)[],
): Promise<NodeRow[]> {
  const out: NodeRow[] = [];
  if (!lucene) {
    for (const kind of kinds ?? [null]) {
      const record = (await run(reads, scanMatches(words, kind, cap))).records[0]!;
      for (const row of record.get('rows') as Row[]) out.push(toNode(row));
    }
    return out;
  }
  for (const per of tries) {
    const proposals = per === null ? null : per * cap;
    const statement = fullTextMatches(lucene, words, kinds, cap, proposals, options);
    const record = (await run(reads, statement)).records[0]!;
    const rows = record.get('rows') as Row[];
    // Enough matches, or the index had no more to propose: the answer is complete.
    if (rows.length >= cap || toNumber(record.get('proposed')) < (proposals ?? Infinity)) {
      for (const row of rows) out.push(toNode(row));
      return out;
    }
  }
  throw new Error('unreachable: the last attempt reads every proposal');
}

// The tries of matches() after the first look, which stands for its first.
const later = proposalsPerMatch.slice(1);

/** The first `cap` of `proposed` that match every word, or null when that may be too few. */
function complete(proposed: NodeRow[], words: readonly string[], cap: number, asked: number) {
  const found = proposed.filter((node) => matchScore(words, node) > 0);
  // Enough matches, or the index had no more to propose: these are the first `cap` matches.
  return found.length >= cap || proposed.length < asked ? found.slice(0, cap) : null;
}

/**
 * The first try of matches() for the query's candidates and, for a common word, for its field
 * starts, in one statement; the substring rule is applied here (what search-rank.ts decides, as
 * Cypher's check would). A part left null was too short: matches() asks again for more.
 */
async function firstLook(
  reads: Runner,
  words: readonly string[],
  lucene: string,
  starts: string | null,
  options: Dialect['options'],
): Promise<{ rows: NodeRow[] | null; starts: NodeRow[] | null }> {
  const asked = candidateCap + 1;
  const statement = fullTextFirstLook(
    lucene,
    asked,
    starts ? { lucene: starts, proposals: candidateCap } : null,
    options,
  );
  const record = (await run(reads, statement)).records[0]!;
  const proposed = (record.get('rows') as Row[]).map(toNode);
  const common = starts !== null && proposed.length >= asked;
  const startRows = (record.get('starts') as Row[]).map(toNode);
  return {
    rows: complete(proposed, words, asked, asked),
    starts: common ? complete(startRows, words, candidateCap, candidateCap) : null,
  };
}

/**
 * The first matches of the kinds asked for, when a common word's answer is capped. The index
 * proposes nodes of every kind: for a kind that holds few of its matches, reaching `cap` of them
 * (or the end) reads all its hundreds of thousands of proposals. Kinds that hold at most
 * `scanKindsUpTo` nodes are scanned instead. Either way the answer holds every match of the kinds
 * when they have at most `cap`; beyond, a scan's first `cap` are in node order, not the index's.
 */
/**
 * At 1M nodes a scan checks a node in ≈2 µs and the index reads a proposal in ≈0.5 µs; a common
 * word proposes hundreds of thousands (602,269 for "enterprise"), so scanning 50,000 nodes
 * (≈100 ms at worst) costs less than reading them all (≈300 ms).
 */
const scanKindsUpTo = 50_000;

async function kindMatches(
  reads: Runner,
  words: readonly string[],
  kinds: readonly NodeKind[],
  lucene: string | null,
  options: Dialect['options'],
): Promise<NodeRow[]> {
  const size = toNumber((await run(reads, kindsSize(kinds))).records[0]!.get('size'));
  const scan = size <= scanKindsUpTo;
  return matches(
    reads,
    words,
    kinds,
    candidateCap,
    scan ? null : lucene,
    options,
    proposalsPerMatch,
  );
}

export async function search(
  exec: Executor,
  query: SearchQuery,
  analyzer: FullTextAnalyzer,
): Promise<SearchPage> {
  const dialect = dialects[analyzer];
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
    return exec.readEach('search', (reads) => list(reads, kinds, page));
  }
  return exec.readEach('search', async (reads) => {
    const { options } = dialect;
    const lucene = dialect.query(words);
    const starts = dialect.startsQuery(words);
    const first = lucene ? await firstLook(reads, words, lucene, starts, options) : null;
    // After a first look, matches() goes on from its second try.
    const tries = first ? later : proposalsPerMatch;
    const rows =
      first?.rows ?? (await matches(reads, words, null, candidateCap + 1, lucene, options, tries));
    if (rows.length <= candidateCap) return rankCandidates(rows, page);
    const extra: NodeRow[] = [];
    if (starts)
      extra.push(
        ...(first?.starts ??
          (await matches(reads, words, null, candidateCap, starts, options, tries))),
      );
    if (kinds) extra.push(...(await kindMatches(reads, words, kinds, lucene, options)));
    return rankCandidates([...rows.slice(0, candidateCap), ...extra], page, false);
  });
}
