/**
 * Running layouts: a typed registry (ForceAtlas2 for now) and one layout at a time (the explorer's
 * graph or an analysis graph, whichever is on screen), run for a fixed time and then stopped, its
 * worker killed. `stopLayout` is also what teardown calls. The chain layout (`chain.ts`) is not
 * simulated: `layoutChain` places the nodes at once, stopping whatever was moving them.
 */
import type { AtlasGraph } from '../graph/types.ts';
import { atom } from '../utils/atoms.ts';
import { applyChainLayout, clearChainLanes, type ChainLayout, type KindRank } from './chain.ts';
import { forceAtlas2Layout } from './forceAtlas2.ts';
import type { LayoutDefinition, LayoutId, LayoutMode, LayoutRun } from './types.ts';

export type { LayoutId, LayoutMode } from './types.ts';
export { forceAtlas2Steps } from './forceAtlas2Steps.ts';
export {
  chainLanes,
  chainLanesOf,
  chainLayout,
  segmentsInChainOrder,
  type ChainLayout,
  type LaneBox,
  type LaneId,
} from './chain.ts';

export const layouts: Record<LayoutId, LayoutDefinition> = {
  forceAtlas2: forceAtlas2Layout,
};

/** How long a layout runs: a full layout of a fresh neighbourhood, or a settle after an expansion. */
export const layoutDurations = { full: 2500, settle: 1500 } as const;

export const layoutModeAtom = atom<LayoutMode>({ type: 'idle' });

let current: {
  graph: AtlasGraph;
  run: LayoutRun;
  timer: ReturnType<typeof setTimeout>;
} | null = null;

export function startLayout(
  graph: AtlasGraph,
  durationMs: number = layoutDurations.full,
  id: LayoutId = 'forceAtlas2',
): void {
  stopLayout();
  clearChainLanes(graph);
  if (graph.order < 2) return;
  const run = layouts[id].start(graph, {
    onSettled: () => layoutModeAtom.set({ type: 'idle' }),
  });
  const timer = setTimeout(() => stopLayout(), durationMs);
  current = { graph, run, timer };
  layoutModeAtom.set({ type: 'running', layout: id, durationMs });
}

/**
 * Stops the running layout — any, or only one moving `graph` (a view tearing down must not stop
 * the layout another view has just started).
 */
export function stopLayout(graph?: AtlasGraph): void {
  if (!current || (graph && current.graph !== graph)) return;
  const { run, timer } = current;
  current = null;
  clearTimeout(timer);
  run.stop();
}

/** Lays `graph` out as the chain `chain` (see `chain.ts`), after stopping any running layout. */
export function layoutChain(
  graph: AtlasGraph,
  chain: string,
  kindRank?: KindRank,
  claimFirst?: readonly string[],
  stacked?: boolean,
): ChainLayout {
  stopLayout();
  return applyChainLayout(graph, chain, kindRank, claimFirst, stacked);
}
