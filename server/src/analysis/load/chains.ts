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
 *   enterprises anywhere — counted in the store, never read out; then, for the missing and weak
 *   segments only, their enterprises (to rank the candidates to fill them) and where the chosen
 *   candidates are located.
 */
import { nodeId, type DemandMode, type Supplier } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import type { MappingMode } from '../mappings.ts';
import { Scope } from '../scope.ts';
import {
  chosenCandidates,
  defaultCandidateLimit,
  wantsCandidates,
  weakLinks,
  type WeakLinksQuery,
} from '../weak-links.ts';
import {
  loadChainDemand,
  loadLocations,
  loadPlaces,
  loadSameAsClasses,
  loadTeaching,
  locatedIn,
} from './shared.ts';
import { compareStrings } from '../../store/order.ts';

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
  query: WeakLinksQuery,
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
    await loadFillCandidates(scope, query);
  }
  return scope.graph();
}

/**
 * Candidates to fill missing and weak segments: the statuses come from the answer on what is
 * loaded so far; the enterprises of those segments only are read (with the tier and scale they are
 * ranked by), and where the chosen ones are located.
 */
async function loadFillCandidates(scope: Scope, query: WeakLinksQuery): Promise<void> {
  if ((query.candidates ?? defaultCandidateLimit) <= 0) return;
  const before = weakLinks(scope.graph(), { ...query, candidates: 0 });
  const lacking = before.segments
    .filter((s) => wantsCandidates(s.status) && s.enterprises > s.localEnterprises)
    .map((s) => nodeId({ kind: 'Segment', key: s.key }));
  if (lacking.length === 0) return;
  await scope.hop(lacking, ['OPERATES_IN'], 'in', { kinds: ['Enterprise'] });
  const graph = scope.graph();
  const localOf = new Map(
    before.segments.map((s) => [
      nodeId({ kind: 'Segment', key: s.key }),
      new Set(s.local.map((key) => nodeId({ kind: 'Enterprise', key }))),
    ]),
  );
  const limit = query.candidates ?? defaultCandidateLimit;
  const chosen = lacking.flatMap((id) => chosenCandidates(graph, id, localOf.get(id)!, limit));
  if (chosen.length > 0)
    await scope.hop([...new Set(chosen)].sort(compareStrings), ['LOCATED_IN'], 'out', {
      kinds: ['Region', 'Park'],
    });
}
