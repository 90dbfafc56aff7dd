/**
 * Chain talent map: chain → segments → occupations with demand → competencies with demand D_c and
 * share δ_c, grouped by dimension (knowledge / skill / quality).
 *
 * Demand of an occupation o, `d_o`:
 * - `structural` (default): Σ EMPLOYS.demand over the chain's segments (an edge without `demand`
 *   counts 0);
 * - `postings`: Σ headcount of postings FOR o located in the region (or below it; anywhere when no
 *   region is given) whose period equals `period` or lies within it (`2025` takes `2025-H1`); all
 *   periods when none is given. Only occupations the chain's segments EMPLOY are counted.
 * Then `D_c = Σ_o d_o · w_oc` and `δ_c = D_c / Σ D` (see requirements.ts for w and L).
 */
import {
  nodeId,
  type CompetencyDemand,
  type DemandMode,
  type NodeRef,
  type OccupationDemand,
  type TalentMap,
} from '@chanjiao/graph-schema';
import { NotFoundError } from '../errors.ts';
import { AnalysisGraph, isLocatedIn, numberProp, regionAndBelow } from './graph.ts';
import { mappingView, type MappingMode } from './mappings.ts';
import { requiredLevel, requirementWeight } from './requirements.ts';
import { compareStrings } from '../store/order.ts';

export type { CompetencyDemand, DemandMode, OccupationDemand, TalentMap };

export interface TalentMapQuery {
  chain: string;
  region?: string;
  demand?: DemandMode;
  period?: string;
  /** Follow SAME_AS / BROADER_MATCH (see mappings.ts); default `ignore`. */
  mappings?: MappingMode;
}

export function periodMatches(period: unknown, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof period === 'string' && (period === wanted || period.startsWith(`${wanted}-`));
}

export function requireNode(graph: AnalysisGraph, ref: NodeRef, parameter: string): string {
  const id = nodeId(ref);
  if (!graph.has(id))
    throw new NotFoundError(`${parameter}: no ${ref.kind} with key ${JSON.stringify(ref.key)}`);
  return id;
}

const byKey = <T extends { key: string }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export function talentMap(graph: AnalysisGraph, query: TalentMapQuery): TalentMap {
  const chainId = requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  const regionId =
    query.region === undefined
      ? undefined
      : requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const mode = query.demand ?? 'structural';
  const regions = regionId ? regionAndBelow(graph, regionId) : undefined;

  const segmentIds = graph
    .in(chainId, 'PART_OF')
    .map((l) => l.id)
    .filter((id) => graph.node(id)?.kind === 'Segment');

  // Occupations the chain employs, with structural demand per segment.
  const occupations = new Map<string, OccupationDemand>();
  const segments: TalentMap['segments'] = [];
  for (const segmentId of segmentIds) {
    const segment = graph.node(segmentId)!;
    const employed: { key: string; demand: number }[] = [];
    for (const link of graph.out(segmentId, 'EMPLOYS')) {
      const occupation = graph.node(link.id);
      if (occupation?.kind !== 'Occupation') continue;
      const structural = numberProp(link.props, 'demand') ?? 0;
      employed.push({ key: occupation.key, demand: structural });
      const entry =
        occupations.get(link.id) ??
        ({
          key: occupation.key,
          ...graph.name(link.id),
          demand: 0,
          segments: [],
          postings: [],
        } as OccupationDemand);
      if (mode === 'structural') entry.demand += structural;
      entry.segments.push(segment.key);
      occupations.set(link.id, entry);
    }
    segments.push({
      key: segment.key,
      ...graph.name(segmentId),
      position: String(segment.props.position ?? ''),
      order: numberProp(segment.props, 'order') ?? null,
      occupations: employed.sort(byKey),
    });
  }
  segments.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || byKey(a, b));

  if (mode === 'postings') {
    for (const [occupationId, entry] of occupations) {
      for (const link of graph.in(occupationId, 'FOR')) {
        const posting = graph.node(link.id);
        if (posting?.kind !== 'Posting' || !periodMatches(posting.props.period, query.period))
          continue;
        if (regions && !isLocatedIn(graph, link.id, regions)) continue;
        entry.demand += numberProp(posting.props, 'headcount') ?? 0;
        entry.postings.push(posting.key);
      }
      entry.postings.sort(compareStrings);
    }
  }

  const view = mappingView(graph, query.mappings);
  const competencies = new Map<string, CompetencyDemand>();
  for (const [occupationId, entry] of occupations) {
    const profile = view.profile(occupationId);
    if (profile.borrowedFrom) entry.profileFrom = profile.borrowedFrom;
    for (const required of profile.requirements) {
      if (graph.node(required.id)?.kind !== 'Competency') continue;
      const link = { id: view.canonical(required.id), props: required.props };
      const competency = graph.node(link.id)!;
      const weight = requirementWeight(link.props) * profile.factor;
      const level = requiredLevel(link.props);
      const contribution = entry.demand * weight;
      const c =
        competencies.get(link.id) ??
        ({
          key: competency.key,
          ...graph.name(link.id),
          dimension: String(competency.props.dimension ?? ''),
          demand: 0,
          share: 0,
          requiredLevel: 0,
          occupations: [],
        } as CompetencyDemand);
      c.demand += contribution;
      if (entry.demand > 0) c.requiredLevel = Math.max(c.requiredLevel, level);
      // Two requirements of one occupation may meet in one competency class: they add up.
      const same = c.occupations.find((o) => o.key === entry.key);
      if (same) {
        same.weight += weight;
        same.level = Math.max(same.level, level);
        same.contribution += contribution;
      } else c.occupations.push({ key: entry.key, weight, level, contribution });
      competencies.set(link.id, c);
    }
  }
  const list = [...competencies.values()].filter((c) => c.demand > 0);
  const totalDemand = list.reduce((sum, c) => sum + c.demand, 0);
  const dimensions: TalentMap['dimensions'] = {};
  for (const c of list) {
    c.share = totalDemand > 0 ? c.demand / totalDemand : 0;
    c.occupations.sort(byKey);
    const d = (dimensions[c.dimension] ??= { demand: 0, share: 0, competencies: 0 });
    d.demand += c.demand;
    d.share += c.share;
    d.competencies += 1;
  }
  list.sort((a, b) => b.demand - a.demand || byKey(a, b));
  const chain = graph.node(chainId)!;
  return {
    chain: { key: chain.key, ...graph.name(chainId) },
    region: query.region ?? null,
    demandMode: mode,
    period: query.period ?? null,
    totalDemand,
    segments,
    occupations: [...occupations.values()].sort((a, b) => b.demand - a.demand || byKey(a, b)),
    competencies: list,
    dimensions,
  };
}
