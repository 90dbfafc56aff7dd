/**
 * Loaders of the program office's analyses — alignment and program adjustment: an institution's
 * programs, their program groups and the chains they serve, each chain's demand, what each program
 * teaches; for program adjustment also the cohorts and their outcomes, the region's postings and
 * the micro-credentials that already teach the chains' competencies.
 */
import { nodeId, type DemandMode } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import { institutionRegion } from '../program-adjustment.ts';
import { Scope } from '../scope.ts';
import { loadChainDemand, loadPlaces, loadTeaching, locatedIn, type Places } from './shared.ts';

/** Programs an institution offers, their groups, and the chains served (or the one given). */
async function programsAndChains(
  scope: Scope,
  institutionId: string,
  chainId: string | undefined,
): Promise<{ programs: string[]; chains: string[] }> {
  const programs = await scope.hop([institutionId], ['OFFERS'], 'out', { kinds: ['Program'] });
  const groups = await scope.hop(programs, ['PART_OF'], 'out', {
    kinds: ['ProgramGroup'],
    props: false,
  });
  const chains =
    chainId !== undefined
      ? [chainId].filter((id) => scope.has(id))
      : await scope.hop([...programs, ...groups], ['SERVES'], 'out', { kinds: ['Chain'] });
  return { programs, chains };
}

export async function loadAlignment(
  store: GraphStore,
  query: {
    institution: string;
    chain?: string;
    region?: string;
    demand?: DemandMode;
    period?: string;
  },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const institutionId = nodeId({ kind: 'Institution', key: query.institution });
  const chainId =
    query.chain !== undefined ? nodeId({ kind: 'Chain', key: query.chain }) : undefined;
  const regionId =
    query.region !== undefined ? nodeId({ kind: 'Region', key: query.region }) : undefined;
  await scope.start([
    institutionId,
    ...(chainId ? [chainId] : []),
    ...(regionId ? [regionId] : []),
  ]);
  if (!scope.has(institutionId)) return scope.graph();
  const { programs, chains } = await programsAndChains(scope, institutionId, chainId);
  const postings = query.demand === 'postings';
  const places = postings && regionId ? await loadPlaces(scope, regionId) : undefined;
  for (const chain of chains)
    await loadChainDemand(scope, chain, {
      ...(postings && { demand: 'postings' as const }),
      ...(places && { places }),
    });
  for (const program of programs) await loadTeaching(scope, program);
  return scope.graph();
}

export async function loadProgramAdjustment(
  store: GraphStore,
  query: { institution: string; region?: string; chain?: string },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const institutionId = nodeId({ kind: 'Institution', key: query.institution });
  const chainId =
    query.chain !== undefined ? nodeId({ kind: 'Chain', key: query.chain }) : undefined;
  const regionParam =
    query.region !== undefined ? nodeId({ kind: 'Region', key: query.region }) : undefined;
  await scope.start([
    institutionId,
    ...(chainId ? [chainId] : []),
    ...(regionParam ? [regionParam] : []),
  ]);
  if (!scope.has(institutionId)) return scope.graph();
  if (regionParam !== undefined && !scope.has(regionParam)) return scope.graph();

  // The region: the parameter, or the institution's city (up PART_OF from where it is located).
  let regionId = regionParam;
  if (regionId === undefined) {
    const located = await scope.hop([institutionId], ['LOCATED_IN'], 'out', {
      kinds: ['Region', 'Park'],
    });
    const parks = located.filter((id) => scope.kindOf(id) === 'Park');
    const direct = located.filter((id) => scope.kindOf(id) === 'Region');
    await scope.closure(
      [...direct, ...(await scope.hop(parks, ['LOCATED_IN'], 'out', { kinds: ['Region'] }))],
      ['PART_OF'],
      'out',
      { kinds: ['Region'] },
    );
    const city = institutionRegion(scope.graph(), institutionId);
    regionId = city !== undefined ? nodeId({ kind: 'Region', key: city }) : undefined;
  }
  const places: Places | undefined =
    regionId !== undefined ? await loadPlaces(scope, regionId) : undefined;

  // Postings: every one in the region (its periods are the defaults), or in the store without one.
  if (places) await scope.hop(places.places, ['LOCATED_IN'], 'in', { kinds: ['Posting'] });
  else await scope.wholeKind('Posting');

  const { programs, chains } = await programsAndChains(scope, institutionId, chainId);
  const targets = await scope.hop(programs, ['PREPARES_FOR'], 'out', { kinds: ['Occupation'] });
  const cohorts = await scope.hop(programs, ['COHORT_OF'], 'in', { kinds: ['Cohort'] });
  await scope.hop(cohorts, ['OUTCOME'], 'out', { kinds: ['Occupation'], props: false });
  await scope.hop(targets, ['FOR'], 'in', {
    kinds: ['Posting'],
    ...(places && { where: locatedIn(places) }),
  });

  const competencies = new Set<string>();
  for (const chain of chains)
    for (const id of await loadChainDemand(scope, chain, { demand: 'structural' }))
      competencies.add(id);
  for (const program of programs) await loadTeaching(scope, program);
  // Existing micro-credentials for the suggestions, and who offers them.
  const micros = await scope.hop([...competencies], ['TEACHES'], 'in', {
    kinds: ['MicroCredential'],
  });
  await scope.hop(micros, ['OFFERS'], 'in', { kinds: ['Institution'], props: false });
  return scope.graph();
}
