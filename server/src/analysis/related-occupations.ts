/**
 * How related occupations are scored (relatedness.ts explains them): the weighted Jaccard index
 * `J = Σ min / Σ max` of two occupations' competency weights, computed as
 * `J = I / (Σ_a + Σ_b − I)` with `I = Σ min` — since `Σ max = Σ_a + Σ_b − Σ min` over the union.
 * A target's `I` needs only its requirements of the source's competencies, and `Σ_b` is its
 * profile's total, counted in the store by importance and essential (countRelationships), so no
 * target's whole profile is read to score it.
 *
 * Before its total is known, a target's score is bounded: its total is at least `S`, its own
 * weights on the shared competencies, so `J ≤ I / (Σ_a + S − I)`. A loader reads totals in
 * descending order of that bound and stops once the next bound is below the score of the last
 * occupation it lists: the rest cannot be listed, and count as related (they share a competency)
 * without a score.
 */
import type { Props } from '@chanjiao/graph-schema';
import { compareStrings } from '../store/order.ts';
import type { AnalysisGraph, ValueGroup } from './graph.ts';
import { requiredLevel, requirementWeight } from './requirements.ts';

/** The REQUIRES properties a requirement's weight is made of (see requirements.ts). */
export const requirementProps = ['importance', 'essential'];

/**
 * A score to 12 decimal places (at most 1): sums of the same weights added in another order differ
 * in the last bits, and equal scores must tie, so that their order is the key's.
 */
export function roundedScore(x: number): number {
  return Math.min(1, Math.round(x * 1e12) / 1e12);
}

/** A bound is trusted only this far below a score (the two are summed in different orders). */
const boundMargin = 1e-9;

/** Competency id → weight and required level, for one occupation (positive weights only). */
export function occupationVector(
  graph: AnalysisGraph,
  occupationId: string,
): Map<string, { weight: number; level: number }> {
  const vector = new Map<string, { weight: number; level: number }>();
  for (const link of graph.out(occupationId, 'REQUIRES')) {
    if (graph.node(link.id)?.kind !== 'Competency') continue;
    const weight = requirementWeight(link.props);
    if (weight > 0) vector.set(link.id, { weight, level: requiredLevel(link.props) });
  }
  return vector;
}

/** The weight of requirements counted with these `requirementProps` values. */
export function groupWeight(values: ValueGroup['values']): number {
  const props: Props = {};
  requirementProps.forEach((name, i) => {
    if (values[i] !== null) props[name] = values[i]!;
  });
  return requirementWeight(props);
}

/**
 * Σ of an occupation's positive requirement weights, from its REQUIRES counted by importance and
 * essential: added weight by weight in ascending order, so the total is the same to the bit
 * however the requirements were read.
 */
export function profileTotal(groups: ValueGroup[]): number {
  const byWeight = new Map<number, number>();
  for (const { values, count } of groups) {
    const weight = groupWeight(values);
    if (weight > 0) byWeight.set(weight, (byWeight.get(weight) ?? 0) + count);
  }
  return [...byWeight]
    .sort(([a], [b]) => a - b)
    .reduce((sum, [weight, count]) => sum + weight * count, 0);
}

/** An occupation's profile total from the graph (counted in the store for a loader's graph). */
const totalIn = (graph: AnalysisGraph, id: string) =>
  profileTotal(graph.relationshipGroups(id, 'REQUIRES', 'out', 'Competency', requirementProps));

/** An occupation sharing a competency with the source, with what is known before its total. */
export interface RelatedCandidate {
  id: string;
  key: string;
  /** Σ min over the shared competencies (added in competency id order). */
  intersection: number;
  /** The most its score can be (see the module comment). */
  bound: number;
}

/**
 * Every occupation sharing a competency (of a positive weight on both sides) with the source,
 * by bound descending, then key. Empty when the source requires nothing.
 */
export function relatedCandidates(graph: AnalysisGraph, sourceId: string): RelatedCandidate[] {
  const source = occupationVector(graph, sourceId);
  const sourceWeight = [...source.values()].reduce((sum, v) => sum + v.weight, 0);
  const shared = new Map<string, { intersection: number; own: number }>();
  for (const competency of [...source.keys()].sort(compareStrings)) {
    const s = source.get(competency)!.weight;
    for (const link of graph.in(competency, 'REQUIRES')) {
      if (link.id === sourceId || graph.node(link.id)?.kind !== 'Occupation') continue;
      const weight = requirementWeight(link.props);
      if (weight <= 0) continue;
      const sums = shared.get(link.id) ?? { intersection: 0, own: 0 };
      sums.intersection += Math.min(s, weight);
      sums.own += weight;
      shared.set(link.id, sums);
    }
  }
  return [...shared]
    .map(([id, { intersection, own }]) => ({
      id,
      key: graph.node(id)!.key,
      intersection,
      bound: Math.min(1, intersection / (sourceWeight + own - intersection)),
    }))
    .sort((a, b) => b.bound - a.bound || compareStrings(a.key, b.key));
}

export interface ScoredOccupation {
  id: string;
  key: string;
  similarity: number;
  intersection: number;
  union: number;
}

/**
 * The candidates whose profile totals are known, scored and ranked (J descending, then key), and
 * the others (in bound order).
 */
export function scoreRelatedOccupations(
  candidates: RelatedCandidate[],
  sourceTotal: number,
  totalOf: (id: string) => number | undefined,
): { scored: ScoredOccupation[]; others: RelatedCandidate[] } {
  const scored: ScoredOccupation[] = [];
  const others: RelatedCandidate[] = [];
  for (const candidate of candidates) {
    const total = totalOf(candidate.id);
    if (total === undefined) {
      others.push(candidate);
      continue;
    }
    const { id, key, intersection } = candidate;
    const union = sourceTotal + total - intersection;
    const similarity = union > 0 ? roundedScore(intersection / union) : 0;
    if (similarity > 0) scored.push({ id, key, similarity, intersection, union });
  }
  scored.sort((a, b) => b.similarity - a.similarity || compareStrings(a.key, b.key));
  return { scored, others };
}

/**
 * The related occupations of the source the graph holds totals of, scored and ranked, and how
 * many others share a competency with it unscored: those must rank below the first `limit`,
 * which their bounds are checked against.
 */
export function rankRelatedOccupations(
  graph: AnalysisGraph,
  sourceId: string,
  limit?: number,
): { scored: ScoredOccupation[]; unscored: number } {
  const candidates = relatedCandidates(graph, sourceId);
  if (candidates.length === 0) return { scored: [], unscored: 0 };
  const has = (id: string) =>
    graph.hasRelationshipGroups(id, 'REQUIRES', 'out', 'Competency', requirementProps);
  const { scored, others } = scoreRelatedOccupations(candidates, totalIn(graph, sourceId), (id) =>
    has(id) ? totalIn(graph, id) : undefined,
  );
  if (others.length > 0) {
    const last = limit !== undefined ? scored[limit - 1] : undefined;
    if (!last || others[0]!.bound >= last.similarity - boundMargin)
      throw new Error(
        `analysis graph: the profile total of occupation ${others[0]!.key} was not loaded`,
      );
  }
  return { scored, unscored: others.length };
}

/**
 * Which candidates a loader must read totals of so that the first `limit` are known: in bound
 * order, up to the first whose bound is below the `limit`-th score among those read (all of them
 * without a limit). `scoredSoFar` ranks what was read.
 */
export function boundReached(
  candidates: RelatedCandidate[],
  next: number,
  scoredSoFar: ScoredOccupation[],
  limit: number | undefined,
): boolean {
  if (next >= candidates.length) return true;
  if (limit === undefined) return false;
  const last = scoredSoFar[limit - 1];
  return last !== undefined && candidates[next]!.bound < last.similarity - boundMargin;
}
