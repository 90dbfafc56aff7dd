/**
 * Loader steps several analyses share: a region's places, a chain's demand (segments → employed
 * occupations → their competency profiles, and the postings that count for them), what a
 * supplier teaches, and the SAME_AS classes `mappings=follow` merges. Each step is a few scoped
 * reads on a Scope (see ../scope.ts) and returns the ids it reached.
 */
import type { DemandMode } from '@chanjiao/graph-schema';
import type { MappingMode } from '../mappings.ts';
import type { Scope } from '../scope.ts';
import { compareStrings } from '../../store/order.ts';

/** The region, every region below it, and the parks located in them: where "local" things are. */
export interface Places {
  regions: string[];
  /** The regions and those parks: LOCATED_IN one of them is local (the rule of isLocatedIn). */
  places: string[];
}

export async function loadPlaces(scope: Scope, regionId: string): Promise<Places | undefined> {
  if (!scope.has(regionId)) return undefined;
  const regions = await scope.closure([regionId], ['PART_OF'], 'in', {
    kinds: ['Region'],
    props: false,
  });
  const parks = await scope.hop(regions, ['LOCATED_IN'], 'in', { kinds: ['Park'], props: false });
  return { regions, places: [...regions, ...parks].sort(compareStrings) };
}

/** The where-filter "LOCATED_IN one of these places". */
export const locatedIn = (places: Places) => ({
  rels: ['LOCATED_IN' as const],
  direction: 'out' as const,
  to: places.places,
});

/** Where a set of nodes is located (their LOCATED_IN relationships, for isLocatedIn and names). */
export async function loadLocations(scope: Scope, ids: string[]): Promise<void> {
  await scope.hop(ids, ['LOCATED_IN'], 'out', { kinds: ['Region', 'Park'], props: false });
}

export interface ChainDemandOptions {
  demand?: DemandMode;
  /** With postings demand: only postings located here count (all when absent). */
  places?: Places;
  mappings?: MappingMode;
}

/**
 * A chain's demand: its segments, the occupations they EMPLOY with their REQUIRES profiles and,
 * for postings demand, the postings FOR those occupations (in the places). With
 * `mappings=follow`, the mapped occupations whose profiles an occupation without one may borrow.
 * Returns the competencies required.
 */
export async function loadChainDemand(
  scope: Scope,
  chainId: string,
  options: ChainDemandOptions = {},
): Promise<string[]> {
  if (!scope.has(chainId)) return [];
  const segments = await scope.hop([chainId], ['PART_OF'], 'in', { kinds: ['Segment'] });
  const occupations = await scope.hop(segments, ['EMPLOYS'], 'out', { kinds: ['Occupation'] });
  if (options.demand === 'postings') {
    const postings = await scope.hop(occupations, ['FOR'], 'in', {
      kinds: ['Posting'],
      ...(options.places && { where: locatedIn(options.places) }),
    });
    if (options.places) await loadLocations(scope, postings);
  }
  const competencies = new Set<string>();
  const profiles = async (ids: string[]) => {
    for (const id of await scope.hop(ids, ['REQUIRES'], 'out', { kinds: ['Competency'] }))
      competencies.add(id);
  };
  await profiles(occupations);
  if (options.mappings === 'follow') {
    const withoutProfile = [];
    for (const id of occupations)
      if ((await scope.hop([id], ['REQUIRES'], 'out', { kinds: ['Competency'] })).length === 0)
        withoutProfile.push(id);
    const mapped = new Set([
      ...(await scope.hop(withoutProfile, ['SAME_AS'], 'out', { kinds: ['Occupation'] })),
      ...(await scope.hop(withoutProfile, ['SAME_AS'], 'in', { kinds: ['Occupation'] })),
      ...(await scope.hop(withoutProfile, ['BROADER_MATCH'], 'out', { kinds: ['Occupation'] })),
    ]);
    await profiles([...mapped]);
  }
  return [...competencies].sort(compareStrings);
}

/**
 * What a supplier teaches (see teachingItems): a program's INCLUDES courses; a micro-credential and
 * its courses; an institution's offered programs (their courses), courses and micro-credentials
 * (and theirs) — with their TEACHES relationships. Returns the competencies taught.
 */
export async function loadTeaching(scope: Scope, supplierId: string): Promise<string[]> {
  const kind = scope.kindOf(supplierId);
  if (!kind) return [];
  const items = new Set<string>();
  const includes = async (ids: string[]) => {
    for (const id of await scope.hop(ids, ['INCLUDES'], 'out', { props: false })) items.add(id);
  };
  if (kind === 'Program') await includes([supplierId]);
  else if (kind === 'MicroCredential') {
    items.add(supplierId);
    await includes([supplierId]);
  } else if (kind === 'Institution') {
    const offered = await scope.hop([supplierId], ['OFFERS'], 'out', {
      kinds: ['Program', 'MicroCredential', 'Course'],
      props: false,
    });
    for (const id of offered) if (scope.kindOf(id) !== 'Program') items.add(id);
    await includes(offered.filter((id) => scope.kindOf(id) !== 'Course'));
  }
  return scope.hop([...items], ['TEACHES'], 'out', { props: false });
}

/**
 * For `mappings=follow`: the SAME_AS classes of these competencies (both directions, to the end)
 * and, per member, whether anything TEACHES it — counted in the store, since the member that is
 * taught stands for its class.
 */
export async function loadSameAsClasses(scope: Scope, competencies: string[]): Promise<void> {
  const members = new Set(competencies);
  let frontier = [...members];
  while (frontier.length) {
    const reached = new Set([
      ...(await scope.hop(frontier, ['SAME_AS'], 'out', { kinds: ['Competency'] })),
      ...(await scope.hop(frontier, ['SAME_AS'], 'in', { kinds: ['Competency'] })),
    ]);
    frontier = [...reached].filter((id) => !members.has(id));
    for (const id of frontier) members.add(id);
  }
  await scope.count([...members], 'TEACHES', 'in');
}
