/**
 * The one graph of the explorer (sigma draws it directly), its summary for the legend, and the
 * sync that keeps it in step with the address: `applyExplorerSearch` takes the explorer's search
 * (opened node, expansions, selection, hidden kinds), mirrors what sigma reads synchronously into
 * atoms, and fetches, merges or retracts neighbourhoods until the graph is the one the address
 * describes. The views never change the graph themselves: they navigate (see `url.ts`).
 */
import { api, type ApiClient } from '../api/index.ts';
import { hiddenKindsAtom, hiddenKindsOf } from '../filters/index.ts';
import { layoutDurations, startLayout, stopLayout } from '../layout/index.ts';
import { nodeSelected, selectionAtom } from '../selection/index.ts';
import { atom } from '../utils/atoms.ts';
import {
  cameraRequested,
  errorDismissed,
  expansionApplied,
  expansionsRetracted,
  explorerCleared,
  focusPending,
  initialExplorerState,
  loadedForgotten,
  neighbourhoodOpened,
  pendingFocusReached,
  requestCancelled,
  requestFailed,
  requestStarted,
  truncationDismissed,
  type ExplorerState,
} from './explorer.ts';
import { retractExpansions, syncPlan, type Expansion } from './sync.ts';
import type { AtlasGraph } from './types.ts';
import type { ExplorerSearch } from './url.ts';
import {
  createAtlasGraph,
  kindCounts,
  mergeNeighbourhood,
  parseNodeId,
  replaceWithNeighbourhood,
  truncationOf,
} from './utils.ts';

export * from './types.ts';
export { nodeId, parseNodeId } from './utils.ts';
export type { ExplorerSearch } from './url.ts';

/** How far and how many nodes a neighbourhood request asks for. */
export const neighbourhoodRequest = { depth: 1, limit: 150 } as const;

export const atlasGraph: AtlasGraph = createAtlasGraph();

export const explorerAtom = atom<ExplorerState>(initialExplorerState);

/** The explorer's search as the address last gave it. */
export const explorerSearchAtom = atom<ExplorerSearch>({});

export interface GraphSummary {
  order: number;
  size: number;
  kinds: ReadonlyMap<string, number>;
}

export const graphSummaryAtom = atom<GraphSummary>({ order: 0, size: 0, kinds: new Map() });

// Graph events come in bursts (an import adds hundreds of nodes); summarise once per burst.
let summaryScheduled = false;
function scheduleSummary(): void {
  if (summaryScheduled) return;
  summaryScheduled = true;
  queueMicrotask(() => {
    summaryScheduled = false;
    graphSummaryAtom.set({
      order: atlasGraph.order,
      size: atlasGraph.size,
      kinds: kindCounts(atlasGraph),
    });
  });
}
for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const)
  atlasGraph.on(event, scheduleSummary);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let syncing: AbortController | null = null;

function fetchNeighbourhood(id: string, client: ApiClient, signal: AbortSignal) {
  const ref = parseNodeId(id);
  if (!ref) return Promise.reject(new Error(`not a node id: ${id}`));
  return client.neighbourhood({ ...ref, ...neighbourhoodRequest }, signal);
}

/** Moves the camera to a node reached from the details panel, once it is drawn. */
function reachPendingFocus(): void {
  const pending = explorerAtom.get().pendingFocus;
  if (pending && atlasGraph.hasNode(pending)) explorerAtom.set(pendingFocusReached());
}

/**
 * Makes the graph the one `search` describes. Retracting needs no request; opening and expanding
 * fetch every neighbourhood at once and apply them in order. A newer search cancels an older sync
 * before it changes anything, so the graph never mixes two addresses.
 */
async function syncGraph(search: ExplorerSearch, client: ApiClient): Promise<void> {
  if (syncing) {
    syncing.abort();
    syncing = null;
    explorerAtom.set(requestCancelled());
  }
  const steps = syncPlan(explorerAtom.get(), search);
  const fetched: string[] = [];
  let opening: string | null = null;
  for (const step of steps) {
    if (step.type === 'clear') {
      stopLayout(atlasGraph);
      atlasGraph.clear();
      explorerAtom.set(explorerCleared());
    } else if (step.type === 'retract') {
      const { expansions } = explorerAtom.get();
      retractExpansions(atlasGraph, expansions.slice(expansions.length - step.count));
      explorerAtom.set(expansionsRetracted(step.count));
    } else if (step.type === 'open') {
      opening = step.center;
      fetched.push(step.center);
    } else fetched.push(...step.ids);
  }
  if (fetched.length === 0) {
    reachPendingFocus();
    return;
  }

  const controller = new AbortController();
  syncing = controller;
  explorerAtom.set(requestStarted(opening ? 'open' : 'expand', fetched[0] ?? ''));
  const answers = await Promise.allSettled(
    fetched.map((id) => fetchNeighbourhood(id, client, controller.signal)),
  );
  if (controller.signal.aborted) return;
  syncing = null;

  stopLayout(atlasGraph);
  let added = 0;
  let failure: { purpose: 'open' | 'expand'; node: string; message: string } | null = null;
  for (const [index, answer] of answers.entries()) {
    const id = fetched[index] ?? '';
    if (opening && index === 0) {
      if (answer.status === 'rejected') {
        // Nothing to expand into: the reader sees the error and can retry the whole address.
        atlasGraph.clear();
        explorerAtom.set(neighbourhoodOpened(id, null));
        failure = { purpose: 'open', node: id, message: messageOf(answer.reason) };
        break;
      }
      replaceWithNeighbourhood(atlasGraph, answer.value);
      added = atlasGraph.order;
      explorerAtom.set(neighbourhoodOpened(id, truncationOf(answer.value)));
      continue;
    }
    // An expansion that failed is recorded as adding nothing, so the address stays in step.
    const expansion: Expansion = { id, nodes: [], edges: [], truncation: null };
    if (answer.status === 'fulfilled') {
      const merged = mergeNeighbourhood(atlasGraph, answer.value);
      expansion.nodes = merged.addedNodes;
      expansion.edges = merged.addedEdges;
      expansion.truncation = truncationOf(answer.value);
      added += merged.addedNodes.length;
    } else failure ??= { purpose: 'expand', node: id, message: messageOf(answer.reason) };
    explorerAtom.set(expansionApplied(expansion));
  }
  if (failure) {
    const { purpose, node, message } = failure;
    explorerAtom.set(requestFailed(purpose, node, message));
  }
  if (added > 0) startLayout(atlasGraph, opening ? layoutDurations.full : layoutDurations.settle);
  reachPendingFocus();
}

/**
 * Shows what the explorer's search describes: hidden kinds and the selection at once (sigma's
 * reducers read them from atoms), the graph once its neighbourhoods are fetched.
 */
export function applyExplorerSearch(
  search: ExplorerSearch,
  client: ApiClient = api,
): Promise<void> {
  explorerSearchAtom.set(search);
  hiddenKindsAtom.set(hiddenKindsOf(search.hide));
  selectionAtom.set(nodeSelected(search.sel ?? null));
  return syncGraph(search, client);
}

/** Rebuilds the graph from the current address (after a failed request). */
export function retryExplorer(client: ApiClient = api): Promise<void> {
  explorerAtom.set(loadedForgotten());
  return syncGraph(explorerSearchAtom.get(), client);
}

/**
 * Asks for the camera to move to `id` now if it is drawn, else once an expansion brings it. The
 * address change that selects or expands it is the caller's navigation.
 */
export function bringIntoView(id: string): void {
  explorerAtom.set(focusPending(id));
  reachPendingFocus();
}

export function rerunLayout(): void {
  startLayout(atlasGraph, layoutDurations.full);
}

export function fitView(): void {
  explorerAtom.set(cameraRequested({ type: 'fit' }));
}

export function zoom(direction: 'in' | 'out'): void {
  explorerAtom.set(cameraRequested({ type: 'zoom', direction }));
}

export function dismissTruncation(): void {
  explorerAtom.set(truncationDismissed());
}

export function dismissError(): void {
  explorerAtom.set(errorDismissed());
}
