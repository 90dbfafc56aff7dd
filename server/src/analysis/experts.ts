/**
 * Expert finder: experts ranked by how much of a request (competencies, industries, chains,
 * segments) they cover.
 *
 * Each requested item i gets a match m_i in [0, 1]:
 * - competency c: `m = min(1, level / 5)` with level = the expert's HAS_COMPETENCY level on exactly c
 *   (default 3 when the edge has no level), 0 without the edge;
 * - field f (an Industry, Chain or Segment): `m = 0.5^h`, maximised over the expert's SPECIALISES_IN
 *   targets s, where h is the number of PART_OF steps between s and f when one lies above the other
 *   (h = 0 for f itself; a segment of a requested chain, or the chain of a requested segment, is 1
 *   step; industries any depth up or down the GB/T 4754 tree, so a division is 0.5 for its group and
 *   0.25 for its class); 0 when neither lies above the other (siblings do not match).
 * `score = Σ_i m_i / n` over the n distinct requested items, in [0, 1]; `competencyScore` and
 * `fieldScore` are the same mean over each part (null when that part was not requested).
 * Region (optional) is a filter, not a score: an expert qualifies when one of its AFFILIATED_WITH
 * institutions or enterprises is LOCATED_IN the region or below it (directly or via a park).
 * Experts with score 0 are left out; ordering is score descending, then key.
 */
import type { ExpertFinder, ExpertMatch } from '@chanjiao/graph-schema';
import { BadRequestError } from '../errors.ts';
import { type AnalysisGraph, isLocatedIn, numberProp, regionAndBelow } from './graph.ts';
import { defaultLevel } from './requirements.ts';
import { requireNode } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

export const maxLevel = 5;

export interface ExpertQuery {
  competencies?: string[];
  industries?: string[];
  chains?: string[];
  segments?: string[];
  region?: string;
  limit?: number;
}

type FieldKind = 'Industry' | 'Chain' | 'Segment';
type CompetencyOverlap = ExpertMatch['competencies'][number];
type FieldOverlap = ExpertMatch['fields'][number];

export type { ExpertFinder, ExpertMatch };

const byKey = <T extends { key: string }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

const distinct = (list: string[] | undefined) => [...new Set(list ?? [])].sort(compareStrings);

/** Every node above `id` through PART_OF, with the fewest steps to it (id itself at 0). */
function above(graph: AnalysisGraph, id: string): Map<string, number> {
  const depth = new Map([[id, 0]]);
  let frontier = [id];
  for (let h = 1; frontier.length; h += 1) {
    const next: string[] = [];
    for (const current of frontier)
      for (const parent of graph.out(current, 'PART_OF'))
        if (!depth.has(parent.id)) {
          depth.set(parent.id, h);
          next.push(parent.id);
        }
    frontier = next;
  }
  return depth;
}

/** The institutions and enterprises located in the regions (directly or through a park there). */
export function localAffiliations(graph: AnalysisGraph, regions: Set<string>): string[] {
  return (['Institution', 'Enterprise'] as const)
    .flatMap((kind) => graph.nodesOf(kind))
    .filter((n) => isLocatedIn(graph, n.id, regions))
    .map((n) => n.id);
}

/** How many experts of the store are AFFILIATED_WITH an institution or enterprise in the regions. */
function expertsAffiliatedIn(graph: AnalysisGraph, regions: Set<string>): number {
  return graph.neighbourCounts(localAffiliations(graph, regions), 'AFFILIATED_WITH', 'in', 'Expert')
    .distinct;
}

/** PART_OF steps between a and b when one lies above the other, else undefined. */
function hopsBetween(graph: AnalysisGraph, a: string, b: string): number | undefined {
  return above(graph, a).get(b) ?? above(graph, b).get(a);
}

export function findExperts(graph: AnalysisGraph, query: ExpertQuery): ExpertFinder {
  const competencies = distinct(query.competencies);
  const fieldKeys: Record<FieldKind, string[]> = {
    Industry: distinct(query.industries),
    Chain: distinct(query.chains),
    Segment: distinct(query.segments),
  };
  const parameter: Record<FieldKind, string> = {
    Industry: 'industry',
    Chain: 'chain',
    Segment: 'segment',
  };
  const competencyIds = competencies.map((key) =>
    requireNode(graph, { kind: 'Competency', key }, 'competency'),
  );
  const fieldIds = (Object.keys(fieldKeys) as FieldKind[]).flatMap((kind) =>
    fieldKeys[kind].map((key) => ({
      kind,
      id: requireNode(graph, { kind, key }, parameter[kind]),
    })),
  );
  const items = competencyIds.length + fieldIds.length;
  if (items === 0)
    throw new BadRequestError('give at least one competency, industry, chain or segment', [
      {
        field: 'querystring',
        message: 'at least one of competency, industry, chain, segment is required',
      },
    ]);
  const regions =
    query.region === undefined
      ? undefined
      : regionAndBelow(graph, requireNode(graph, { kind: 'Region', key: query.region }, 'region'));

  // Every expert of the store is considered; a loader hands over only those that can score (they
  // share a requested item), with the totals counted in the store.
  const considered = graph.kindTotal('Expert');
  const excludedByRegion = regions ? considered - expertsAffiliatedIn(graph, regions) : 0;
  const ranked: ExpertMatch[] = [];
  for (const expert of graph.nodesOf('Expert')) {
    const affiliations = graph.out(expert.id, 'AFFILIATED_WITH').map((l) => l.id);
    if (regions && !affiliations.some((id) => isLocatedIn(graph, id, regions))) continue;
    const levels = new Map<string, number>();
    for (const link of graph.out(expert.id, 'HAS_COMPETENCY'))
      levels.set(link.id, numberProp(link.props, 'level') ?? defaultLevel);
    const specialisms = graph
      .out(expert.id, 'SPECIALISES_IN')
      .map((l) => l.id)
      .sort(compareStrings);

    const uncovered: string[] = [];
    const competencyMatches: CompetencyOverlap[] = [];
    for (const id of competencyIds) {
      const level = levels.get(id);
      const match = level === undefined ? 0 : Math.min(1, Math.max(0, level / maxLevel));
      if (match > 0)
        competencyMatches.push({
          key: graph.node(id)!.key,
          ...graph.name(id),
          level: level!,
          match,
        });
      else uncovered.push(id);
    }
    const fieldMatches: FieldOverlap[] = [];
    for (const { kind, id } of fieldIds) {
      let best: FieldOverlap | undefined;
      for (const s of specialisms) {
        const hops = hopsBetween(graph, s, id);
        if (hops === undefined) continue;
        const match = 0.5 ** hops;
        if (!best || match > best.match) {
          const via = graph.node(s)!;
          best = {
            kind,
            key: graph.node(id)!.key,
            ...graph.name(id),
            match,
            via: { kind: via.kind, key: via.key, hops },
          };
        }
      }
      if (best) fieldMatches.push(best);
      else uncovered.push(id);
    }

    const competencySum = competencyMatches.reduce((sum, c) => sum + c.match, 0);
    const fieldSum = fieldMatches.reduce((sum, f) => sum + f.match, 0);
    const score = Math.min(1, (competencySum + fieldSum) / items);
    if (!(score > 0)) continue;
    ranked.push({
      key: expert.key,
      ...graph.name(expert.id),
      title: typeof expert.props.title === 'string' ? expert.props.title : null,
      affiliations: affiliations
        .map((id) => ({ kind: graph.node(id)!.kind, key: graph.node(id)!.key, ...graph.name(id) }))
        .sort(byKey),
      services: graph
        .out(expert.id, 'PROVIDES')
        .map((l) => graph.node(l.id))
        .filter((x) => x?.kind === 'Service')
        .map((x) => x!.key)
        .sort(compareStrings),
      score,
      competencyScore: competencyIds.length ? competencySum / competencyIds.length : null,
      fieldScore: fieldIds.length ? fieldSum / fieldIds.length : null,
      competencies: competencyMatches.sort((a, b) => b.match - a.match || byKey(a, b)),
      fields: fieldMatches.sort((a, b) => b.match - a.match || byKey(a, b)),
      uncovered: uncovered.sort(compareStrings),
    });
  }
  ranked.sort((a, b) => b.score - a.score || byKey(a, b));
  const experts = query.limit === undefined ? ranked : ranked.slice(0, query.limit);

  const highlight = new Set<string>([...competencyIds, ...fieldIds.map((f) => f.id)]);
  for (const x of experts) {
    highlight.add(`Expert:${x.key}`);
    for (const f of x.fields) highlight.add(`${f.via.kind}:${f.via.key}`);
  }
  return {
    request: {
      competencies,
      industries: fieldKeys.Industry,
      chains: fieldKeys.Chain,
      segments: fieldKeys.Segment,
      region: query.region ?? null,
    },
    considered,
    excludedByRegion,
    total: ranked.length,
    experts,
    highlight: [...highlight].sort(compareStrings),
  };
}
