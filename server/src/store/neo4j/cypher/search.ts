/**
 * Statements of search. Candidates come from the full-text index (cypher/fulltext.ts says which
 * conditions it can check) or, when the words give it none, from a scan; either way the substring
 * rule of search-rank.ts is applied before the cap, so a capped answer is capped on real matches:
 * in Cypher before the LIMIT, or, for the first look's few hundred proposals, by the caller. The empty query lists kinds by key with their counts from the count store. They
 * return only what ranking needs: kind, key, names and aliases.
 */
import neo4j from 'neo4j-driver';
import { fullTextIndex, type NodeKind } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label } from '../names.ts';

/** A candidate as one list: [kind, key, name_zh, name_en, aliases, visibility, org]. */
const row = 'labels(n)[0], n.key, n.name_zh, n.name_en, n.aliases, n.visibility, n.org';

/** Every word (lower-cased) inside the key, a name or an alias, as search-rank.ts matches. */
const everyWord = `all(w IN $words WHERE toLower(n.key) CONTAINS w
  OR toLower(coalesce(n.name_zh, '')) CONTAINS w OR toLower(coalesce(n.name_en, '')) CONTAINS w
  OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS w))`;

/**
 * The end of a statement that reads every candidate: its rows and -1 for `proposed`. The constant
 * comes after the aggregation: beside it, it would be a grouping key, and no match would give no
 * record at all instead of one with no rows.
 */
const oneRecord = `WITH collect([${row}]) AS rows
RETURN -1 AS proposed, rows`;

const ofKinds = `($kinds IS NULL OR labels(n)[0] IN $kinds)`;

/**
 * Matches among the nodes the Lucene query proposes, at most `cap`, of `kinds` if given; `options`
 * go to queryNodes (e.g. the analyzer that parses the query). With `proposals`, Lucene proposes
 * only that many (the best scores), so a common word's hundreds of thousands of hits are neither
 * scored into a full sort nor read; the answer then says how many it proposed, and when that is
 * all of them and fewer than `cap` matched, the caller asks again for more (search.ts). Without,
 * every proposal is read until `cap` match.
 */
export function fullTextMatches(
  lucene: string,
  words: readonly string[],
  kinds: readonly NodeKind[] | null,
  cap: number,
  proposals: number | null,
  options: Readonly<Record<string, string>> = {},
): Statement {
  const call = 'CALL db.index.fulltext.queryNodes($index, $lucene, $options) YIELD node AS n';
  const params = { index: fullTextIndex.name, lucene, words, kinds, cap: neo4j.int(cap) };
  if (proposals === null)
    return {
      cypher: `${call}
WITH n WHERE ${ofKinds} AND ${everyWord}
WITH n LIMIT $cap
${oneRecord}`,
      params: { ...params, options: { ...options } },
    };
  return {
    cypher: `${call}
WITH collect(n) AS proposed
RETURN size(proposed) AS proposed,
  [n IN proposed WHERE ${ofKinds} AND ${everyWord} | [${row}]][0..$cap] AS rows`,
    params: { ...params, options: { ...options, limit: neo4j.int(proposals) } },
  };
}

/**
 * The first look of a search, in one statement: the `proposals` best nodes the Lucene query
 * proposes, as they are (the caller applies the substring rule; on a few hundred rows that is
 * cheaper in the process than in Cypher), and, when `starts` is given and the index proposed that
 * many (a common word, whose answer will be capped), the `startsProposals` best nodes the narrower
 * query of field starts proposes, likewise unchecked. A second look for the latter would cost a
 * round trip on every common word.
 */
export function fullTextFirstLook(
  lucene: string,
  proposals: number,
  starts: { lucene: string; proposals: number } | null,
  options: Readonly<Record<string, string>> = {},
): Statement {
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $lucene, $options) YIELD node AS n
WITH collect([${row}]) AS rows
CALL (rows) {
  WITH rows WHERE $starts IS NOT NULL AND size(rows) >= $proposals
  CALL db.index.fulltext.queryNodes($index, $starts, $startsOptions) YIELD node AS n
  RETURN collect([${row}]) AS starts
}
RETURN rows, starts`,
    params: {
      index: fullTextIndex.name,
      lucene,
      proposals: neo4j.int(proposals),
      options: { ...options, limit: neo4j.int(proposals) },
      starts: starts?.lucene ?? null,
      startsOptions: { ...options, limit: neo4j.int(starts?.proposals ?? proposals) },
    },
  };
}

/** Matches found by scanning the nodes of one kind, or all nodes, at most `cap` (one record). */
export function scanMatches(
  words: readonly string[],
  kind: NodeKind | null,
  cap: number,
): Statement {
  return {
    cypher: `MATCH (n${kind ? `:${label(kind)}` : ''}) WHERE ${everyWord}
WITH n LIMIT $cap
${oneRecord}`,
    params: { words, cap: neo4j.int(cap) },
  };
}

/** How many nodes the kinds hold, from the count store (no node is read). */
export function kindsSize(kinds: readonly NodeKind[]): Statement {
  const counts = [...new Set(kinds)].map((kind) => `MATCH (n:${label(kind)}) RETURN count(n) AS c`);
  return {
    cypher: `CALL () { ${counts.join(' UNION ALL ')} }
RETURN sum(c) AS size`,
    params: {},
  };
}

/**
 * The first `cap` nodes of a kind by key, and how many it has — less, with `privateOf`, the private
 * nodes of other organisations (counted by a scan, paid only by readers who are not administrators).
 */
export function listKind(kind: NodeKind, cap: number, privateOf?: readonly string[]): Statement {
  const hidden = privateOf
    ? `CALL () { MATCH (n:${label(kind)}) WHERE n.visibility = 'private'
  AND NOT coalesce(n.org, '') IN $privateOf RETURN count(n) AS hidden }`
    : 'WITH total, 0 AS hidden';
  return {
    cypher: `CALL () { MATCH (n:${label(kind)}) RETURN count(n) AS total }
${hidden}
CALL () { MATCH (n:${label(kind)}) WHERE n.key IS NOT NULL
  WITH n ORDER BY n.key LIMIT $cap RETURN collect([${row}]) AS rows }
RETURN total - hidden AS total, rows`,
    params: { cap: neo4j.int(cap), ...(privateOf && { privateOf: [...privateOf] }) },
  };
}
