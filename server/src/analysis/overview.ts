/**
 * Region overview: the numbers a dashboard needs for a region and everything below it, by counting
 * only (no gap or matching computation), over a small projection.
 *
 * - "Local" means LOCATED_IN the region or a region below it (PART_OF), directly or through a park
 *   located there. Located kinds: Enterprise, Institution, Cluster, Park, Consortium, Posting,
 *   Candidate, TrainingBase. Programs are those OFFERED by local institutions, cohorts those of
 *   these programs. `counts.global` is every node and edge in the store by kind (from its stats),
 *   when the caller passes them.
 * - Chains shown: those with a local enterprise OPERATES_IN one of their segments, or PART_OF a
 *   local cluster, or SERVED by a local institution's program or program group. Per segment: local
 *   enterprises (distinct), by tier, and all enterprises anywhere.
 * - Enterprises by tier (innovative / specialised / little-giant / `none`) and by scale (`unknown`
 *   when absent), over the distinct local enterprises.
 * - Posting demand per period: count and Σ headcount of local postings, by the period as stored.
 * - Graduates per program and year from cohorts (COHORT_OF), and per year in total.
 */
import { compareStrings } from '../store/order.ts';
import type { CohortNumbers, NodeKind, RegionOverview, Stats } from '@chanjiao/graph-schema';
import type { GraphAggregateQuery } from './aggregate.ts';
import { type AnalysisGraph, isLocatedIn, numberProp, regionAndBelow } from './graph.ts';
import { requireNode } from './talent-map.ts';

export const locatedKinds = [
  'Enterprise',
  'Institution',
  'Cluster',
  'Park',
  'Consortium',
  'Posting',
  'Candidate',
  'TrainingBase',
] as const satisfies NodeKind[];

export type { CohortNumbers, RegionOverview };

const tiers = ['innovative', 'specialised', 'little-giant'];
const scales = ['micro', 'small', 'medium', 'large'];
const sortedRecord = (map: Map<string, number>) =>
  Object.fromEntries([...map].sort(([a], [b]) => compareStrings(a, b)));

function bucket(value: unknown, known: string[], other: string): string {
  return typeof value === 'string' && known.includes(value) ? value : other;
}

/** The region's places: its regions and the parks located in them (where "local" things are). */
export function placesOf(graph: AnalysisGraph, regions: Set<string>): string[] {
  const parks = [...regions].flatMap((id) =>
    graph
      .in(id, 'LOCATED_IN')
      .filter((l) => graph.node(l.id)?.kind === 'Park')
      .map((l) => l.id),
  );
  return [...new Set([...regions, ...parks])].sort(compareStrings);
}

/**
 * The counts the overview takes from the store, for a region's places: local nodes by kind with
 * the enterprises' tier and scale and the postings' period and Σ headcount; local enterprises per
 * segment by tier; distinct local enterprises per chain (through their segments).
 */
export function overviewAggregates(places: string[]) {
  const where = { rels: ['LOCATED_IN' as const], direction: 'out' as const, to: places };
  const operatesIn = {
    rels: ['OPERATES_IN' as const],
    direction: 'out' as const,
    kinds: ['Segment' as const],
  };
  return {
    local: {
      kinds: [...locatedKinds],
      where,
      groupBy: ['tier', 'scale', 'period'],
      sum: ['headcount'],
    },
    bySegment: { kinds: ['Enterprise' as const], where, via: [operatesIn], groupBy: ['tier'] },
    byChain: {
      kinds: ['Enterprise' as const],
      where,
      via: [
        operatesIn,
        { rels: ['PART_OF' as const], direction: 'out' as const, kinds: ['Chain' as const] },
      ],
    },
  } satisfies Record<string, GraphAggregateQuery>;
}

export function regionOverview(
  graph: AnalysisGraph,
  query: { region: string },
  global?: Pick<Stats, 'nodes' | 'edges' | 'byKind'>,
): RegionOverview {
  const regionId = requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const regions = regionAndBelow(graph, regionId);
  const aggregates = overviewAggregates(placesOf(graph, regions));
  const local = graph.aggregate(aggregates.local);
  const ofKind = (kind: NodeKind) => local.filter((g) => g.kind === kind);
  const localCount = (kind: NodeKind) => ofKind(kind).reduce((sum, g) => sum + g.count, 0);
  // Institutions and clusters are few and named in the answer: read as nodes.
  const localNodes = (kind: NodeKind) =>
    new Set(
      graph
        .nodesOf(kind)
        .filter((n) => isLocatedIn(graph, n.id, regions))
        .map((n) => n.id),
    );
  const localInstitutions = localNodes('Institution');

  // Programs of local institutions and their cohorts.
  const programOwner = new Map<string, string>();
  for (const institutionId of [...localInstitutions].sort(compareStrings))
    for (const link of graph.out(institutionId, 'OFFERS'))
      if (graph.node(link.id)?.kind === 'Program' && !programOwner.has(link.id))
        programOwner.set(link.id, graph.node(institutionId)!.key);
  const byYear = new Map<number, { graduates: number; cohorts: number }>();
  let cohortCount = 0;
  const byProgram = [...programOwner.keys()].sort(compareStrings).map((programId) => {
    const cohorts: CohortNumbers[] = graph
      .in(programId, 'COHORT_OF')
      .map((l) => graph.node(l.id))
      .filter((c) => c?.kind === 'Cohort' && numberProp(c.props, 'year') !== undefined)
      .map((c) => ({
        key: c!.key,
        year: numberProp(c!.props, 'year')!,
        graduates: numberProp(c!.props, 'graduates') ?? null,
        employed: numberProp(c!.props, 'employed') ?? null,
        employedInTarget: numberProp(c!.props, 'employedInTarget') ?? null,
        stayedInRegion: numberProp(c!.props, 'stayedInRegion') ?? null,
      }))
      .sort((a, b) => a.year - b.year || compareStrings(a.key, b.key));
    for (const c of cohorts) {
      cohortCount += 1;
      const y = byYear.get(c.year) ?? { graduates: 0, cohorts: 0 };
      y.graduates += c.graduates ?? 0;
      y.cohorts += 1;
      byYear.set(c.year, y);
    }
    return {
      program: graph.node(programId)!.key,
      ...graph.name(programId),
      institution: programOwner.get(programId)!,
      cohorts,
    };
  });

  // Enterprises by tier and scale; postings by period.
  const byTier = new Map<string, number>();
  const byScale = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) =>
    map.set(key, (map.get(key) ?? 0) + n);
  for (const g of ofKind('Enterprise')) {
    add(byTier, bucket(g.values[0], tiers, 'none'), g.count);
    add(byScale, bucket(g.values[1], scales, 'unknown'), g.count);
  }
  const periods = new Map<string, { postings: number; headcount: number }>();
  let headcount = 0;
  for (const g of ofKind('Posting')) {
    const period = g.values[2] ?? 'unknown';
    const entry = periods.get(period) ?? { postings: 0, headcount: 0 };
    entry.postings += g.count;
    entry.headcount += g.sums[0]!;
    headcount += g.sums[0]!;
    periods.set(period, entry);
  }

  // Chains present in the region.
  const localClusters = localNodes('Cluster');
  const localPrograms = new Set(programOwner.keys());
  const segmentTiers = new Map<string, Map<string, number>>();
  for (const g of graph.aggregate(aggregates.bySegment)) {
    const tiersHere = segmentTiers.get(g.via!) ?? new Map<string, number>();
    add(tiersHere, bucket(g.values[0], tiers, 'none'), g.count);
    segmentTiers.set(g.via!, tiersHere);
  }
  const chainLocal = new Map(graph.aggregate(aggregates.byChain).map((g) => [g.via!, g.count]));
  const chains = graph
    .nodesOf('Chain')
    .map((chain) => {
      const segmentIds = graph
        .in(chain.id, 'PART_OF')
        .map((l) => l.id)
        .filter((id) => graph.node(id)?.kind === 'Segment');
      // Enterprises anywhere are counted in the store, the local ones grouped there.
      const everywhere = graph.neighbourCounts(segmentIds, 'OPERATES_IN', 'in', 'Enterprise');
      const segments = segmentIds.map((segmentId) => {
        const segment = graph.node(segmentId)!;
        const tierCounts = segmentTiers.get(segmentId) ?? new Map<string, number>();
        return {
          key: segment.key,
          ...graph.name(segmentId),
          position: String(segment.props.position ?? ''),
          order: numberProp(segment.props, 'order') ?? null,
          localEnterprises: [...tierCounts.values()].reduce((sum, n) => sum + n, 0),
          enterprises: everywhere.of(segmentId),
          byTier: sortedRecord(tierCounts),
        };
      });
      segments.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || compareStrings(a.key, b.key));
      const clusters = graph
        .out(chain.id, 'PART_OF')
        .map((l) => l.id)
        .filter((id) => localClusters.has(id))
        .map((id) => graph.node(id)!.key)
        .sort(compareStrings);
      const servedBy = new Set<string>();
      for (const link of graph.in(chain.id, 'SERVES')) {
        const from = graph.node(link.id);
        if (from?.kind === 'Program' && localPrograms.has(link.id)) servedBy.add(from.key);
        if (from?.kind === 'ProgramGroup') {
          const offered = graph.in(link.id, 'OFFERS').some((o) => localInstitutions.has(o.id));
          const viaPrograms = graph.in(link.id, 'PART_OF').some((p) => localPrograms.has(p.id));
          if (offered || viaPrograms) servedBy.add(from.key);
        }
      }
      return {
        key: chain.key,
        ...graph.name(chain.id),
        localEnterprises: chainLocal.get(chain.id) ?? 0,
        enterprises: everywhere.distinct,
        localClusters: clusters,
        servedBy: [...servedBy].sort(compareStrings),
        segments,
      };
    })
    .filter((c) => c.localEnterprises > 0 || c.localClusters.length > 0 || c.servedBy.length > 0)
    .sort((a, b) => compareStrings(a.key, b.key));

  const localCounts: Record<string, number> = {};
  for (const kind of locatedKinds) localCounts[kind] = localCount(kind);
  localCounts.Program = localPrograms.size;
  localCounts.Cohort = cohortCount;
  localCounts.Chain = chains.length;

  const region = graph.node(regionId)!;
  return {
    region: {
      key: region.key,
      ...graph.name(regionId),
      level: typeof region.props.level === 'string' ? region.props.level : null,
    },
    regions: regions.size,
    counts: {
      local: sortedRecord(new Map(Object.entries(localCounts))),
      global: global ? { nodes: global.nodes, edges: global.edges, byKind: global.byKind } : null,
    },
    chains,
    enterprises: {
      total: localCount('Enterprise'),
      byTier: sortedRecord(byTier),
      byScale: sortedRecord(byScale),
    },
    postings: {
      total: { postings: localCount('Posting'), headcount },
      byPeriod: [...periods]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([period, x]) => ({ period, ...x })),
    },
    graduates: {
      byProgram,
      byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, x]) => ({ year, ...x })),
    },
  };
}
