/**
 * Loader of the N lists: from the chain and region, the scoped reads each list needs, and only
 * those of the lists asked for (one list, or all).
 *
 * - every list: the region's places; the chain's segments;
 * - the region's enterprises of the chain (a semi-join on their location inside the store) and
 *   where they are: enterprises, training bases, equipment, services;
 * - the chain's demand (segments → EMPLOYS occupations → REQUIRES competencies; postings in the
 *   region when demand comes from postings): every list but services;
 * - the region's institutions (what is LOCATED_IN its places), and for the gap lists what they
 *   teach (as the skill gap reads a supplier's teaching);
 * - courses: whatever TEACHES a required competency, and who offers it;
 * - experts: those specialising in the chain, its segments or their industries, or holding a
 *   required competency; their affiliations, where those are, their services;
 * - training bases and equipment: the region's (located there, or hosted by its institutions or
 *   chain enterprises), their hosts, the courses they support and what those teach;
 * - services: what the region's institutions, chain enterprises and their experts provide, and
 *   everyone who provides it.
 */
import { listNames, nodeId, type ListName, type NodeKind } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import type { ListQuery } from '../lists/context.ts';
import { Scope } from '../scope.ts';
import { loadChainDemand, loadPlaces, loadTeaching, locatedIn, type Places } from './shared.ts';
import { compareStrings } from '../../store/order.ts';

const places = ['Region', 'Park'] as NodeKind[];

export async function loadLists(
  store: GraphStore,
  query: ListQuery & { list?: ListName },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const wanted = new Set<ListName>(query.list ? [query.list] : listNames);
  const needs = (...lists: ListName[]) => lists.some((l) => wanted.has(l));
  const scope = new Scope(store, maxNodes);
  const chainId = nodeId({ kind: 'Chain', key: query.chain });
  const regionId = nodeId({ kind: 'Region', key: query.region });
  await scope.start([chainId, regionId]);
  const where = await loadPlaces(scope, regionId);
  if (!where || !scope.has(chainId)) return scope.graph();

  const segments = await scope.hop([chainId], ['PART_OF'], 'in', { kinds: ['Segment'] });
  const enterprises = needs('enterprises', 'training-bases', 'equipment', 'services')
    ? await chainEnterprises(scope, segments, where, needs('enterprises'))
    : [];
  const required = needs(...listNames.filter((l) => l !== 'services'))
    ? await loadChainDemand(scope, chainId, {
        ...(query.demand && { demand: query.demand }),
        places: where,
      })
    : [];
  if (needs('demand')) await localPostings(scope, segments, where);

  const institutions = needs(
    'skill-gaps',
    'courses',
    'experts',
    'training-bases',
    'equipment',
    'services',
  )
    ? await scope.hop(where.places, ['LOCATED_IN'], 'in', { kinds: ['Institution'] })
    : [];
  if (needs('skill-gaps', 'courses', 'experts')) {
    const items = new Set<string>();
    for (const id of institutions) {
      await loadTeaching(scope, id);
      for (const item of await teachingItems(scope, id)) items.add(item);
    }
    // The items behind the taught levels are named in the lists.
    await scope.start([...items]);
  }
  if (needs('courses')) await teachingAnywhere(scope, required);
  if (needs('experts')) await experts(scope, chainId, segments, required);
  const organisations = [...institutions, ...enterprises];
  if (needs('training-bases')) await hostedResources(scope, organisations, 'TrainingBase', where);
  if (needs('equipment')) await hostedResources(scope, organisations, 'Equipment', where);
  if (needs('services')) await services(scope, organisations, segments);
  return scope.graph();
}

/**
 * The teaching items loadTeaching reached for an institution (its hops again, answered from the
 * scope without reading the store), so that the lists can name them.
 */
async function teachingItems(scope: Scope, institution: string): Promise<string[]> {
  const offered = await scope.hop([institution], ['OFFERS'], 'out', {
    kinds: ['Program', 'MicroCredential', 'Course'],
    props: false,
  });
  const included = await scope.hop(
    offered.filter((id) => scope.kindOf(id) !== 'Course'),
    ['INCLUDES'],
    'out',
    { props: false },
  );
  return [...offered.filter((id) => scope.kindOf(id) !== 'Program'), ...included];
}

/** The region's enterprises of the chain and where they are (named when listed). */
async function chainEnterprises(
  scope: Scope,
  segments: string[],
  where: Places,
  withProps: boolean,
): Promise<string[]> {
  const local = await scope.hop(segments, ['OPERATES_IN'], 'in', {
    kinds: ['Enterprise'],
    where: locatedIn(where),
    props: withProps,
  });
  await scope.hop(local, ['LOCATED_IN'], 'out', { kinds: places, props: withProps });
  return local;
}

/** Postings in the region for the occupations the chain employs, and where they are. */
async function localPostings(scope: Scope, segments: string[], where: Places): Promise<void> {
  const occupations = await scope.hop(segments, ['EMPLOYS'], 'out', { kinds: ['Occupation'] });
  const postings = await scope.hop(occupations, ['FOR'], 'in', {
    kinds: ['Posting'],
    where: locatedIn(where),
  });
  await scope.hop(postings, ['LOCATED_IN'], 'out', { kinds: places, props: false });
}

/** Courses and micro-credentials anywhere that teach these competencies, and who offers them. */
async function teachingAnywhere(scope: Scope, competencies: string[]): Promise<void> {
  const items = await scope.hop(competencies, ['TEACHES'], 'in', {
    kinds: ['Course', 'MicroCredential'],
  });
  const containers = await scope.hop(
    items.filter((id) => scope.kindOf(id) === 'Course'),
    ['INCLUDES'],
    'in',
    { kinds: ['Program', 'MicroCredential'], props: false },
  );
  await scope.hop([...items, ...containers], ['OFFERS'], 'in', { kinds: ['Institution'] });
}

async function experts(
  scope: Scope,
  chainId: string,
  segments: string[],
  competencies: string[],
): Promise<void> {
  const industries = await scope.hop(segments, ['CLASSIFIED_AS'], 'out', { kinds: ['Industry'] });
  const found = new Set([
    ...(await scope.hop([chainId, ...segments, ...industries], ['SPECIALISES_IN'], 'in', {
      kinds: ['Expert'],
    })),
    ...(await scope.hop(competencies, ['HAS_COMPETENCY'], 'in', { kinds: ['Expert'] })),
  ]);
  const list = [...found].sort(compareStrings);
  const affiliations = await scope.hop(list, ['AFFILIATED_WITH'], 'out', {
    kinds: ['Institution', 'Enterprise'],
  });
  await scope.hop(affiliations, ['LOCATED_IN'], 'out', { kinds: places, props: false });
  await scope.hop(list, ['PROVIDES'], 'out', { kinds: ['Service'] });
}

/** The region's training bases or equipment, their hosts, courses supported and what they teach. */
async function hostedResources(
  scope: Scope,
  organisations: string[],
  kind: 'TrainingBase' | 'Equipment',
  where: Places,
): Promise<void> {
  const found = new Set(await scope.hop(organisations, ['HOSTS'], 'out', { kinds: [kind] }));
  if (kind === 'TrainingBase') {
    for (const id of await scope.hop(where.places, ['LOCATED_IN'], 'in', { kinds: [kind] }))
      found.add(id);
  }
  const resources = [...found].sort(compareStrings);
  await scope.hop(resources, ['HOSTS'], 'in');
  if (kind === 'TrainingBase') await scope.hop(resources, ['LOCATED_IN'], 'out', { kinds: places });
  const items = await scope.hop(resources, ['SUPPORTS'], 'out', {
    kinds: ['Course', 'MicroCredential'],
  });
  await scope.hop(items, ['TEACHES'], 'out', { props: false });
}

/** What the region's organisations and their experts provide, and who provides it. */
async function services(scope: Scope, organisations: string[], segments: string[]): Promise<void> {
  const affiliated = await scope.hop(organisations, ['AFFILIATED_WITH'], 'in', {
    kinds: ['Expert'],
    props: false,
  });
  await scope.hop(segments, ['SPECIALISES_IN'], 'in', { kinds: ['Expert'], props: false });
  const provided = await scope.hop([...organisations, ...affiliated], ['PROVIDES'], 'out', {
    kinds: ['Service'],
  });
  await scope.hop(provided, ['PROVIDES'], 'in');
}
