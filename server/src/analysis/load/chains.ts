/**
 * Loaders of the chain analyses — talent map, skill gap, weak links: from the request parameters,
 * the scoped reads that build exactly the graph the pure function reads.
 *
 * - talent map: the chain's segments, their occupations and profiles; for postings demand, the
 *   postings FOR those occupations located in the region (and where they are located).
 * - skill gap: the talent map plus the supplier's teaching items and what they TEACH; with
 *   `mappings=follow`, the SAME_AS classes of every competency involved.
 * - weak links: the chain's segments, only the local enterprises operating in them (a semi-join
 *   on their location inside the store), and per segment and for the chain the count of
 *   enterprises anywhere — counted in the store, never read out.
 */
import { nodeId, type DemandMode, type Supplier } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import type { MappingMode } from '../mappings.ts';
import { Scope } from '../scope.ts';
import {
  loadChainDemand,
  loadLocations,
  loadPlaces,
  loadSameAsClasses,
  loadTeaching,
  locatedIn,
} from './shared.ts';

export interface ChainQuery {
  chain: string;
  region?: string;
  demand?: DemandMode;
  period?: string;
  mappings?: MappingMode;
}

const regionId = (region: string | undefined) =>
  region === undefined ? [] : [nodeId({ kind: 'Region', key: region })];

/** The talent map's reads on a scope; returns the competencies required. */
async function talentMapReads(scope: Scope, query: ChainQuery): Promise<string[]> {
  const chainId = nodeId({ kind: 'Chain', key: query.chain });
  const [region] = regionId(query.region);
  const places =
    query.demand === 'postings' && region !== undefined
      ? await loadPlaces(scope, region)
      : undefined;
  return loadChainDemand(scope, chainId, {
    ...(query.demand && { demand: query.demand }),
    ...(places && { places }),
    ...(query.mappings && { mappings: query.mappings }),
  });
}

export async function loadTalentMap(
  store: GraphStore,
  query: ChainQuery,
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  await scope.start([nodeId({ kind: 'Chain', key: query.chain }), ...regionId(query.region)]);
  const required = await talentMapReads(scope, query);
  if (query.mappings === 'follow') await loadSameAsClasses(scope, required);
  return scope.graph();
}

export async function loadSkillGap(
  store: GraphStore,
  query: ChainQuery & { supplier: Supplier },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const supplierId = nodeId(query.supplier);
  await scope.start([
    nodeId({ kind: 'Chain', key: query.chain }),
    ...regionId(query.region),
    supplierId,
  ]);
  const required = await talentMapReads(scope, query);
  const taught = await loadTeaching(scope, supplierId);
  if (query.mappings === 'follow') await loadSameAsClasses(scope, [...required, ...taught]);
  return scope.graph();
}

export async function loadWeakLinks(
  store: GraphStore,
  query: { chain: string; region: string },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const chainId = nodeId({ kind: 'Chain', key: query.chain });
  const [region] = regionId(query.region);
  await scope.start([chainId, region!]);
  const places = await loadPlaces(scope, region!);
  if (scope.has(chainId) && places) {
    const segments = await scope.hop([chainId], ['PART_OF'], 'in', { kinds: ['Segment'] });
    const local = await scope.hop(segments, ['OPERATES_IN'], 'in', {
      kinds: ['Enterprise'],
      where: locatedIn(places),
      props: false,
    });
    await loadLocations(scope, local);
    await scope.count(segments, 'OPERATES_IN', 'in', 'Enterprise');
  }
  return scope.graph();
}
