/**
 * Relatedness: which occupations are near one another (career transitions), and which chain
 * segments draw on the same competencies.
 *
 * Occupations: each occupation o is a vector of competency weights `w_oc` (its own REQUIRES edges,
 * weights from requirements.ts; tasks it PERFORMS are not folded in). Two occupations a, b are
 * related by the weighted Jaccard index `J = Σ_c min(w_ac, w_bc) / Σ_c max(w_ac, w_bc)` over the
 * union of their competencies, in [0, 1]. For each related occupation the answer lists the shared
 * competencies (both weights and required levels, and `levelGap = max(0, L_target − L_source)`) and
 * the missing ones: what the target requires that the source does not (the transition gap).
 *
 * Segments: a segment s is a vector `v_sc = Σ_o d_so · w_oc` over the occupations it EMPLOYS, with
 * `d_so = EMPLOYS.demand` (an edge without it counts 0); when none of the segment's EMPLOYS edges
 * carries demand, every employed occupation counts 1 (`weighting: "uniform"`). Vectors are
 * normalised to shares `δ_sc = v_sc / Σ_c v_sc` (so a large and a small segment with the same mix
 * are alike) and compared with the same weighted Jaccard `J = Σ min(δ_a, δ_b) / Σ max(δ_a, δ_b)`,
 * computed as `J = I / (2 − I)` with `I = Σ min` (both sets of shares sum to 1), so a compared
 * segment needs only its shares of the source's competencies and its vector's total, made from its
 * occupations' profile totals (see `comparedProfile`). Segments of every chain are compared. Each
 * related segment lists the shared competencies with both shares and the occupations both employ.
 *
 * J is given to 12 decimal places, so that equal indices summed in another order tie. Only items
 * with J > 0 are listed; ordering is J descending, then key. An occupation (segment)
 * without competencies relates to nothing and the answer says why.
 */
import type {
  Named,
  RelatedOccupation,
  RelatedOccupations,
  RelatedSegment,
  RelatedSegments,
  SegmentWeighting,
} from '@chanjiao/graph-schema';
import type { AnalysisGraph } from './graph.ts';
import { numberProp } from './graph.ts';
import { requirementWeight } from './requirements.ts';
import {
  occupationVector,
  profileTotal,
  rankRelatedOccupations,
  requirementProps,
  roundedScore,
} from './related-occupations.ts';
import { requireNode } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

type SharedOccupationCompetency = RelatedOccupation['shared'][number];
type MissingCompetency = RelatedOccupation['missing'][number];
type SharedSegmentCompetency = RelatedSegment['shared'][number];

export type { RelatedOccupation, RelatedOccupations, RelatedSegment, RelatedSegments };
export type { SegmentWeighting };

const byKey = <T extends { key: string }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function named(graph: AnalysisGraph, id: string): Named {
  return { key: graph.node(id)!.key, ...graph.name(id) };
}

function dimension(graph: AnalysisGraph, id: string): string {
  return String(graph.node(id)?.props.dimension ?? '');
}

export function relatedOccupations(
  graph: AnalysisGraph,
  query: { occupation: string; limit?: number },
): RelatedOccupations {
  const sourceId = requireNode(graph, { kind: 'Occupation', key: query.occupation }, 'occupation');
  const source = occupationVector(graph, sourceId);
  // Every related occupation is scored; only the listed ones are explained (at a province's
  // scale thousands share a common competency, and their lists would be built to be cut).
  const { scored, unscored } = rankRelatedOccupations(graph, sourceId, query.limit);
  const chosen = query.limit === undefined ? scored : scored.slice(0, query.limit);
  const listed: RelatedOccupation[] = chosen.map(
    ({ id: targetId, similarity, intersection, union }) => {
      const vector = occupationVector(graph, targetId);
      const shared: SharedOccupationCompetency[] = [];
      const missing: MissingCompetency[] = [];
      for (const [id, t] of vector) {
        const s = source.get(id);
        if (s)
          shared.push({
            ...named(graph, id),
            dimension: dimension(graph, id),
            weight: s.weight,
            targetWeight: t.weight,
            level: s.level,
            targetLevel: t.level,
            levelGap: Math.max(0, t.level - s.level),
          });
        else
          missing.push({
            ...named(graph, id),
            dimension: dimension(graph, id),
            weight: t.weight,
            level: t.level,
          });
      }
      return {
        ...named(graph, targetId),
        similarity,
        intersection,
        union,
        shared: shared.sort(
          (a, b) =>
            Math.min(b.weight, b.targetWeight) - Math.min(a.weight, a.targetWeight) || byKey(a, b),
        ),
        missing: missing.sort((a, b) => b.weight - a.weight || byKey(a, b)),
      };
    },
  );

  const highlight = new Set<string>([sourceId, ...source.keys()]);
  for (const r of listed) highlight.add(`Occupation:${r.key}`);
  return {
    occupation: { ...named(graph, sourceId), competencies: source.size },
    ...(source.size === 0 && {
      reason: 'the occupation requires no competency (REQUIRES), so nothing can be compared',
    }),
    total: scored.length + unscored,
    related: listed,
    highlight: [...highlight].sort(compareStrings),
  };
}

interface SegmentProfile {
  weighting: SegmentWeighting;
  shares: Map<string, number>;
  occupations: Set<string>;
  chain: string | null;
}

/** A segment's EMPLOYS of occupations, by id, with their weights `d` (0 left out) and the weighting. */
function employedOccupations(
  graph: AnalysisGraph,
  segmentId: string,
): { weighting: SegmentWeighting; employed: { id: string; d: number }[] } {
  const employs = graph.out(segmentId, 'EMPLOYS').filter((l) => {
    return graph.node(l.id)?.kind === 'Occupation';
  });
  const demand = employs.reduce(
    (sum, l) => sum + Math.max(0, numberProp(l.props, 'demand') ?? 0),
    0,
  );
  const weighting: SegmentWeighting =
    employs.length === 0 ? 'none' : demand > 0 ? 'demand' : 'uniform';
  const employed = [...employs]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((link) => ({
      id: link.id,
      d: weighting === 'demand' ? Math.max(0, numberProp(link.props, 'demand') ?? 0) : 1,
    }));
  return { weighting, employed };
}

function chainOf(graph: AnalysisGraph, segmentId: string): string | null {
  const chain = graph
    .out(segmentId, 'PART_OF')
    .map((l) => graph.node(l.id))
    .filter((x) => x?.kind === 'Chain')
    .map((x) => x!.key)
    .sort(compareStrings)[0];
  return chain ?? null;
}

/**
 * Adds `d · w_oc` of one employed occupation to `vector`, for the competencies `keep` accepts, in
 * competency id order (so the sums do not depend on how the edges were loaded).
 */
function addRequirements(
  graph: AnalysisGraph,
  occupationId: string,
  d: number,
  vector: Map<string, number>,
  keep: (competencyId: string) => boolean,
): void {
  const requires = graph
    .out(occupationId, 'REQUIRES')
    .filter((r) => keep(r.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of requires) {
    const w = requirementWeight(r.props);
    if (w > 0) vector.set(r.id, (vector.get(r.id) ?? 0) + d * w);
  }
}

function withShares(
  graph: AnalysisGraph,
  segmentId: string,
  { weighting, employed }: ReturnType<typeof employedOccupations>,
  vector: Map<string, number>,
  total: number,
): SegmentProfile {
  const shares = new Map<string, number>();
  if (total > 0) for (const [id, v] of vector) shares.set(id, v / total);
  return {
    weighting,
    shares,
    occupations: new Set(employed.map((o) => o.id)),
    chain: chainOf(graph, segmentId),
  };
}

/** The source segment's whole profile: every competency its occupations require. */
function segmentProfile(graph: AnalysisGraph, segmentId: string): SegmentProfile {
  const employment = employedOccupations(graph, segmentId);
  const vector = new Map<string, number>();
  for (const { id, d } of employment.employed)
    if (d > 0) addRequirements(graph, id, d, vector, (c) => graph.node(c)?.kind === 'Competency');
  const total = [...vector.keys()]
    .sort(compareStrings)
    .reduce((sum, id) => sum + vector.get(id)!, 0);
  return withShares(graph, segmentId, employment, vector, total);
}

/**
 * A compared segment's shares of the source's competencies only: `v_bc` from its occupations'
 * requirements of those, over `V_b = Σ_o d_bo · W_o`, where `W_o` is the occupation's profile
 * total counted in the store (related-occupations.ts `profileTotal`) — so no compared segment's
 * occupations are read whole. The other competencies count only through `V_b`: with both
 * vectors summing to 1, `Σ max = 2 − Σ min`.
 */
function comparedProfile(
  graph: AnalysisGraph,
  segmentId: string,
  source: Map<string, number>,
  totalOf: (occupationId: string) => number,
): SegmentProfile {
  const employment = employedOccupations(graph, segmentId);
  const vector = new Map<string, number>();
  let total = 0;
  for (const { id, d } of employment.employed) {
    if (d === 0) continue;
    addRequirements(graph, id, d, vector, (c) => source.has(c));
    total += d * totalOf(id);
  }
  return withShares(graph, segmentId, employment, vector, total);
}

/** `J = I / (2 − I)` with `I = Σ min` over the source's competencies (both sets of shares sum to 1). */
function shareJaccard(source: Map<string, number>, target: Map<string, number>): number {
  let intersection = 0;
  for (const id of [...target.keys()].sort(compareStrings))
    intersection += Math.min(source.get(id) ?? 0, target.get(id)!);
  return intersection > 0 ? roundedScore(intersection / (2 - intersection)) : 0;
}

export function relatedSegments(
  graph: AnalysisGraph,
  query: { segment: string; limit?: number },
): RelatedSegments {
  const sourceId = requireNode(graph, { kind: 'Segment', key: query.segment }, 'segment');
  const source = segmentProfile(graph, sourceId);
  const scored: { id: string; key: string; similarity: number; profile: SegmentProfile }[] = [];
  // An occupation's profile total, once per answer however many segments employ it.
  const totals = new Map<string, number>();
  const totalOf = (id: string) => {
    let total = totals.get(id);
    if (total === undefined) {
      const groups = graph.relationshipGroups(
        id,
        'REQUIRES',
        'out',
        'Competency',
        requirementProps,
      );
      totals.set(id, (total = profileTotal(groups)));
    }
    return total;
  };
  if (source.shares.size > 0)
    for (const target of graph.nodesOf('Segment')) {
      if (target.id === sourceId) continue;
      const profile = comparedProfile(graph, target.id, source.shares, totalOf);
      const similarity = shareJaccard(source.shares, profile.shares);
      if (similarity > 0) scored.push({ id: target.id, key: target.key, similarity, profile });
    }
  scored.sort((a, b) => b.similarity - a.similarity || byKey(a, b));
  const chosen = query.limit === undefined ? scored : scored.slice(0, query.limit);
  // Only the listed segments are explained.
  const listed: RelatedSegment[] = chosen.map(({ id: targetId, similarity, profile }) => {
    const shared: SharedSegmentCompetency[] = [];
    for (const [id, targetShare] of profile.shares) {
      const share = source.shares.get(id);
      if (share !== undefined)
        shared.push({ ...named(graph, id), dimension: dimension(graph, id), share, targetShare });
    }
    return {
      ...named(graph, targetId),
      chain: profile.chain,
      weighting: profile.weighting,
      similarity,
      shared: shared.sort(
        (a, b) =>
          Math.min(b.share, b.targetShare) - Math.min(a.share, a.targetShare) || byKey(a, b),
      ),
      sharedOccupations: [...profile.occupations]
        .filter((id) => source.occupations.has(id))
        .map((id) => graph.node(id)!.key)
        .sort(compareStrings),
    };
  });

  const highlight = new Set<string>([sourceId]);
  for (const r of listed) highlight.add(`Segment:${r.key}`);
  return {
    segment: {
      ...named(graph, sourceId),
      chain: source.chain,
      weighting: source.weighting,
      competencies: source.shares.size,
    },
    ...(source.shares.size === 0 && {
      reason:
        source.weighting === 'none'
          ? 'the segment employs no occupation (EMPLOYS), so it has no competency profile'
          : 'the occupations the segment employs require no competency (REQUIRES)',
    }),
    total: scored.length,
    related: listed,
    highlight: [...highlight].sort(compareStrings),
  };
}
