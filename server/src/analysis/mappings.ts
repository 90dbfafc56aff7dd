/**
 * Cross-scheme mappings in analyses (`mappings=follow`): SAME_AS and BROADER_MATCH let a local
 * occupation without a competency profile borrow one, and let a local competency stand for the
 * ESCO / O*NET competency it is the same as.
 *
 * - Profile of an occupation o: its own REQUIRES edges. When it has none and mappings are
 *   followed, the profile of the best mapped occupation m that has one: SAME_AS (either direction)
 *   before BROADER_MATCH (o → m, m broader), then the higher `score` (absent counts 1), then the
 *   smaller key; one hop only. A borrowed requirement's weight is multiplied by the mapping's score.
 * - Competencies joined by SAME_AS (either direction, transitively) count as one: the member that
 *   something TEACHES (smallest key among those), else the smallest key, stands for the class, so
 *   demand on an imported skill meets supply on the local one. BROADER_MATCH between competencies
 *   does not merge them (a broader skill is not the same skill).
 * Without `follow`, profiles are the own REQUIRES edges and every competency stands for itself.
 */
import type { BorrowedFrom } from '@chanjiao/graph-schema';
import type { AnalysisGraph, Link } from './graph.ts';
import { numberProp } from './graph.ts';
import { compareStrings } from '../store/order.ts';

export type MappingMode = 'ignore' | 'follow';
export type { BorrowedFrom };

export interface Profile {
  requirements: Link[];
  /** Where the requirements come from when they are borrowed. */
  borrowedFrom?: BorrowedFrom;
  /** Multiplies every requirement weight (the mapping's score; 1 for an own profile). */
  factor: number;
}

export interface MappingView {
  profile(occupationId: string): Profile;
  /** The competency id that stands for this one's SAME_AS class. */
  canonical(competencyId: string): string;
}

export function mappingView(graph: AnalysisGraph, mode: MappingMode = 'ignore'): MappingView {
  if (mode === 'ignore')
    return {
      profile: (id) => ({ requirements: graph.out(id, 'REQUIRES'), factor: 1 }),
      canonical: (id) => id,
    };

  const canonicalOf = new Map<string, string>();
  const canonical = (id: string): string => {
    const known = canonicalOf.get(id);
    if (known) return known;
    // Collect the SAME_AS class of `id`.
    const members = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const current = queue.pop()!;
      for (const link of [...graph.out(current, 'SAME_AS'), ...graph.in(current, 'SAME_AS')])
        if (graph.node(link.id)?.kind === 'Competency' && !members.has(link.id)) {
          members.add(link.id);
          queue.push(link.id);
        }
    }
    const sorted = [...members].sort(compareStrings);
    const taught = sorted.filter((m) => graph.neighbourCounts([m], 'TEACHES', 'in').of(m) > 0);
    const chosen = taught[0] ?? sorted[0]!;
    for (const m of members) canonicalOf.set(m, chosen);
    return chosen;
  };

  const profile = (id: string): Profile => {
    const own = graph.out(id, 'REQUIRES');
    if (own.length > 0) return { requirements: own, factor: 1 };
    const candidates: { id: string; rel: BorrowedFrom['rel']; score: number }[] = [];
    const consider = (link: Link, rel: BorrowedFrom['rel']) => {
      if (graph.node(link.id)?.kind !== 'Occupation') return;
      if (graph.out(link.id, 'REQUIRES').length === 0) return;
      candidates.push({ id: link.id, rel, score: numberProp(link.props, 'score') ?? 1 });
    };
    for (const link of graph.out(id, 'SAME_AS')) consider(link, 'SAME_AS');
    for (const link of graph.in(id, 'SAME_AS')) consider(link, 'SAME_AS');
    for (const link of graph.out(id, 'BROADER_MATCH')) consider(link, 'BROADER_MATCH');
    candidates.sort(
      (a, b) =>
        (a.rel === b.rel ? 0 : a.rel === 'SAME_AS' ? -1 : 1) ||
        b.score - a.score ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const best = candidates[0];
    if (!best) return { requirements: [], factor: 1 };
    return {
      requirements: graph.out(best.id, 'REQUIRES'),
      borrowedFrom: { key: graph.node(best.id)!.key, rel: best.rel, score: best.score },
      factor: best.score,
    };
  };

  return { profile, canonical };
}

export const mappingRulesText =
  'With `mappings=follow`, an occupation without REQUIRES borrows the profile of the occupation it is SAME_AS ' +
  '(before BROADER_MATCH; higher score first), each weight multiplied by the score; competencies joined by SAME_AS count as one.';
