/**
 * Postings ranked for one candidate (人岗匹配, the rules in matching.ts), on a complete graph or a
 * loader's partial one (load/people.ts). A loader may leave a posting's requirements partly read:
 *
 * - unread (`graph.unread`): postings that require something, share no competency with the
 *   candidate and pass the region and the period — each scores 0;
 * - counted without a requirement read (`countRelationships` with no grouping): scoring 0 when the
 *   count is above 0 (every requirement weighs more than 0), unscored when not;
 * - read only where they meet the candidate's competencies, the others counted by importance and
 *   essential: the score follows from those exactly (`scoreFromCounts`), but the explanation needs
 *   them all, so a loader reads whole the postings that make the list.
 */
import type { PostingsForCandidate } from '@chanjiao/graph-schema';
import type { AnalysisGraph, ValueGroup } from './graph.ts';
import { isLocatedIn } from './graph.ts';
import {
  byKey,
  candidateLevels,
  candidateSummary,
  cut,
  levelRatio,
  postingRequirements,
  postingSummary,
  regionFilter,
  scorePair,
  sortAndCut,
  type Explanation,
  type Requirement,
} from './matching.ts';
import { groupWeight, requirementProps } from './related-occupations.ts';
import { periodMatches, requireNode } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

export interface PostingsQuery {
  candidate: string;
  region?: string;
  period?: string;
  minScore?: number;
  limit?: number;
}

/** A ranked posting; without an explanation when its requirements were not all read. */
export interface RankedPosting {
  id: string;
  key: string;
  score: number;
  explanation?: Explanation;
}

/**
 * Whether a posting without a read requirement has requirements in the store (counted by the
 * loader); a complete graph has read them all. Each weighs more than 0 (requirementWeight with
 * importance 1–5), so such a posting scores 0 for a candidate holding none of them.
 */
function requiresUnread(graph: AnalysisGraph, postingId: string): boolean {
  return (
    graph.hasRelationshipGroups(postingId, 'REQUIRES', 'out', 'Competency', []) &&
    graph.relationshipGroups(postingId, 'REQUIRES', 'out', 'Competency', []).length > 0
  );
}

/**
 * A posting's requirements counted by importance and essential when more of them are in the store
 * than were read (the loader read only those meeting the candidate's competencies); undefined when
 * all were read.
 */
function countedRequirements(
  graph: AnalysisGraph,
  postingId: string,
  read: number,
): ValueGroup[] | undefined {
  if (!graph.hasRelationshipGroups(postingId, 'REQUIRES', 'out', 'Competency', requirementProps))
    return undefined;
  const groups = graph.relationshipGroups(
    postingId,
    'REQUIRES',
    'out',
    'Competency',
    requirementProps,
  );
  return groups.reduce((sum, g) => sum + g.count, 0) > read ? groups : undefined;
}

/**
 * The score scorePair gives, from the requirements read (those the candidate may hold, in
 * scorePair's order) and all of them counted by importance and essential: Σ w is summed over the
 * weights in descending order, as scorePair adds them, and each requirement not read adds
 * w · 0 — nothing.
 */
export function scoreFromCounts(
  read: Requirement[],
  levels: Map<string, number>,
  counted: ValueGroup[],
): number | null {
  const weights: number[] = [];
  for (const { values, count } of counted) {
    const weight = groupWeight(values);
    for (let i = 0; i < count; i++) weights.push(weight);
  }
  weights.sort((a, b) => b - a);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length === 0 || !(totalWeight > 0)) return null;
  let weighted = 0;
  for (const r of read) {
    const have = Math.max(0, levels.get(r.id) ?? 0);
    weighted += r.weight * levelRatio(have, r.need);
  }
  return Math.min(1, Math.max(0, weighted / totalWeight));
}

/** The postings ranked (score descending, then key) before the cut, and what was left out. */
export function rankPostings(graph: AnalysisGraph, query: PostingsQuery) {
  const candidateId = requireNode(graph, { kind: 'Candidate', key: query.candidate }, 'candidate');
  const regions = regionFilter(graph, query.region);
  const levels = candidateLevels(graph, candidateId);

  const considered = graph.kindTotal('Posting');
  const all = graph.nodesOf('Posting');
  // Postings a loader left unread (graph.unread) require something, share no competency with the
  // candidate and pass the region and the period: each scores 0 and ranks after the read ones.
  const unread = graph.unread('Posting');
  const excluded = { region: considered - all.length - unread, period: 0, minScore: 0 };
  const unscored: string[] = [];
  const ranked: RankedPosting[] = [];
  // So do postings a loader left with their requirements counted instead of read.
  let unreadRanked = 0;
  const rankUnread = (count: number) => {
    if (query.minScore !== undefined && 0 < query.minScore) excluded.minScore += count;
    else unreadRanked += count;
  };
  rankUnread(unread);
  for (const posting of all) {
    if (regions && !isLocatedIn(graph, posting.id, regions)) {
      excluded.region += 1;
      continue;
    }
    if (!periodMatches(posting.props.period, query.period)) {
      excluded.period += 1;
      continue;
    }
    const requirements = postingRequirements(graph, posting.id);
    if (requirements.length === 0 && requiresUnread(graph, posting.id)) {
      rankUnread(1);
      continue;
    }
    const counted = countedRequirements(graph, posting.id, requirements.length);
    let score: number | null;
    let explanation: Explanation | undefined;
    if (counted) score = scoreFromCounts(requirements, levels, counted);
    else {
      const { score: pairScore, reason: _reason, ...rest } = scorePair(requirements, levels);
      score = pairScore;
      explanation = rest;
    }
    if (score === null) {
      unscored.push(posting.key);
      continue;
    }
    if (query.minScore !== undefined && score < query.minScore) {
      excluded.minScore += 1;
      continue;
    }
    ranked.push({ id: posting.id, key: posting.key, score, ...(explanation && { explanation }) });
  }
  return {
    candidateId,
    levels,
    considered,
    excluded,
    unscored: unscored.sort(compareStrings),
    total: ranked.length + unreadRanked,
    ranked: sortAndCut(ranked),
  };
}

export function postingsForCandidate(
  graph: AnalysisGraph,
  query: PostingsQuery,
): PostingsForCandidate {
  const { candidateId, levels, considered, excluded, unscored, total, ranked } = rankPostings(
    graph,
    query,
  );
  // Only the listed postings are summed up (their occupation, enterprise and places).
  const postings = cut(ranked, query.limit).map(({ id, score, explanation }) => {
    if (!explanation)
      throw new Error(`analysis graph: the requirements of ${id} were not all loaded`);
    return { ...postingSummary(graph, id), score, ...explanation };
  });

  const highlight = new Set<string>([candidateId, ...levels.keys()]);
  for (const p of postings) highlight.add(`Posting:${p.key}`);
  return {
    candidate: {
      ...candidateSummary(graph, candidateId),
      competencies: [...levels]
        .map(([id, level]) => ({ key: graph.node(id)!.key, level }))
        .sort((a, b) => b.level - a.level || byKey(a, b)),
    },
    filters: {
      region: query.region ?? null,
      period: query.period ?? null,
      minScore: query.minScore ?? null,
    },
    considered,
    excluded,
    unscored,
    total,
    postings,
    highlight: [...highlight].sort(compareStrings),
  };
}
