/**
 * The weak-links view's state (补链·强链), which lives in the address: the chain and region picked,
 * the segment whose local enterprises are listed (`sel`) and whether the chain's lanes are open
 * large (`large`: the graph takes the view's main area, the picked segment's enterprises beside it). Plus pure helpers on an answer:
 * counts per status and the segments grouped by position along the chain.
 */
import { z } from 'zod';
import { compact, flagParam, nodeIdParam, textParam } from '../router/search.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';
import {
  linkStatuses,
  type LinkStatus,
  type SegmentStrength,
  type WeakLinksAnswer,
  type WeakLinksParams,
} from './types.ts';

export const weakLinksSearchSchema = z.object({
  chain: textParam,
  region: textParam,
  sel: nodeIdParam,
  large: flagParam,
});

export type WeakLinksSearch = z.output<typeof weakLinksSearchSchema>;

export interface WeakLinksQuery {
  chain: string;
  region: string;
}

export function weakLinksParams(search: WeakLinksSearch): Checked<WeakLinksParams> {
  if (!search.chain) return { problem: 'chain' };
  if (!search.region) return { problem: 'region' };
  return { params: { chain: search.chain, region: search.region } };
}

/** Fills a missing chain or region with the defaults; the same object when nothing is missing. */
export const weakLinksDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: WeakLinksSearch): WeakLinksSearch => {
    const chain = search.chain ?? (defaults.chain || undefined);
    const region = search.region ?? (defaults.region || undefined);
    if (chain === search.chain && region === search.region) return search;
    return compact({ ...search, chain, region });
  };

export const weakLinksQueryChanged =
  (change: Partial<WeakLinksQuery>) =>
  (search: WeakLinksSearch): WeakLinksSearch => {
    // Another chain has other segments; the same chain in another region keeps the pick.
    const otherChain = change.chain !== undefined && change.chain !== search.chain;
    return compact({
      chain: (change.chain ?? search.chain) || undefined,
      region: (change.region ?? search.region) || undefined,
      sel: otherChain ? undefined : search.sel,
      large: search.large,
    });
  };

/** Opens the chain's lanes large, or back beside the table (`large` absent, the default). */
export const weakLinksLargeToggled = (search: WeakLinksSearch): WeakLinksSearch =>
  compact({ ...search, large: search.large ? undefined : true });

export function statusCounts(segments: readonly SegmentStrength[]): Record<LinkStatus, number> {
  const counts = Object.fromEntries(linkStatuses.map((s) => [s, 0])) as Record<LinkStatus, number>;
  for (const segment of segments) counts[segment.status] += 1;
  return counts;
}

/**
 * The segments in runs of the same position, in chain order (the answer's order, which is the
 * segments' `order`): upstream → midstream → downstream, as a strip reads left to right.
 */
export function positionRuns(
  segments: readonly SegmentStrength[],
): { position: string; segments: SegmentStrength[] }[] {
  const runs: { position: string; segments: SegmentStrength[] }[] = [];
  for (const segment of segments) {
    const last = runs[runs.length - 1];
    if (last && last.position === segment.position) last.segments.push(segment);
    else runs.push({ position: segment.position, segments: [segment] });
  }
  return runs;
}

/** The answer's segment by key. */
export function segmentOf(answer: WeakLinksAnswer | null, key: string | null) {
  if (!answer || key === null) return null;
  return answer.segments.find((s) => s.key === key) ?? null;
}
