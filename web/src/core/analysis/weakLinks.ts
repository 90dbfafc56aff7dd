/**
 * The weak-links view's state (补链·强链): the chain and region picked, the latest answer, and the
 * segment whose local enterprises are listed. Plus pure helpers on an answer: counts per status
 * and the segments grouped by position along the chain.
 */
import type { AnalysisDefaults } from './options.ts';
import { answerOf, type AnalysisResult, type QueryProblem } from './result.ts';
import {
  linkStatuses,
  type LinkStatus,
  type SegmentStrength,
  type WeakLinksAnswer,
  type WeakLinksParams,
} from './types.ts';

export interface WeakLinksQuery {
  chain: string;
  region: string;
}

export interface WeakLinksState {
  query: WeakLinksQuery;
  result: AnalysisResult<WeakLinksAnswer>;
  /** Key of the segment whose local enterprises are listed. */
  selected: string | null;
  requestId: number;
}

export const initialWeakLinksState: WeakLinksState = {
  query: { chain: '', region: '' },
  result: { type: 'idle' },
  selected: null,
  requestId: 0,
};

export function weakLinksParams(
  query: WeakLinksQuery,
): { params: WeakLinksParams } | { problem: QueryProblem } {
  if (!query.chain) return { problem: 'chain' };
  if (!query.region) return { problem: 'region' };
  return { params: { chain: query.chain, region: query.region } };
}

export const weakLinksDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (state: WeakLinksState): WeakLinksState => ({
    ...state,
    query: {
      chain: state.query.chain || defaults.chain,
      region: state.query.region || defaults.region,
    },
  });

export const weakLinksQueryChanged =
  (change: Partial<WeakLinksQuery>) =>
  (state: WeakLinksState): WeakLinksState => ({
    ...state,
    query: { ...state.query, ...change },
    // Another chain has other segments; the same chain in another region keeps the pick.
    selected: change.chain && change.chain !== state.query.chain ? null : state.selected,
  });

export const weakLinksRequested =
  () =>
  (state: WeakLinksState): WeakLinksState => {
    const checked = weakLinksParams(state.query);
    if ('problem' in checked)
      return {
        ...state,
        result: { type: 'invalid', problem: checked.problem, previous: answerOf(state.result) },
      };
    const requestId = state.requestId + 1;
    return {
      ...state,
      requestId,
      result: { type: 'loading', requestId, previous: answerOf(state.result) },
    };
  };

export const weakLinksAnswered =
  (requestId: number, answer: WeakLinksAnswer) =>
  (state: WeakLinksState): WeakLinksState => {
    if (requestId !== state.requestId) return state;
    const keep = state.selected && answer.segments.some((s) => s.key === state.selected);
    return {
      ...state,
      result: { type: 'ready', requestId, answer },
      selected: keep ? state.selected : null,
    };
  };

export const weakLinksFailed =
  (requestId: number, message: string) =>
  (state: WeakLinksState): WeakLinksState =>
    requestId !== state.requestId
      ? state
      : { ...state, result: { type: 'error', requestId, message } };

export const segmentToggled =
  (key: string | null) =>
  (state: WeakLinksState): WeakLinksState => ({
    ...state,
    selected: key === null || state.selected === key ? null : key,
  });

export const segmentPicked =
  (key: string | null) =>
  (state: WeakLinksState): WeakLinksState =>
    state.selected === key ? state : { ...state, selected: key };

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
