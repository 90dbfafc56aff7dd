/**
 * Loaders of the people analyses — person–job matching both ways, related occupations and
 * segments, the expert finder.
 *
 * - Matching ranks every candidate (posting) of the region, or of the store without a region: the
 *   loader reads those, what they hold (require) and where they are; the store's total is counted
 *   there, the rest being excluded by the region. With a `limit` (the API always has one), only
 *   those sharing a competency with the posting (candidate) are read whole, and the first others
 *   by key that fill the cut list; the rest score alike and are counted. For postings that takes
 *   telling those scoring 0 from the unscored ones (requiring nothing): each posting's
 *   requirements are counted in the store, or, without a region or a period, the postings
 *   requiring anything, once — when that is all of them, the others are not read at all, and
 *   those sharing one are scored from their requirements counted (postings-for-candidate.ts), so
 *   that only the listed ones are read whole.
 * - Relatedness lists only what shares a competency with the source (J > 0): the loader reaches
 *   those through the source's competencies. Related occupations are scored on those
 *   requirements and their profiles' totals, counted in the store (countRelationships), and only
 *   the listed ones are read whole; related segments read the source's whole profile and, of the
 *   segments reached, the requirements of the source's competencies and their occupations'
 *   profile totals, counted in the store.
 * - The expert finder scores only experts sharing a requested item: the loader reaches them
 *   through the requested competencies and fields (and everything above or below a field along
 *   PART_OF); the number of experts, and of those affiliated in the region, are counted in the
 *   store.
 */
import { nodeId, type NodeKind } from '@chanjiao/graph-schema';
import type { GraphStore } from '../../store/port.ts';
import type { AnalysisGraph } from '../graph.ts';
import { rankPostings, type PostingsQuery } from '../postings-for-candidate.ts';
import { periodMatches } from '../talent-map.ts';
import {
  boundReached,
  profileTotal,
  relatedCandidates,
  scoreRelatedOccupations,
  requirementProps,
} from '../related-occupations.ts';
import { Scope } from '../scope.ts';
import { loadLocations, loadPlaces, locatedIn, type Places } from './shared.ts';

const regionIds = (region: string | undefined) =>
  region === undefined ? [] : [nodeId({ kind: 'Region', key: region })];

/** The nodes of a kind located in the places, or every one in the store without places. */
async function inScope(scope: Scope, kind: NodeKind, places: Places | undefined) {
  return places
    ? scope.hop(places.places, ['LOCATED_IN'], 'in', { kinds: [kind] })
    : scope.wholeKind(kind);
}

export async function loadCandidatesForPosting(
  store: GraphStore,
  query: { posting: string; region?: string; limit?: number },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const postingId = nodeId({ kind: 'Posting', key: query.posting });
  const [regionId] = regionIds(query.region);
  await scope.start([postingId, ...regionIds(query.region)]);
  if (!scope.has(postingId)) return scope.graph();
  const places = regionId !== undefined ? await loadPlaces(scope, regionId) : undefined;
  if (regionId !== undefined && !places) return scope.graph();
  await scope.totals(['Candidate']);
  const required = await scope.hop([postingId], ['REQUIRES'], 'out', { kinds: ['Competency'] });
  await postingContext(scope, [postingId]);
  const where = places && locatedIn(places);
  if (query.limit === undefined) {
    const candidates = await inScope(scope, 'Candidate', places);
    await loadLocations(scope, candidates);
    // Only the candidates' levels on what the posting requires count.
    await scope.hop(required, ['HAS_COMPETENCY'], 'in', {
      kinds: ['Candidate'],
      ...(where && { where }),
      props: false,
    });
    return scope.graph();
  }
  // A list cut at `limit`: the candidates holding a required competency, and the first of the
  // rest by key. The others hold none, so they score alike and rank by key after those read:
  // the analysis counts them without reading them.
  const holders = await scope.hop(required, ['HAS_COMPETENCY'], 'in', {
    kinds: ['Candidate'],
    ...(where && { where }),
  });
  const head = await scope.firstOfKind('Candidate', query.limit + holders.length, where);
  const read = [...new Set([...holders, ...head.ids])];
  await loadLocations(scope, read);
  scope.leaveUnread('Candidate', head.total - read.length);
  return scope.graph();
}

/** A posting's occupation, enterprise and places (its summary). */
async function postingContext(scope: Scope, postings: string[]): Promise<void> {
  await scope.hop(postings, ['FOR'], 'out', { kinds: ['Occupation'], props: false });
  await scope.hop(postings, ['POSTED'], 'in', { kinds: ['Enterprise'], props: false });
  await loadLocations(scope, postings);
}

export async function loadPostingsForCandidate(
  store: GraphStore,
  query: PostingsQuery,
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const candidateId = nodeId({ kind: 'Candidate', key: query.candidate });
  const [regionId] = regionIds(query.region);
  await scope.start([candidateId, ...regionIds(query.region)]);
  if (!scope.has(candidateId)) return scope.graph();
  const places = regionId !== undefined ? await loadPlaces(scope, regionId) : undefined;
  if (regionId !== undefined && !places) return scope.graph();
  await scope.totals(['Posting']);
  const held = await scope.hop([candidateId], ['HAS_COMPETENCY'], 'out', {
    kinds: ['Competency'],
    props: false,
  });
  await loadLocations(scope, [candidateId]);
  if (query.limit === undefined) {
    const postings = await inScope(scope, 'Posting', places);
    await scope.hop(postings, ['REQUIRES'], 'out', { kinds: ['Competency'] });
    await postingContext(scope, postings);
    return scope.graph();
  }
  // A list cut at `limit`: the postings requiring a competency the candidate holds are read whole.
  // The others score 0 when they require anything (every requirement weighs more than 0) and are
  // unscored when not; the first of them by key that rank are read whole to fill the cut list,
  // the rest rank after those and are not read.
  const limit = Math.max(0, query.limit);
  const fill = query.minScore !== undefined && query.minScore > 0 ? 0 : limit;
  const where = places && locatedIn(places);
  // Without a region or a period, when every posting of the store requires something (counted
  // there), the others need not be read at all: they all rank, and the first by key fill the list.
  const everyOneRanks =
    !places && query.period === undefined && (await everyPostingRequires(scope));
  const sharing = await scope.hop(held, ['REQUIRES'], 'in', {
    kinds: ['Posting'],
    ...(where && { where }),
    props: everyOneRanks,
  });
  const shared = new Set(sharing);
  if (everyOneRanks) {
    const first = await firstOthers(scope, shared, fill);
    scope.leaveUnread('Posting', scope.kindTotal('Posting') - sharing.length - first.length);
    await scope.hop(first, ['REQUIRES'], 'out', { kinds: ['Competency'] });
    // The sharing postings' requirements are read where they meet the candidate's competencies
    // (above) and counted by importance and essential: their scores follow to the bit, so the
    // list is known before any is read whole, and only the listed ones are.
    await scope.countRelationships(sharing, 'REQUIRES', 'out', 'Competency', requirementProps);
    const listed = rankPostings(scope.graph(), query)
      .ranked.slice(0, limit)
      .map((p) => p.id);
    await scope.hop(listed, ['REQUIRES'], 'out', { kinds: ['Competency'] });
    await postingContext(scope, listed);
    return scope.graph();
  }
  // Every posting of the region (or the store) is read, but the requirements of the others only
  // counted: a row each.
  const others = (await inScope(scope, 'Posting', places)).filter((id) => !shared.has(id));
  const counts = await scope.countRelationships(others, 'REQUIRES', 'out', 'Competency', []);
  const ranks = (id: string) =>
    periodMatches(scope.props(id)?.period, query.period) && counts.get(id)!.length > 0;
  const read = [...sharing, ...others.filter(ranks).slice(0, fill)];
  await scope.hop(read, ['REQUIRES'], 'out', { kinds: ['Competency'] });
  await postingContext(scope, read);
  return scope.graph();
}

/** Whether every posting of the store has a REQUIRES relationship to a competency (counted there). */
async function everyPostingRequires(scope: Scope): Promise<boolean> {
  const total = scope.kindTotal('Posting');
  if (total === 0) return true;
  const competencies = await scope.wholeKind('Competency', { props: false });
  if (competencies.length === 0) return false;
  const groups = await scope.aggregate({
    kinds: ['Posting'],
    where: { rels: ['REQUIRES'], direction: 'out', to: competencies },
  });
  return groups.reduce((sum, g) => sum + g.count, 0) === total;
}

/** The first `limit` postings by key that are not among `shared`. */
async function firstOthers(scope: Scope, shared: Set<string>, limit: number): Promise<string[]> {
  if (limit === 0) return [];
  for (let n = limit; ;) {
    const first = await scope.firstOfKind('Posting', n);
    const others = first.ids.filter((id) => !shared.has(id));
    if (others.length >= limit || first.ids.length >= first.total) return others.slice(0, limit);
    n = limit + first.ids.length - others.length;
  }
}

export async function loadRelatedOccupations(
  store: GraphStore,
  query: { occupation: string; limit?: number },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const sourceId = nodeId({ kind: 'Occupation', key: query.occupation });
  await scope.start([sourceId]);
  const competencies = await scope.hop([sourceId], ['REQUIRES'], 'out', { kinds: ['Competency'] });
  // Scored on their requirements of the source's competencies and their profiles' totals,
  // counted in the store; only the listed ones are read with their names and whole profiles.
  await scope.hop(competencies, ['REQUIRES'], 'in', {
    kinds: ['Occupation'],
    props: false,
  });
  const totals = new Map<string, number>();
  const count = async (ids: string[]) => {
    const groups = await scope.countRelationships(
      ids,
      'REQUIRES',
      'out',
      'Competency',
      requirementProps,
    );
    for (const [id, list] of groups) totals.set(id, profileTotal(list));
  };
  await count([sourceId]);
  // Totals in bound order, a batch at a time, until no other occupation can be listed.
  const candidates = relatedCandidates(scope.graph(), sourceId);
  const batch = Math.max(8, 4 * (query.limit ?? candidates.length));
  const score = () =>
    scoreRelatedOccupations(candidates, totals.get(sourceId)!, (id) => totals.get(id)).scored;
  let ranked = score();
  for (let next = 0; !boundReached(candidates, next, ranked, query.limit); next += batch) {
    await count(candidates.slice(next, next + batch).map((c) => c.id));
    ranked = score();
  }
  const listed = (query.limit === undefined ? ranked : ranked.slice(0, query.limit)).map(
    (r) => r.id,
  );
  await scope.start(listed);
  await scope.hop(listed, ['REQUIRES'], 'out', { kinds: ['Competency'] });
  return scope.graph();
}

export async function loadRelatedSegments(
  store: GraphStore,
  query: { segment: string },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const sourceId = nodeId({ kind: 'Segment', key: query.segment });
  await scope.start([sourceId]);
  // The source's whole profile; a related segment lists only the competencies it shares with the
  // source, named from it.
  await scope.hop([sourceId], ['PART_OF'], 'out', { kinds: ['Chain'], props: false });
  const occupations = await scope.hop([sourceId], ['EMPLOYS'], 'out', {
    kinds: ['Occupation'],
    props: false,
  });
  const competencies = await scope.hop(occupations, ['REQUIRES'], 'out', { kinds: ['Competency'] });
  // Only occupations some segment employs can relate segments: the store walks back from the
  // segments (a few hundred) instead of through every requirement of the competencies, most of
  // which are postings'.
  const segments = await scope.wholeKind('Segment');
  const sharing = await scope.hop(competencies, ['REQUIRES'], 'in', {
    kinds: ['Occupation'],
    where: { rels: ['EMPLOYS'], direction: 'in', to: segments },
    props: false,
  });
  const related = await scope.hop(sharing, ['EMPLOYS'], 'in', { kinds: ['Segment'] });
  // The requirements of the source's competencies are all read (above); a compared segment's
  // occupations count only through their profiles' totals, counted in the store.
  const compared = related.filter((id) => id !== sourceId);
  await scope.hop(compared, ['PART_OF'], 'out', { kinds: ['Chain'], props: false });
  const employed = await scope.hop(compared, ['EMPLOYS'], 'out', {
    kinds: ['Occupation'],
    props: false,
  });
  await scope.countRelationships(employed, 'REQUIRES', 'out', 'Competency', requirementProps);
  return scope.graph();
}

export async function loadExperts(
  store: GraphStore,
  query: {
    competencies: string[];
    industries: string[];
    chains: string[];
    segments: string[];
    region?: string;
  },
  maxNodes: number,
): Promise<AnalysisGraph> {
  const scope = new Scope(store, maxNodes);
  const competencies = query.competencies.map((key) => nodeId({ kind: 'Competency', key }));
  const fields = [
    ...query.industries.map((key) => nodeId({ kind: 'Industry', key })),
    ...query.chains.map((key) => nodeId({ kind: 'Chain', key })),
    ...query.segments.map((key) => nodeId({ kind: 'Segment', key })),
  ];
  const [regionId] = regionIds(query.region);
  await scope.start([...competencies, ...fields, ...regionIds(query.region)]);
  await scope.totals(['Expert']);
  // A field matches a specialism above or below it along PART_OF.
  const around = [
    ...(await scope.closure(fields, ['PART_OF'], 'out', { props: false })),
    ...(await scope.closure(fields, ['PART_OF'], 'in', { props: false })),
  ];
  const experts = [
    ...(await scope.hop(competencies, ['HAS_COMPETENCY'], 'in', { kinds: ['Expert'] })),
    ...(await scope.hop(around, ['SPECIALISES_IN'], 'in', { kinds: ['Expert'] })),
  ];
  const affiliations = await scope.hop(experts, ['AFFILIATED_WITH'], 'out', {
    kinds: ['Institution', 'Enterprise'],
  });
  await scope.hop(experts, ['PROVIDES'], 'out', { kinds: ['Service'], props: false });
  const places = regionId !== undefined ? await loadPlaces(scope, regionId) : undefined;
  if (places) {
    await loadLocations(scope, affiliations);
    await loadAffiliatedIn(scope, places);
  }
  return scope.graph();
}

/**
 * For the experts the region excludes: the region's institutions and enterprises that have an
 * expert, and how many experts those have (counted in the store). Reached from whichever side is
 * smaller — the region's institutions and enterprises, or the store's experts and where they work.
 */
async function loadAffiliatedIn(scope: Scope, places: Places): Promise<void> {
  const orgs = { kinds: ['Institution', 'Enterprise'] as NodeKind[], props: false };
  const localOrgs = await scope.reachCount(places.places, ['LOCATED_IN'], 'in', orgs.kinds);
  let local: string[];
  if (localOrgs <= scope.kindTotal('Expert')) {
    local = await scope.hop(places.places, ['LOCATED_IN'], 'in', orgs);
  } else {
    const experts = await scope.wholeKind('Expert');
    local = await scope.hop(experts, ['AFFILIATED_WITH'], 'out', {
      ...orgs,
      where: locatedIn(places),
    });
    await loadLocations(scope, local);
  }
  await scope.count(local, 'AFFILIATED_WITH', 'in', 'Expert');
}
