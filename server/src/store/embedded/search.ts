/**
 * Search on the embedded store: the FTS5 trigram index (search-index.ts) proposes candidates, and
 * search-rank.ts matches, scores and orders them exactly as on every store.
 *
 * Each word becomes an FTS expression: a phrase for three characters or more; for one or two, the
 * trigrams that start with it (from the index's term list, search-index.ts). All words must match (AND). A query whose
 * candidates exceed `candidateCap` (a very common word) is answered from the first candidates plus
 * every node where each word starts a field, and of the kinds asked for, with `totalExact: false`.
 * An empty query lists nodes of the kinds asked for.
 */
import type Database from 'better-sqlite3';
import type { NodeKind, Props } from '@chanjiao/graph-schema';
import type { NodeRow, SearchQuery } from '../port.ts';
import { rankCandidates, searchWords, type RankQuery, type SearchPage } from '../search-rank.ts';
import type { Counts } from './counts.ts';
import { fieldStart } from './search-index.ts';

/** Candidates scored per query before the answer is called a lower bound. */
export const candidateCap = 500;
/** Trigrams one short word may expand to. */
export const trigramCap = 1000;
/** Nodes an empty query lists in full before taking the first ones by (kind, key). */
export const listCap = 10_000;

const names = `n.kind, n.key, n.props ->> '$.name_zh', n.props ->> '$.name_en', n.props -> '$.aliases', n.props ->> '$.visibility', n.props ->> '$.org'`;

type NameRow = [
  NodeKind,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

function toNode([kind, key, name_zh, name_en, aliases, visibility, org]: NameRow): NodeRow {
  const props: Props = {};
  if (visibility !== null) props.visibility = visibility;
  if (org !== null) props.org = org;
  if (name_zh !== null) props.name_zh = name_zh;
  if (name_en !== null) props.name_en = name_en;
  if (aliases !== null) props.aliases = JSON.parse(aliases) as string[];
  return { kind, key, props };
}

function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

export function prepareSearch(reader: Database.Database) {
  return {
    candidates: reader
      .prepare(
        `SELECT ${names} FROM search s JOIN nodes n ON n.id = s.rowid WHERE search MATCH ? LIMIT ?`,
      )
      .raw(),
    ofKinds: reader
      .prepare(
        `SELECT ${names} FROM search s JOIN nodes n ON n.id = s.rowid
         WHERE search MATCH ? AND n.kind IN (SELECT value FROM json_each(?)) LIMIT ?`,
      )
      .raw(),
    trigrams: reader
      .prepare('SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?')
      .pluck(),
    /** Private nodes of these kinds a reader with these organisations may not see. */
    hiddenOfKinds: reader
      .prepare(
        `SELECT count(*) FROM nodes n WHERE n.kind IN (SELECT value FROM json_each(?))
         AND n.props ->> '$.visibility' = 'private'
         AND coalesce(n.props ->> '$.org', '') NOT IN (SELECT value FROM json_each(?))`,
      )
      .pluck(),
    list: reader
      .prepare(
        `SELECT ${names} FROM nodes n WHERE n.kind IN (SELECT value FROM json_each(?)) ORDER BY n.kind, n.key LIMIT ?`,
      )
      .raw(),
  };
}

export type SearchStatements = ReturnType<typeof prepareSearch>;

/** A word's FTS expression; null when no trigram starts with it (nothing can match). */
function wordExpression(
  st: SearchStatements,
  word: string,
): { expression: string; complete: boolean } | null {
  const length = [...word].length;
  if (length >= 3) return { expression: phrase(word), complete: true };
  const terms = st.trigrams.all(word, `${word}\u{10ffff}`, trigramCap + 1) as string[];
  const complete = terms.length <= trigramCap;
  // Every character of a field starts a trigram (the end marker is doubled), so these find
  // every occurrence of the word.
  const any = terms.slice(0, trigramCap).map(phrase);
  if (any.length === 0) return null;
  return { expression: `(${any.join(' OR ')})`, complete };
}

export function search(st: SearchStatements, counts: Counts, query: SearchQuery): SearchPage {
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
    // The kept counts, less the private nodes this reader may not see (counted by a scan of the
    // kinds' rows, paid only by readers who are not administrators).
    const hidden = query.privateOf
      ? (st.hiddenOfKinds.get(JSON.stringify(kinds), JSON.stringify(query.privateOf)) as number)
      : 0;
    const total = kinds.reduce((n, kind) => n + counts.kind(kind), 0) - hidden;
    const rows = (
      st.list.all(JSON.stringify(kinds), Math.max(listCap, page.offset + page.limit)) as NameRow[]
    ).map(toNode);
    const ranked = rankCandidates(rows, page);
    return { ...ranked, total };
  }
  const parts = words.map((word) => wordExpression(st, word));
  if (parts.some((part) => part === null)) return rankCandidates([], page);
  const complete = parts.every((part) => part!.complete);
  const match = parts.map((part) => part!.expression).join(' AND ');
  const rows = st.candidates.all(match, candidateCap + 1) as NameRow[];
  if (rows.length <= candidateCap) return rankCandidates(rows.map(toNode), page, complete);

  // Capped: the first candidates, every node where each word starts a field, and the kinds asked for.
  const extra: NameRow[] = [];
  const starts = words.map((word, i) =>
    [...word].length >= 2 ? phrase(fieldStart + word) : parts[i]!.expression,
  );
  extra.push(...(st.candidates.all(starts.join(' AND '), candidateCap) as NameRow[]));
  if (kinds)
    extra.push(...(st.ofKinds.all(match, JSON.stringify(kinds), candidateCap) as NameRow[]));
  return rankCandidates([...rows.slice(0, candidateCap), ...extra].map(toNode), page, false);
}
