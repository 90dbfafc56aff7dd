/**
 * Person–job matching (人岗匹配) both ways: candidates ranked for a posting, or postings ranked for a
 * candidate, each with its matched, partial and missing competencies. The address says which way by
 * the parameter it holds (`posting=` or `candidate=`, the API's names), with `region`, `period`
 * (postings for a candidate), `minScore`, `minLevel` (candidates for a posting), `limit` and the
 * picked row `sel`. Pure helpers turn either answer into one list of rows, the chart's stacks, the
 * explaining graph's columns and a pick's focus.
 */
import { z } from 'zod';
import type { CandidateMatchParams, PostingMatchParams } from '../api/analysisPaths.ts';
import { choiceParam, compact, nodeIdParam, textParam } from '../router/search.ts';
import type {
  CandidatesForPosting,
  CompetencyMatch,
  MatchExplanation,
  PostingsForCandidate,
} from './answers.ts';
import { optionsOfKind, type KindOptions } from './kindOptions.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { Checked } from './request.ts';
import { periodPattern } from './skillGap.ts';

export const matchingSearchSchema = z.object({
  posting: textParam,
  candidate: textParam,
  region: textParam,
  period: textParam,
  minScore: textParam,
  minLevel: choiceParam(['1', '2', '3', '4', '5']),
  limit: textParam,
  sel: nodeIdParam,
});

export type MatchingSearch = z.output<typeof matchingSearchSchema>;

export type MatchDirection = 'posting' | 'candidate';

/** Which way the search asks: for a posting's candidates unless it names only a candidate. */
export function matchDirection(search: MatchingSearch): MatchDirection {
  return !search.posting && search.candidate ? 'candidate' : 'posting';
}

export type MatchParams =
  | ({ direction: 'posting' } & PostingMatchParams)
  | ({ direction: 'candidate' } & CandidateMatchParams);

export type MatchAnswer =
  | { direction: 'posting'; result: CandidatesForPosting }
  | { direction: 'candidate'; result: PostingsForCandidate };

/** Rows listed by default, and the most the API lists. */
export const defaultMatchLimit = 20;

function numberIn(
  text: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number | null | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    return null;
  return value;
}

export function matchingParams(search: MatchingSearch): Checked<MatchParams> {
  const direction = matchDirection(search);
  const minScore = numberIn(search.minScore, 0, 1, false);
  if (minScore === null) return { problem: 'score' };
  const limit = numberIn(search.limit, 1, 500, true) ?? undefined;
  const common = {
    ...(search.region && { region: search.region }),
    ...(minScore !== undefined && { minScore }),
    ...(limit !== undefined && { limit }),
  };
  if (direction === 'posting') {
    if (!search.posting) return { problem: 'posting' };
    return {
      params: {
        direction,
        posting: search.posting,
        ...common,
        ...(search.minLevel && { minLevel: Number(search.minLevel) }),
      },
    };
  }
  if (!search.candidate) return { problem: 'candidate' };
  const period = (search.period ?? '').trim();
  if (period && !periodPattern.test(period)) return { problem: 'period' };
  return {
    params: { direction, candidate: search.candidate, ...common, ...(period && { period }) },
  };
}

/** A bare address asks for the latest posting's candidates (postings are keyed by period). */
export const matchingDefaultsApplied =
  (options: KindOptions) =>
  (search: MatchingSearch): MatchingSearch => {
    if (search.posting || search.candidate) return search;
    const postings = optionsOfKind(options, 'Posting');
    const latest = postings[postings.length - 1]?.key;
    return latest ? compact({ ...search, posting: latest }) : search;
  };

export interface MatchingQuery {
  direction: MatchDirection;
  posting: string;
  candidate: string;
  region: string;
  period: string;
  minScore: string;
  minLevel: string;
}

export function matchingQuery(search: MatchingSearch): MatchingQuery {
  return {
    direction: matchDirection(search),
    posting: search.posting ?? '',
    candidate: search.candidate ?? '',
    region: search.region ?? '',
    period: search.period ?? '',
    minScore: search.minScore ?? '',
    minLevel: search.minLevel ?? '',
  };
}

/**
 * A new question. Turning the direction picks the first candidate (or the latest posting) when the
 * other side is not chosen; the pick is forgotten when the posting or candidate changes.
 */
export const matchingQueryChanged =
  (change: Partial<MatchingQuery>, options: KindOptions) =>
  (search: MatchingSearch): MatchingSearch => {
    const before = matchingQuery(search);
    const query = { ...before, ...change };
    if (query.direction === 'candidate' && !query.candidate)
      query.candidate = optionsOfKind(options, 'Candidate')[0]?.key ?? '';
    if (query.direction === 'posting' && !query.posting)
      query.posting = optionsOfKind(options, 'Posting').at(-1)?.key ?? '';
    const subject = query.direction === 'posting' ? query.posting : query.candidate;
    const sameSubject =
      query.direction === before.direction &&
      subject === (before.direction === 'posting' ? before.posting : before.candidate);
    return compact({
      posting: query.direction === 'posting' ? query.posting || undefined : undefined,
      candidate: query.direction === 'candidate' ? query.candidate || undefined : undefined,
      region: query.region || undefined,
      period: query.direction === 'candidate' ? query.period || undefined : undefined,
      minScore: query.minScore || undefined,
      minLevel:
        query.direction === 'posting' && query.minLevel
          ? (query.minLevel as MatchingSearch['minLevel'])
          : undefined,
      limit: search.limit,
      sel: sameSubject ? search.sel : undefined,
    });
  };

// ── Rows ────────────────────────────────────────────────────────────────

export interface MatchRow extends MatchExplanation {
  /** `Candidate:key` or `Posting:key`. */
  id: string;
  key: string;
  name_zh: string;
  name_en?: string;
  rank: number;
  /** Posting rows: period, headcount, occupation, enterprise. */
  period?: string | null;
  headcount?: number | null;
  occupation?: string | null;
  enterprise?: string | null;
  /** Candidate rows: status and graduation year. */
  status?: string | null;
  graduationYear?: number | null;
}

/** The ranked side of an answer as rows, best first. */
export function matchRows(answer: MatchAnswer): MatchRow[] {
  if (answer.direction === 'posting')
    return answer.result.candidates.map((c, i) => ({
      ...c,
      id: `Candidate:${c.key}`,
      rank: i + 1,
    }));
  return answer.result.postings.map((p, i) => ({ ...p, id: `Posting:${p.key}`, rank: i + 1 }));
}

/** The node the question is about: the posting, or the candidate. */
export function matchSubject(answer: MatchAnswer): {
  id: string;
  key: string;
  name_zh: string;
  name_en?: string;
} {
  const subject = answer.direction === 'posting' ? answer.result.posting : answer.result.candidate;
  const kind = answer.direction === 'posting' ? 'Posting' : 'Candidate';
  return {
    id: `${kind}:${subject.key}`,
    key: subject.key,
    name_zh: subject.name_zh,
    ...(subject.name_en !== undefined && { name_en: subject.name_en }),
  };
}

export type MatchStatus = 'matched' | 'partial' | 'missing';

/** Every competency of a row with how it stands, as the explanation lists them. */
export function rowCompetencies(
  row: MatchExplanation,
): (CompetencyMatch & { status: MatchStatus })[] {
  return [
    ...row.matched.map((c) => ({ ...c, status: 'matched' as const })),
    ...row.partial.map((c) => ({ ...c, status: 'partial' as const })),
    ...row.missing.map((c) => ({ ...c, status: 'missing' as const })),
  ];
}

/** What a score is made of: fully met, partly met, and what is lacking (1 − score). */
export function scoreParts(row: MatchExplanation): {
  matched: number;
  partial: number;
  lacking: number;
} {
  const sum = (list: readonly CompetencyMatch[]) => list.reduce((a, c) => a + c.contribution, 0);
  return {
    matched: sum(row.matched),
    partial: sum(row.partial),
    lacking: Math.max(0, 1 - row.score),
  };
}

// ── The explaining graph ───────────────────────────────────────────────

/**
 * The ranked side (best on top) → the competencies in play → the subject. The subject requires
 * (posting) or holds (candidate) its competencies; each row holds or requires its own, weighted by
 * how far it meets the need. Rows are coloured by score with `scoreColour`.
 */
export function matchLayers(
  answer: MatchAnswer,
  scoreColour: (score: number) => string,
  dimensionColour: (dimension: string) => string,
): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const rows = matchRows(answer);
  const subject = matchSubject(answer);
  const competencies = new Map<
    string,
    { name_zh: string; name_en?: string; dimension: string; weight: number }
  >();
  for (const row of rows)
    for (const c of rowCompetencies(row)) {
      const known = competencies.get(c.key);
      if (!known || known.weight < c.weight)
        competencies.set(c.key, {
          name_zh: c.name_zh,
          ...(c.name_en !== undefined && { name_en: c.name_en }),
          dimension: c.dimension,
          weight: c.weight,
        });
    }
  const maxWeight = Math.max(0, ...[...competencies.values()].map((c) => c.weight));
  const rowKind = answer.direction === 'posting' ? 'candidate' : 'posting';
  const subjectRel = answer.direction === 'posting' ? 'REQUIRES' : 'HAS_COMPETENCY';
  const rowRel = answer.direction === 'posting' ? 'HAS_COMPETENCY' : 'REQUIRES';
  const layers: LayerNode[][] = [
    rows.map((row) => ({
      id: row.id,
      name_zh: row.name_zh,
      ...(row.name_en !== undefined && { name_en: row.name_en }),
      role: rowKind,
      weight: row.score,
      colour: scoreColour(row.score),
      data: { score: row.score },
    })),
    [...competencies.entries()]
      .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
      .map(([key, c]) => ({
        id: `Competency:${key}`,
        name_zh: c.name_zh,
        ...(c.name_en !== undefined && { name_en: c.name_en }),
        role: 'competency',
        weight: ratio(c.weight, maxWeight),
        colour: dimensionColour(c.dimension),
        data: { dimension: c.dimension },
      })),
    [{ ...subject, role: answer.direction, weight: 1, data: { pinnedLabel: true } }],
  ];
  const edges: LayerEdge[] = [];
  for (const [key, c] of competencies)
    if (answer.direction === 'posting')
      edges.push({
        source: subject.id,
        target: `Competency:${key}`,
        rel: subjectRel,
        weight: ratio(c.weight, maxWeight),
      });
  for (const row of rows)
    for (const c of rowCompetencies(row)) {
      // A posting row requires all of its competencies; a candidate row holds the ones it has.
      if (answer.direction === 'posting' && c.status === 'missing') continue;
      const met = c.need > 0 ? Math.min(1, c.have / c.need) : 0;
      edges.push({
        source: row.id,
        target: `Competency:${c.key}`,
        rel: rowRel,
        weight: answer.direction === 'posting' ? met : ratio(c.weight, maxWeight),
      });
      if (answer.direction === 'candidate' && c.status !== 'missing')
        edges.push({
          source: subject.id,
          target: `Competency:${c.key}`,
          rel: subjectRel,
          weight: met,
        });
    }
  return { layers, edges };
}

/** A picked row with every competency of its explanation, and the subject. */
export function matchFocus(answer: MatchAnswer, selected: string): Set<string> {
  const focus = new Set<string>();
  const row = matchRows(answer).find((r) => r.id === selected);
  if (!row) return focus;
  focus.add(selected);
  focus.add(matchSubject(answer).id);
  for (const c of rowCompetencies(row)) focus.add(`Competency:${c.key}`);
  return focus;
}
