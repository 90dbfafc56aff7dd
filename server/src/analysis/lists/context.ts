/**
 * What every N list of a chain in a region starts from, computed once on the analysis graph: the
 * chain and its segments, the region and everything below it, the region's enterprises of the
 * chain and its institutions, the chain's demand (the talent map) and the region's supply and
 * gaps (the skill gap with every local institution as supplier). Plus the small helpers the
 * lists share: node names for `ref` cells, the string order, the tier ranking.
 *
 * "Local" follows the analyses' rule (isLocatedIn): LOCATED_IN the region, a region below it, or a
 * park located there. The region's institutions are found from the places' side (what is
 * LOCATED_IN them), so a graph read from the store needs those relationships, not every
 * institution's location.
 */
import {
  nodeId,
  type CompetencyDemand,
  type DemandMode,
  type ListAnswer,
  type ListName,
  type Named,
  type TalentMap,
} from '@chanjiao/graph-schema';
import { listDefinitions } from '@chanjiao/graph-schema';
import { type AnalysisGraph, isLocatedIn, numberProp, regionAndBelow } from '../graph.ts';
import { taughtLevel } from '../requirements.ts';
import { teachingItems } from '../skill-gap.ts';
import { requireNode, talentMap } from '../talent-map.ts';
import { compareStrings } from '../../store/order.ts';

export interface ListQuery {
  chain: string;
  region: string;
  demand?: DemandMode;
  period?: string;
}

/** Ranks SME tiers for ordering: little giant above specialised above innovative above none. */
export const tierRank = (tier: unknown) =>
  tier === 'little-giant' ? 3 : tier === 'specialised' ? 2 : tier === 'innovative' ? 1 : 0;

export const textProp = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;
export const boolProp = (value: unknown): boolean | null =>
  typeof value === 'boolean' ? value : null;
export const intProp = (props: Record<string, unknown>, name: string): number | null => {
  const value = props[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
};

/** A competency of the chain's demand with the region's supply of it. */
export interface RegionalGap {
  id: string;
  demand: CompetencyDemand;
  taughtLevel: number;
  /** The region's items teaching it at the taught level. */
  taughtBy: string[];
  supply: number;
  gap: number;
}

export interface ListContext {
  graph: AnalysisGraph;
  query: ListQuery;
  chainId: string;
  regionId: string;
  regions: Set<string>;
  /** The chain's segments, by order then key. */
  segments: string[];
  /** The region's enterprises operating in each segment. */
  enterprisesBySegment: Map<string, string[]>;
  /** Distinct, sorted. */
  chainEnterprises: string[];
  /** The institutions located in the region, sorted. */
  institutions: string[];
  talentMap: () => TalentMap;
  /** Per competency id of the chain's demand (δ > 0), the region's supply and gap. */
  gaps: () => Map<string, RegionalGap>;
  coverage: () => number | null;
}

/** The ids of `kind` nodes LOCATED_IN one of the regions or one of their parks, sorted. */
export function locatedInRegions(
  graph: AnalysisGraph,
  regions: Set<string>,
  kind: string,
): string[] {
  const out = new Set<string>();
  for (const region of regions)
    for (const link of graph.in(region, 'LOCATED_IN')) {
      const node = graph.node(link.id);
      if (node?.kind === kind) out.add(link.id);
      if (node?.kind === 'Park')
        for (const inPark of graph.in(link.id, 'LOCATED_IN'))
          if (graph.node(inPark.id)?.kind === kind) out.add(inPark.id);
    }
  return [...out].sort(compareStrings);
}

export function listContext(graph: AnalysisGraph, query: ListQuery): ListContext {
  const chainId = requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  const regionId = requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const regions = regionAndBelow(graph, regionId);
  const segments = graph
    .in(chainId, 'PART_OF')
    .map((l) => l.id)
    .filter((id) => graph.node(id)?.kind === 'Segment')
    .sort((a, b) => {
      const oa = numberProp(graph.node(a)!.props, 'order') ?? 1e9;
      const ob = numberProp(graph.node(b)!.props, 'order') ?? 1e9;
      return oa - ob || compareStrings(a, b);
    });
  const enterprisesBySegment = new Map<string, string[]>();
  const chainEnterprises = new Set<string>();
  for (const segment of segments) {
    const local = [
      ...new Set(
        graph
          .in(segment, 'OPERATES_IN')
          .map((l) => l.id)
          .filter((id) => graph.node(id)?.kind === 'Enterprise' && isLocatedIn(graph, id, regions)),
      ),
    ].sort(compareStrings);
    enterprisesBySegment.set(segment, local);
    for (const id of local) chainEnterprises.add(id);
  }
  const institutions = locatedInRegions(graph, regions, 'Institution');

  let map: TalentMap | undefined;
  const demandMap = () =>
    (map ??= talentMap(graph, {
      chain: query.chain,
      region: query.region,
      ...(query.demand && { demand: query.demand }),
      ...(query.period && { period: query.period }),
    }));

  let gapMap: Map<string, RegionalGap> | undefined;
  const gaps = () => {
    if (gapMap) return gapMap;
    // The best level each competency is taught at by the region's institutions, and by what.
    const best = new Map<string, { level: number; items: Set<string> }>();
    const items = new Set(institutions.flatMap((id) => teachingItems(graph, id)));
    for (const item of [...items].sort(compareStrings))
      for (const link of graph.out(item, 'TEACHES')) {
        const level = taughtLevel(link.props);
        const entry = best.get(link.id);
        if (!entry || level > entry.level) best.set(link.id, { level, items: new Set([item]) });
        else if (level === entry.level) entry.items.add(item);
      }
    gapMap = new Map();
    for (const c of demandMap().competencies) {
      const id = nodeId({ kind: 'Competency', key: c.key });
      const taught = best.get(id);
      const level = taught?.level ?? 0;
      const supply = c.requiredLevel > 0 ? Math.min(1, level / c.requiredLevel) : level > 0 ? 1 : 0;
      gapMap.set(id, {
        id,
        demand: c,
        taughtLevel: level,
        taughtBy: taught ? [...taught.items].sort(compareStrings) : [],
        supply,
        gap: c.share * (1 - supply),
      });
    }
    return gapMap;
  };

  return {
    graph,
    query,
    chainId,
    regionId,
    regions,
    segments,
    enterprisesBySegment,
    chainEnterprises: [...chainEnterprises].sort(compareStrings),
    institutions,
    talentMap: demandMap,
    gaps,
    coverage: () =>
      demandMap().totalDemand > 0
        ? [...gaps().values()].reduce((sum, g) => sum + g.demand.share * g.supply, 0)
        : null,
  };
}

/** Collects the names of the nodes `ref` cells point to. */
export class NameBook {
  private readonly names = new Map<string, { name_zh: string; name_en?: string }>();

  constructor(private readonly graph: AnalysisGraph) {}

  ref(id: string): string {
    if (!this.names.has(id)) this.names.set(id, this.graph.name(id));
    return id;
  }

  refs(ids: Iterable<string>): string[] {
    return [...ids].map((id) => this.ref(id));
  }

  record(): Record<string, { name_zh: string; name_en?: string }> {
    return Object.fromEntries([...this.names].sort(([a], [b]) => compareStrings(a, b)));
  }
}

const named = (graph: AnalysisGraph, id: string): Named => ({
  key: graph.node(id)!.key,
  ...graph.name(id),
});

/** The answer of one list: its declaration, the context, and the rows. */
export function listAnswer<L extends ListName>(
  context: ListContext,
  list: L,
  rows: ListAnswer<L>['rows'],
  book: NameBook,
  summary: Record<string, number | null>,
): ListAnswer<L> {
  const definition = listDefinitions[list];
  return {
    list,
    zh: definition.zh,
    en: definition.en,
    chain: named(context.graph, context.chainId),
    region: named(context.graph, context.regionId),
    demandMode: context.query.demand ?? 'structural',
    period: context.query.period ?? null,
    rowsFrom: definition.rowsFrom,
    order: definition.order,
    columns: definition.columns,
    summary,
    names: book.record(),
    rows,
  } as ListAnswer<L>;
}

/** The node's name cells and provenance. */
export function nameCells(graph: AnalysisGraph, id: string) {
  const props = graph.node(id)!.props;
  return {
    name_zh: textProp(props.name_zh),
    name_en: textProp(props.name_en),
  };
}

export const sourceOf = (graph: AnalysisGraph, id: string) =>
  textProp(graph.node(id)?.props.source);
