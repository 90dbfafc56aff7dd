/**
 * Loader of the region overview: the counts of what is located in the region (and below it,
 * directly or through a park) grouped inside the store — by kind, the enterprises by tier and
 * scale, the postings by period, the enterprises per segment and per chain — so the answer costs
 * what it returns, not the size of the region; and as nodes only what the answer names: the local
 * institutions and clusters, the programs of the institutions and their cohorts, and the chains
 * present there — through a local enterprise's segment, a local cluster, or a local program or
 * program group serving them — with every segment of those chains and, per chain, the number of
 * enterprises anywhere in each segment and in the chain, counted in the store.
 */
import { nodeId } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import { overviewAggregates } from '../overview.ts';
import { Scope } from '../scope.ts';
import { loadPlaces } from './shared.ts';
import { compareStrings } from '../../store/order.ts';

export async function loadOverview(
  store: GraphStore,
  query: { region: string },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const regionId = nodeId({ kind: 'Region', key: query.region });
  await scope.start([regionId]);
  const places = await loadPlaces(scope, regionId);
  if (!places) return scope.graph();

  const aggregates = overviewAggregates(places.places);
  await scope.aggregate(aggregates.local);
  await scope.aggregate(aggregates.bySegment);
  const withEnterprises = (await scope.aggregate(aggregates.byChain)).map((g) => g.via!);

  const institutions = await scope.hop(places.places, ['LOCATED_IN'], 'in', {
    kinds: ['Institution'],
  });
  const clusters = await scope.hop(places.places, ['LOCATED_IN'], 'in', { kinds: ['Cluster'] });
  const programs = await scope.hop(institutions, ['OFFERS'], 'out', { kinds: ['Program'] });
  await scope.hop(programs, ['COHORT_OF'], 'in', { kinds: ['Cohort'] });
  const groups = [
    ...(await scope.hop(institutions, ['OFFERS'], 'out', {
      kinds: ['ProgramGroup'],
      props: false,
    })),
    ...(await scope.hop(programs, ['PART_OF'], 'out', { kinds: ['ProgramGroup'], props: false })),
  ];

  const chains = new Set([
    ...(await scope.start(withEnterprises)),
    ...(await scope.hop(clusters, ['PART_OF'], 'in', { kinds: ['Chain'] })),
    ...(await scope.hop([...programs, ...groups], ['SERVES'], 'out', { kinds: ['Chain'] })),
  ]);
  // Every chain's segments in one read; then each chain's enterprises counted, the counts sent
  // together (Neo4j answers them side by side; the embedded store one after another).
  const present = [...chains].sort(compareStrings);
  await scope.hop(present, ['PART_OF'], 'in', { kinds: ['Segment'] });
  await Promise.all(
    present.map(async (chain) => {
      const ofChain = await scope.hop([chain], ['PART_OF'], 'in', { kinds: ['Segment'] });
      await scope.count(ofChain, 'OPERATES_IN', 'in', 'Enterprise');
    }),
  );
  return scope.graph();
}
