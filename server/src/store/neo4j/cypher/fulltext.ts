/**
 * When Neo4j search can go through the full-text index and still find every node the substring
 * rule of search-rank.ts finds. The index (Lucene CJK analyzer over key, names and aliases) holds
 * lower-cased words and CJK bigrams, so:
 * - a query of two or more CJK characters is a substring of a field exactly when its bigrams occur
 *   in a row: a phrase query finds every such node;
 * - a query of ASCII letters and digits lies inside one word of the field, so `*q*` finds it —
 *   unless it could be (part of) an English stop word, which the analyzer leaves out of the index;
 * - anything else (one CJK character, punctuation, spaces, mixed scripts) scans the labels instead.
 * The index only proposes candidates; search-rank.ts scores and filters them like the embedded store.
 */
const cjkRun = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}$/u;
const asciiWord = /^[a-z0-9]+$/;

// Lucene's English stop words, which the CJK analyzer drops from the index.
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
  'such',
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
];

/** The Lucene query for a normalised search text, or null when the labels must be scanned. */
export function fullTextQuery(text: string): string | null {
  if (cjkRun.test(text)) return `"${text}"`;
  if (asciiWord.test(text) && !stopWords.some((word) => word.includes(text))) return `*${text}*`;
  return null;
}
