/**
 * Person–job match (人岗匹配): how well a candidate's competencies meet a posting's requirements,
 * ranked both ways (candidates for a posting here, postings for a candidate in
 * postings-for-candidate.ts).
 *
 * `score = Σ_c∈req w_c · min(1, have_c / need_c) / Σ_c∈req w_c`, where
 * - req are the posting's own REQUIRES edges (its occupation's profile is not substituted: a
 *   posting with no requirement gets `score: null` and a `reason`, never NaN);
 * - `w_c` and `need_c` come from requirements.ts (w = importance/5, else essential true → 1.0,
 *   false → 0.5, neither → 1.0; need = REQUIRES.level, default 3);
 * - `have_c` = the candidate's HAS_COMPETENCY level on exactly that competency, default 3 when the
 *   edge has no level, 0 when there is no edge (SAME_AS / BROADER_MATCH mappings are not followed).
 * Each competency is `matched` (have ≥ need), `partial` (0 < have < need) or `missing` (have 0),
 * with need, have, weight and its contribution `w_c · min(1, have/need) / Σ w` (the contributions
 * sum to the score).
 *
 * Filters (all optional, applied before ranking):
 * - region: the candidate (resp. posting) is LOCATED_IN the region or below it, directly or through
 *   a park there; one without a location is excluded;
 * - period (postings for a candidate): the posting's period equals it or lies within it;
 * - minScore: score ≥ minScore;
 * - minLevel (candidates for a posting): the candidate holds every essential requirement at level
 *   ≥ minLevel, where a requirement is essential unless REQUIRES.essential is explicitly false
 *   (an unflagged requirement counts fully, as in requirementWeight).
 * Ordering: score descending, then key ascending. `limit` cuts the ranked list; `total` counts it
 * before the cut.
 */
import type {
  CandidatesForPosting,
  CandidateSummary,
  CompetencyMatch,
  PostingsForCandidate,
  PostingSummary,
  Props,
} from '@chanjiao/graph-schema';
import { type AnalysisGraph, isLocatedIn, numberProp, regionAndBelow } from './graph.ts';
import { defaultLevel, requiredLevel, requirementWeight } from './requirements.ts';
import { requireNode } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

export const matchingRulesText =
  'score = Σ_c w_c·min(1, have_c/need_c) / Σ_c w_c over the posting’s own REQUIRES edges; have_c = the candidate’s ' +
  'HAS_COMPETENCY level (default 3 without a level, 0 without the edge); matched: have ≥ need, partial: 0 < have < need, ' +
  'missing: have 0. A posting without requirements has score null and a reason. A requirement is essential unless ' +
  'REQUIRES.essential is explicitly false; essentialsMet says whether every essential one is held at ≥ need.';

export interface Requirement {
  id: string;
  key: string;
  name_zh: string;
  name_en?: string;
  dimension: string;
  weight: number;
  need: number;
  essential: boolean;
}

export type {
  CandidatesForPosting,
  CandidateSummary,
  CompetencyMatch,
  PostingsForCandidate,
  PostingSummary,
};

export type Explanation = Omit<PairScore, 'score' | 'reason'>;

export interface PairScore {
  score: number | null;
  reason?: string;
  /** Every essential requirement held at ≥ its need (true when none is essential; false unscored). */
  essentialsMet: boolean;
  matched: CompetencyMatch[];
  partial: CompetencyMatch[];
  missing: CompetencyMatch[];
}

export const byKey = <T extends { key: string }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

const byWeight = (a: CompetencyMatch, b: CompetencyMatch) => b.weight - a.weight || byKey(a, b);

/** The posting's REQUIRES edges on competencies, heaviest first. */
export function postingRequirements(graph: AnalysisGraph, postingId: string): Requirement[] {
  const list: Requirement[] = [];
  for (const link of graph.out(postingId, 'REQUIRES')) {
    const competency = graph.node(link.id);
    if (competency?.kind !== 'Competency') continue;
    list.push({
      id: link.id,
      key: competency.key,
      ...graph.name(link.id),
      dimension: String(competency.props.dimension ?? ''),
      weight: requirementWeight(link.props),
      need: requiredLevel(link.props),
      essential: isEssential(link.props),
    });
  }
  return list.sort((a, b) => b.weight - a.weight || byKey(a, b));
}

export function isEssential(props: Props): boolean {
  return props.essential !== false;
}

/** The candidate's competency levels by competency id (default 3 when an edge has no level). */
export function candidateLevels(graph: AnalysisGraph, candidateId: string): Map<string, number> {
  const levels = new Map<string, number>();
  for (const link of graph.out(candidateId, 'HAS_COMPETENCY'))
    if (graph.node(link.id)?.kind === 'Competency')
      levels.set(link.id, numberProp(link.props, 'level') ?? defaultLevel);
  return levels;
}

/** How much of a required level a held one covers: min(1, have / need); 1 when none is needed. */
export function levelRatio(have: number, need: number): number {
  return need > 0 ? Math.min(1, have / need) : 1;
}

/** The score of one candidate (by levels) against one posting's requirements. */
export function scorePair(requirements: Requirement[], levels: Map<string, number>): PairScore {
  const totalWeight = requirements.reduce((sum, r) => sum + r.weight, 0);
  const matched: CompetencyMatch[] = [];
  const partial: CompetencyMatch[] = [];
  const missing: CompetencyMatch[] = [];
  if (requirements.length === 0 || !(totalWeight > 0))
    return {
      score: null,
      reason:
        requirements.length === 0
          ? 'the posting lists no required competency (REQUIRES)'
          : 'the posting’s requirements all have weight 0',
      essentialsMet: false,
      matched,
      partial,
      missing,
    };
  let weighted = 0;
  let essentialsMet = true;
  for (const r of requirements) {
    const have = Math.max(0, levels.get(r.id) ?? 0);
    const ratio = levelRatio(have, r.need);
    weighted += r.weight * ratio;
    const entry: CompetencyMatch = {
      key: r.key,
      name_zh: r.name_zh,
      ...(r.name_en !== undefined && { name_en: r.name_en }),
      dimension: r.dimension,
      weight: r.weight,
      need: r.need,
      have,
      essential: r.essential,
      contribution: (r.weight * ratio) / totalWeight,
    };
    if (have >= r.need) matched.push(entry);
    else if (have > 0) partial.push(entry);
    else missing.push(entry);
    if (r.essential && have < r.need) essentialsMet = false;
  }
  return {
    score: Math.min(1, Math.max(0, weighted / totalWeight)),
    essentialsMet,
    matched: matched.sort(byWeight),
    partial: partial.sort(byWeight),
    missing: missing.sort(byWeight),
  };
}

function regionsOf(graph: AnalysisGraph, id: string): string[] {
  return graph
    .out(id, 'LOCATED_IN')
    .map((l) => graph.node(l.id)?.key)
    .filter((k): k is string => k !== undefined)
    .sort(compareStrings);
}

export function postingSummary(graph: AnalysisGraph, postingId: string): PostingSummary {
  const posting = graph.node(postingId)!;
  const occupation = graph
    .out(postingId, 'FOR')
    .map((l) => graph.node(l.id))
    .filter((x) => x?.kind === 'Occupation')
    .map((x) => x!.key)
    .sort(compareStrings)[0];
  const enterprise = graph
    .in(postingId, 'POSTED')
    .map((l) => graph.node(l.id))
    .filter((x) => x?.kind === 'Enterprise')
    .map((x) => x!.key)
    .sort(compareStrings)[0];
  return {
    key: posting.key,
    ...graph.name(postingId),
    period: typeof posting.props.period === 'string' ? posting.props.period : null,
    headcount: numberProp(posting.props, 'headcount') ?? null,
    occupation: occupation ?? null,
    enterprise: enterprise ?? null,
    regions: regionsOf(graph, postingId),
  };
}

export function candidateSummary(graph: AnalysisGraph, candidateId: string): CandidateSummary {
  const candidate = graph.node(candidateId)!;
  return {
    key: candidate.key,
    ...graph.name(candidateId),
    status: typeof candidate.props.status === 'string' ? candidate.props.status : null,
    graduationYear: numberProp(candidate.props, 'graduationYear') ?? null,
    regions: regionsOf(graph, candidateId),
  };
}

export function regionFilter(graph: AnalysisGraph, region: string | undefined) {
  if (region === undefined) return undefined;
  const regionId = requireNode(graph, { kind: 'Region', key: region }, 'region');
  return regionAndBelow(graph, regionId);
}

export function sortAndCut<T extends { key: string; score: number }>(
  list: T[],
  limit?: number,
): T[] {
  list.sort((a, b) => b.score - a.score || byKey(a, b));
  return cut(list, limit);
}

/** The first `limit` of a list already ranked (all of it without a limit). */
export function cut<T>(list: T[], limit?: number): T[] {
  return limit === undefined ? list : list.slice(0, Math.max(0, limit));
}

export function candidatesForPosting(
  graph: AnalysisGraph,
  query: { posting: string; region?: string; minScore?: number; minLevel?: number; limit?: number },
): CandidatesForPosting {
  const postingId = requireNode(graph, { kind: 'Posting', key: query.posting }, 'posting');
  const regions = regionFilter(graph, query.region);
  const requirements = postingRequirements(graph, postingId);
  const totalWeight = requirements.reduce((sum, r) => sum + r.weight, 0);
  const essentials = requirements.filter((r) => r.essential);

  // A posting without (weighted) requirements scores nobody: say why once.
  const unscored = scorePair(requirements, new Map());
  const reason = unscored.score === null ? unscored.reason : undefined;

  // With a region a loader hands over only the candidates located there: the others of the store
  // (its total, counted there) are excluded by the region.
  const considered = graph.kindTotal('Candidate');
  const all = graph.nodesOf('Candidate');
  // Candidates of the scope a loader left unread hold none of the requirements (graph.unread).
  const unread = graph.unread('Candidate');
  const excluded = {
    region: reason === undefined ? considered - all.length - unread : 0,
    minLevel: 0,
    minScore: 0,
  };
  const ranked: CandidatesForPosting['candidates'] = [];
  for (const candidate of reason === undefined ? all : []) {
    if (regions && !isLocatedIn(graph, candidate.id, regions)) {
      excluded.region += 1;
      continue;
    }
    const levels = candidateLevels(graph, candidate.id);
    if (
      query.minLevel !== undefined &&
      essentials.some((r) => (levels.get(r.id) ?? 0) < query.minLevel!)
    ) {
      excluded.minLevel += 1;
      continue;
    }
    const { score, reason: _reason, ...explanation } = scorePair(requirements, levels);
    if (score === null) continue;
    if (query.minScore !== undefined && score < query.minScore) {
      excluded.minScore += 1;
      continue;
    }
    ranked.push({ ...candidateSummary(graph, candidate.id), score, ...explanation });
  }
  // The unread candidates score as an empty profile, each alike; the loader read the first of
  // them by key, enough to fill the cut list, so the others are only counted.
  let unreadRanked = 0;
  if (reason === undefined && unread > 0) {
    const empty = new Map<string, number>();
    if (
      query.minLevel !== undefined &&
      essentials.some((r) => (empty.get(r.id) ?? 0) < query.minLevel!)
    )
      excluded.minLevel += unread;
    else if (query.minScore !== undefined && scorePair(requirements, empty).score! < query.minScore)
      excluded.minScore += unread;
    else unreadRanked = unread;
  }
  const total = ranked.length + unreadRanked;
  const candidates = sortAndCut(ranked, query.limit);

  const highlight = new Set<string>([postingId, ...requirements.map((r) => r.id)]);
  for (const c of candidates) highlight.add(`Candidate:${c.key}`);
  return {
    posting: postingSummary(graph, postingId),
    filters: {
      region: query.region ?? null,
      minScore: query.minScore ?? null,
      minLevel: query.minLevel ?? null,
    },
    requirements: requirements.map(({ id: _id, ...r }) => r),
    totalWeight,
    ...(reason !== undefined && { reason }),
    considered,
    excluded,
    total,
    candidates,
    highlight: [...highlight].sort(compareStrings),
  };
}
