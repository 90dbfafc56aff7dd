/**
 * Chain weak links (补链·强链): per segment of a chain, the local enterprises (OPERATES_IN the segment
 * and LOCATED_IN the region, directly, below it, or through a park there) and the location quotient
 * `LQ = (n_s,R / n_K,R) / (n_s / n_K)`, where n counts distinct enterprises in the segment (s) or in
 * any segment of the chain (K), locally (R) or anywhere. Status: `missing` with no local enterprise,
 * `weak` when LQ < 0.5, `strong` when LQ > 1.5, else `normal`. Thresholds can be overridden.
 *
 * Each segment states both sides of the quotient — its share of the chain's local enterprises and
 * the baseline, its share of the chain's enterprises anywhere — and is flagged `fewEnterprises`
 * when the quotient rests on fewer local enterprises than `minLocalEnterprises` (3): one firm more
 * or less would swing it. For a missing or weak segment, the enterprises outside the region that
 * operate in it are the candidates to fill it (补链招商): at most `candidates` (5) of them, the
 * highest tier first (小巨人, 专精特新, 创新型, none), then the largest scale, then by key, with
 * where they are located.
 */
import type {
  LinkStatus,
  SegmentStrength,
  WeakLinkCandidate,
  WeakLinks,
  WeakLinkThresholds,
} from '@chanjiao/graph-schema';
import type { AnalysisGraph } from './graph.ts';
import { isLocatedIn, regionAndBelow } from './graph.ts';
import { requireNode } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

export const defaultWeakLinkThresholds: WeakLinkThresholds = {
  weakBelow: 0.5,
  strongAbove: 1.5,
  minLocalEnterprises: 3,
};

/** Candidate enterprises listed per missing or weak segment, unless the query says otherwise. */
export const defaultCandidateLimit = 5;

export type { LinkStatus, SegmentStrength, WeakLinks, WeakLinkThresholds };

export interface WeakLinksQuery {
  chain: string;
  region: string;
  thresholds?: Partial<WeakLinkThresholds>;
  /** Candidate enterprises per missing or weak segment (0 lists none). */
  candidates?: number;
}

const tierRank: Record<string, number> = { 'little-giant': 3, specialised: 2, innovative: 1 };
const scaleRank: Record<string, number> = { large: 4, medium: 3, small: 2, micro: 1 };

/** Candidates first: higher tier, then larger scale, then key. */
export function candidateOrder(graph: AnalysisGraph): (a: string, b: string) => number {
  const rank = (id: string) => {
    const props = graph.node(id)?.props ?? {};
    return [tierRank[String(props.tier)] ?? 0, scaleRank[String(props.scale)] ?? 0];
  };
  return (a, b) => {
    const [ta, sa] = rank(a);
    const [tb, sb] = rank(b);
    return tb! - ta! || sb! - sa! || (graph.node(a)!.key < graph.node(b)!.key ? -1 : 1);
  };
}

/** Whether a segment with this status lists candidates to fill it. */
export const wantsCandidates = (status: LinkStatus): boolean =>
  status === 'missing' || status === 'weak';

/**
 * The enterprises of a segment outside the region, best first, at most `limit`: what the answer
 * lists, and what the loader reads the locations of.
 */
export function chosenCandidates(
  graph: AnalysisGraph,
  segmentId: string,
  local: ReadonlySet<string>,
  limit: number,
): string[] {
  if (limit <= 0) return [];
  return graph
    .in(segmentId, 'OPERATES_IN')
    .map((l) => l.id)
    .filter((id) => graph.node(id)?.kind === 'Enterprise' && !local.has(id))
    .sort(candidateOrder(graph))
    .slice(0, limit);
}

function candidateOf(graph: AnalysisGraph, id: string): WeakLinkCandidate {
  const node = graph.node(id)!;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    key: node.key,
    ...graph.name(id),
    tier: text(node.props.tier),
    scale: text(node.props.scale),
    locations: graph
      .out(id, 'LOCATED_IN')
      .map((l) => graph.node(l.id)!)
      .filter((place) => place.kind === 'Region' || place.kind === 'Park')
      .map((place) => ({
        key: place.key,
        ...graph.name(`${place.kind}:${place.key}`),
        kind: place.kind,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

export function weakLinks(graph: AnalysisGraph, query: WeakLinksQuery): WeakLinks {
  const chainId = requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  const regionId = requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const thresholds = { ...defaultWeakLinkThresholds, ...query.thresholds };
  const candidateLimit = query.candidates ?? defaultCandidateLimit;
  const regions = regionAndBelow(graph, regionId);
  const segmentIds = graph
    .in(chainId, 'PART_OF')
    .map((l) => l.id)
    .filter((id) => graph.node(id)?.kind === 'Segment');

  // Enterprises anywhere are counted in the store; only the local ones (and candidates) are named.
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
    const localShare = chainLocal.size > 0 ? local.size / chainLocal.size : null;
    const baselineShare = chainAll > 0 ? all / chainAll : null;
    const lq =
      localShare !== null && baselineShare !== null && all > 0 ? localShare / baselineShare : null;
    const status: LinkStatus =
      local.size === 0
        ? 'missing'
        : lq !== null && lq < thresholds.weakBelow
          ? 'weak'
          : lq !== null && lq > thresholds.strongAbove
            ? 'strong'
            : 'normal';
    const candidates = wantsCandidates(status)
      ? chosenCandidates(graph, segmentId, local, candidateLimit).map((id) =>
          candidateOf(graph, id),
        )
      : [];
    return {
      key: segment.key,
      ...graph.name(segmentId),
      position: String(segment.props.position ?? ''),
      order: typeof segment.props.order === 'number' ? segment.props.order : null,
      localEnterprises: local.size,
      enterprises: all,
      locationQuotient: lq,
      status,
      local: [...local].map((id) => graph.node(id)!.key).sort(compareStrings),
      localShare,
      baselineShare,
      fewEnterprises: local.size > 0 && local.size < thresholds.minLocalEnterprises,
      candidates,
    };
  });
  segments.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || (a.key < b.key ? -1 : 1));
  const highlight = new Set<string>([chainId, regionId]);
  for (const s of segments) {
    highlight.add(`Segment:${s.key}`);
    for (const e of s.local) highlight.add(`Enterprise:${e}`);
    for (const c of s.candidates) highlight.add(`Enterprise:${c.key}`);
  }
  return {
    chain: query.chain,
    region: query.region,
    thresholds,
    localEnterprises: chainLocal.size,
    enterprises: chainAll,
    candidateLimit,
    segments,
    highlight: [...highlight].sort(compareStrings),
  };
}
