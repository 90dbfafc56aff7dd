/**
 * Which nodes the full-text index must propose so that Neo4j search still finds every node the
 * substring rule of search-rank.ts finds. The index (Lucene's CJK analyzer over key, names and
 * aliases) holds lower-cased words and CJK bigrams (a CJK character with no CJK neighbour stays a
 * word of one character). A search word lies inside a field; cut into its runs of ASCII letters and
 * digits and its runs of CJK characters, each run gives a condition every such field meets:
 * - a run of two or more CJK characters has its bigrams in a row: a phrase query;
 * - a single CJK character lies inside some indexed word: `*c*`;
 * - an ASCII run lies inside one indexed word (the tokenizer never splits letters from digits):
 *   `*run*` — unless the run could be (part of) an English stop word, which the analyzer leaves
 *   out of the index, so that run gives no condition.
 * Other characters (punctuation, other scripts) give none. A query's conditions are all required;
 * when a query gives none the labels must be scanned. The index only proposes candidates:
 * search-rank.ts checks every word, scores and filters them as on the embedded store.
 */
const cjk = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const runs = new RegExp(`[${cjk}]+|[a-z0-9]+`, 'gu');
const cjkChar = new RegExp(`^[${cjk}]`, 'u');

// The stop words of Lucene's CJK analyzer, which it drops from the index.
const stopWords = [
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  's',
  'such',
  't',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
  'www',
];

/** The Lucene conditions one search word (lower-cased) gives; possibly none. */
export function wordConditions(word: string): string[] {
  const out: string[] = [];
  for (const [run] of word.matchAll(runs)) {
    if (cjkChar.test(run)) out.push([...run].length >= 2 ? `"${run}"` : `*${run}*`);
    else if (!stopWords.some((stop) => stop.includes(run))) out.push(`*${run}*`);
  }
  return out;
}

/** The Lucene query for a query's words, or null when they give no condition (then scan). */
export function fullTextQuery(words: readonly string[]): string | null {
  const conditions = [...new Set(words.flatMap(wordConditions))];
  if (conditions.length === 0) return null;
  return conditions.map((c) => `+${c}`).join(' ');
}

/**
 * The same, narrowed to nodes where each word starts a field (exact and prefix matches): a word's
 * leading ASCII run then starts an indexed word, `run*`. Asked for when a common word has more
 * candidates than one answer reads, so the best matches are never among those left out.
 */
export function fullTextStartsQuery(words: readonly string[]): string | null {
  const conditions = new Set<string>();
  for (const word of words) {
    const all = wordConditions(word);
    const first = word.match(runs)?.[0];
    for (const c of all)
      conditions.add(
        first !== undefined && c === `*${first}*` && word.startsWith(first) && !cjkChar.test(first)
          ? `${first}*`
          : c,
      );
  }
  if (conditions.size === 0) return null;
  return [...conditions].map((c) => `+${c}`).join(' ');
}
