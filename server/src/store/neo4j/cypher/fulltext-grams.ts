/**
 * The Lucene queries of search over a full-text index analyzed by "atlas-grams"
 * (scripts/neo4j-server/analyzer): it holds every substring of one to three characters of each run
 * of letters and digits (any script) in key, names and aliases, lower-cased, and, marked with a
 * leading "_", those that start a value. A search word lies inside a field, so each of the word's
 * runs of letters and digits lies inside one run of that field:
 * - a run of up to three characters is itself an indexed term;
 * - a longer run has each of its trigrams indexed; the query asks for those that cover it end to
 *   end without overlap (and the last one), which is nearly as selective as all of them and
 *   leaves Lucene a third of the postings lists to intersect.
 * Every condition is a term look-up (no wildcard, no scan of the term dictionary). The query is
 * parsed with the whitespace analyzer, so the terms reach Lucene as written (they hold only
 * letters, digits and "_", nothing Lucene's syntax reads). Other characters give no condition; a
 * query with none is answered by a scan. The index only proposes candidates: search-rank.ts checks
 * every word, scores and filters them as on the embedded store.
 */

// Java's Character.isLetterOrDigit, which splits the analyzer's runs: letters and decimal digits.
const runs = /[\p{L}\p{Nd}]+/gu;
const startsWithRun = /^[\p{L}\p{Nd}]/u;
// A cap on the terms of one query (Lucene refuses more than 1,024 clauses): fewer conditions
// only let more candidates through, which the substring check then drops.
const maxTerms = 64;

/** Options of db.index.fulltext.queryNodes: the query's terms are not analyzed again. */
export const gramsQueryOptions = { analyzer: 'whitespace' } as const;

/** The terms one search word (lower-cased) needs; possibly none. */
export function gramConditions(word: string): string[] {
  const out: string[] = [];
  for (const [run] of word.matchAll(runs)) {
    const chars = [...run];
    if (chars.length <= 3) out.push(run);
    else {
      for (let i = 0; i + 3 <= chars.length; i += 3) out.push(chars.slice(i, i + 3).join(''));
      if (chars.length % 3 !== 0) out.push(chars.slice(-3).join(''));
    }
  }
  return out;
}

function toQuery(conditions: Iterable<string>): string | null {
  const terms = [...new Set(conditions)].slice(0, maxTerms);
  return terms.length === 0 ? null : terms.map((t) => `+${t}`).join(' ');
}

/** The Lucene query for a query's words, or null when they give no condition (then scan). */
export function gramsQuery(words: readonly string[]): string | null {
  return toQuery(words.flatMap(gramConditions));
}

/**
 * The same, narrowed to nodes where each word starts a field (exact and prefix matches, the best
 * scores): a word beginning with a letter or digit needs the marked term of its first (up to)
 * three characters. Asked for when a common word has more candidates than one answer reads.
 */
export function gramsStartsQuery(words: readonly string[]): string | null {
  const starts = words
    .filter((word) => startsWithRun.test(word))
    .map((word) => `_${[...word.match(runs)![0]].slice(0, 3).join('')}`);
  return toQuery([...starts, ...words.flatMap(gramConditions)]);
}
