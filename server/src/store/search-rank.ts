/**
 * How search answers are matched, scored and ordered — shared by every store so they answer
 * alike. A store only proposes candidate nodes (from an index, or a scan); this module decides.
 *
 * - The query is split on whitespace into words (Chinese text without spaces is one word), each
 *   lower-cased. A node matches when every word matches one of its fields — key, name_zh,
 *   name_en, aliases — case-insensitively.
 * - A word's score on a node is its best field match: the whole field 100, a prefix 60, a
 *   substring 30. The node's match score is the mean over its words.
 * - A kind weight (`kindWeights`) is added. The weights are below 3, the smallest gap between the
 *   match scores of queries of up to three words (e.g. 100/100/60 against 100/100/30, 3.3), so
 *   they order kinds only within one match quality: chains and segments before occupations,
 *   competencies and programs, before the other kinds, before enterprises, before postings and
 *   candidates.
 * - Ties: the shorter Chinese name, then kind, then key (code-unit order).
 * - `facets` counts the matches per kind without the kind restriction; `total` counts them with
 *   it. A store that had to cap its candidates says so with `totalExact: false`.
 * - An empty query lists nodes of the kinds asked for (score 0, same tie order).
 */
import type { NodeKind, SearchHit } from '@chanjiao/graph-schema';
import { compareStrings } from './order.ts';
import type { NodeRow } from './port.ts';

export const exactScore = 100;
export const prefixScore = 60;
export const substringScore = 30;

/** Added to the match score; see the module comment for why every weight is below 3. */
export const kindWeights: Record<NodeKind, number> = {
  Chain: 2,
  Segment: 2,
  Occupation: 1.5,
  Competency: 1.5,
  Program: 1.5,
  Region: 1,
  Park: 1,
  Cluster: 1,
  Industry: 1,
  Product: 1,
  Task: 1,
  Institution: 1,
  ProgramGroup: 1,
  Course: 1,
  MicroCredential: 1,
  Resource: 1,
  Cohort: 1,
  Consortium: 1,
  Expert: 1,
  TrainingBase: 1,
  Equipment: 1,
  Service: 1,
  Project: 1,
  Enterprise: 0.5,
  Posting: 0,
  Candidate: 0,
};

/** A kind's weight; kinds a deployment adds to the schema weigh like most kinds, 1. */
export function kindWeight(kind: string): number {
  return (kindWeights as Record<string, number>)[kind] ?? 1;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  totalExact: boolean;
  facets: Partial<Record<NodeKind, number>>;
}

/** The words of a query: split on whitespace, lower-cased. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** The searchable fields of a node: key, name_zh, name_en, aliases (those present). */
export function searchFields(node: Pick<NodeRow, 'key' | 'props'>): string[] {
  const fields = [node.key];
  const { name_zh, name_en, aliases } = node.props;
  if (typeof name_zh === 'string') fields.push(name_zh);
  if (typeof name_en === 'string') fields.push(name_en);
  if (Array.isArray(aliases)) for (const alias of aliases) fields.push(alias);
  return fields;
}

function wordScore(word: string, fields: readonly string[]): number {
  let best = 0;
  for (const field of fields) {
    if (field === word) return exactScore;
    if (best < prefixScore && field.startsWith(word)) best = prefixScore;
    else if (best < substringScore && field.includes(word)) best = substringScore;
  }
  return best;
}

/** The mean of the words' scores, or 0 when some word matches no field. */
export function matchScore(words: readonly string[], node: Pick<NodeRow, 'key' | 'props'>): number {
  if (words.length === 0) return 0;
  const fields = searchFields(node).map((field) => field.toLowerCase());
  let sum = 0;
  for (const word of words) {
    const score = wordScore(word, fields);
    if (score === 0) return 0;
    sum += score;
  }
  return sum / words.length;
}

export function toHit(node: NodeRow, score: number): SearchHit {
  const name_zh = typeof node.props.name_zh === 'string' ? node.props.name_zh : node.key;
  const hit: SearchHit = { kind: node.kind, key: node.key, name_zh, score };
  if (typeof node.props.name_en === 'string') hit.name_en = node.props.name_en;
  return hit;
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    a.name_zh.length - b.name_zh.length ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.key, b.key)
  );
}

export interface RankQuery {
  words: readonly string[];
  kinds?: readonly NodeKind[] | undefined;
  offset: number;
  limit: number;
}

/**
 * Scores candidate nodes (a node may be proposed more than once) and answers one page. With no
 * words, every candidate of the kinds asked for is listed with score 0. `exact: false` says the
 * candidates were capped (the page and counts then cover what was proposed).
 */
export function rankCandidates(
  candidates: Iterable<NodeRow>,
  query: RankQuery,
  exact = true,
): SearchPage {
  const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  const facets: Partial<Record<NodeKind, number>> = {};
  for (const node of candidates) {
    const id = `${node.kind}:${node.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    let score = 0;
    if (query.words.length > 0) {
      const match = matchScore(query.words, node);
      if (match === 0) continue;
      facets[node.kind] = (facets[node.kind] ?? 0) + 1;
      score = match + kindWeight(node.kind);
    }
    if (kinds && !kinds.has(node.kind)) continue;
    hits.push(toHit(node, score));
  }
  hits.sort(compareHits);
  return {
    hits: hits.slice(query.offset, query.offset + query.limit),
    total: hits.length,
    totalExact: exact,
    facets,
  };
}
