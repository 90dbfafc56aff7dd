/**
 * Chain weak links (补链·强链): per segment of a chain, the local enterprises (OPERATES_IN the segment
 * and LOCATED_IN the region, directly, below it, or through a park there) and the location quotient
 * `LQ = (n_s,R / n_K,R) / (n_s / n_K)`, where n counts distinct enterprises in the segment (s) or in
 * any segment of the chain (K), locally (R) or anywhere. Status: `missing` with no local enterprise,
 * `weak` when LQ < 0.5, `strong` when LQ > 1.5, else `normal`. Thresholds can be overridden.
 */
import type {
  LinkStatus,
  SegmentStrength,
  WeakLinks,
  WeakLinkThresholds,
} from '@chanjiao/graph-schema';
import type { AnalysisGraph } from './graph.ts';
import { isLocatedIn, regionAndBelow } from './graph.ts';
import { requireNode } from './talent-map.ts';

export const defaultWeakLinkThresholds: WeakLinkThresholds = { weakBelow: 0.5, strongAbove: 1.5 };

export type { LinkStatus, SegmentStrength, WeakLinks, WeakLinkThresholds };

export function weakLinks(
  graph: AnalysisGraph,
  query: { chain: string; region: string; thresholds?: Partial<WeakLinkThresholds> },
): WeakLinks {
  const chainId = requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  const regionId = requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const thresholds = { ...defaultWeakLinkThresholds, ...query.thresholds };
  const regions = regionAndBelow(graph, regionId);
  const segmentIds = graph
    .in(chainId, 'PART_OF')
    .map((l) => l.id)
    .filter((id) => graph.node(id)?.kind === 'Segment');

  // Enterprises anywhere are counted in the store; only the local ones are named.
  const everywhere = graph.neighbourCounts(segmentIds, 'OPERATES_IN', 'in', 'Enterprise');
  const perSegment = segmentIds.map((segmentId) => {
    const local = graph
      .in(segmentId, 'OPERATES_IN')
      .map((l) => l.id)
      .filter((id) => graph.node(id)?.kind === 'Enterprise' && isLocatedIn(graph, id, regions));
    return { segmentId, all: everywhere.of(segmentId), local: new Set(local) };
  });
  const chainAll = everywhere.distinct;
  const chainLocal = new Set(perSegment.flatMap((s) => [...s.local]));

  const segments: SegmentStrength[] = perSegment.map(({ segmentId, all, local }) => {
    const segment = graph.node(segmentId)!;
    const lq =
      chainLocal.size > 0 && all > 0 && chainAll > 0
        ? local.size / chainLocal.size / (all / chainAll)
        : null;
    const status: LinkStatus =
      local.size === 0
        ? 'missing'
        : lq !== null && lq < thresholds.weakBelow
          ? 'weak'
          : lq !== null && lq > thresholds.strongAbove
            ? 'strong'
            : 'normal';
    return {
      key: segment.key,
      ...graph.name(segmentId),
      position: String(segment.props.position ?? ''),
      order: typeof segment.props.order === 'number' ? segment.props.order : null,
      localEnterprises: local.size,
      enterprises: all,
      locationQuotient: lq,
      status,
      local: [...local].map((id) => graph.node(id)!.key).sort(),
    };
  });
  segments.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || (a.key < b.key ? -1 : 1));
  const highlight = new Set<string>([chainId, regionId]);
  for (const s of segments) {
    highlight.add(`Segment:${s.key}`);
    for (const e of s.local) highlight.add(`Enterprise:${e}`);
  }
  return {
    chain: query.chain,
    region: query.region,
    thresholds,
    localEnterprises: chainLocal.size,
    enterprises: chainAll,
    segments,
    highlight: [...highlight].sort(),
  };
}
