/**
 * Loader of the trends analysis: the chain's segments and the region's enterprises in them (with
 * their founding and tier years), and per segment how many enterprises it has anywhere (counted
 * in the store, for the location quotient); the chain's demand from the region's postings of every
 * period; the region's institutions, what they teach (for coverage per period), their programs
 * that serve the chain or prepare for its occupations, and those programs' cohorts.
 */
import { nodeId } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import { Scope } from '../scope.ts';
import type { TrendsQuery } from '../trends/index.ts';
import { loadChainDemand, loadPlaces, loadTeaching, locatedIn } from './shared.ts';

export async function loadTrends(
  store: GraphStore,
  query: TrendsQuery,
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const chainId = nodeId({ kind: 'Chain', key: query.chain });
  const regionId = nodeId({ kind: 'Region', key: query.region });
  await scope.start([chainId, regionId]);
  const places = await loadPlaces(scope, regionId);
  if (!places || !scope.has(chainId)) return scope.graph();

  const segments = await scope.hop([chainId], ['PART_OF'], 'in', { kinds: ['Segment'] });
  const enterprises = await scope.hop(segments, ['OPERATES_IN'], 'in', {
    kinds: ['Enterprise'],
    where: locatedIn(places),
  });
  await scope.hop(enterprises, ['LOCATED_IN'], 'out', { kinds: ['Region', 'Park'], props: false });
  await scope.count(segments, 'OPERATES_IN', 'in', 'Enterprise');
  await loadChainDemand(scope, chainId, { demand: 'postings', places });

  const institutions = await scope.hop(places.places, ['LOCATED_IN'], 'in', {
    kinds: ['Institution'],
  });
  for (const id of institutions) await loadTeaching(scope, id);
  const programs = await scope.hop(institutions, ['OFFERS'], 'out', {
    kinds: ['Program'],
    props: false,
  });
  const groups = await scope.hop(programs, ['PART_OF'], 'out', {
    kinds: ['ProgramGroup'],
    props: false,
  });
  await scope.hop([...programs, ...groups], ['SERVES'], 'out', { kinds: ['Chain'], props: false });
  await scope.hop(programs, ['PREPARES_FOR'], 'out', { kinds: ['Occupation'], props: false });
  await scope.hop(programs, ['COHORT_OF'], 'in', { kinds: ['Cohort'] });
  return scope.graph();
}
