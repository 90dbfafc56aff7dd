/**
 * The one graph of the explorer (sigma draws it directly), its summary for the legend, and the
 * actions that change it: open a node's neighbourhood, expand a node, focus a node, clear. Each
 * action fetches, then applies pure changes to the graph and the state, then re-runs the layout.
 */
import { api, isAbortError, type ApiClient } from '../api/index.ts';
import type { NodeRef } from '../api/urls.ts';
import { layoutDurations, startLayout, stopLayout } from '../layout/index.ts';
import { nodeHovered, nodeSelected, selectionAtom, selectionPruned } from '../selection/index.ts';
import { atom } from '../utils/atoms.ts';
import {
  cameraRequested,
  errorDismissed,
  explorerCleared,
  initialExplorerState,
  neighbourhoodMerged,
  neighbourhoodOpened,
  requestFailed,
  requestStarted,
  truncationDismissed,
  type ExplorerState,
} from './explorer.ts';
import type { AtlasGraph } from './types.ts';
import {
  createAtlasGraph,
  kindCounts,
  mergeNeighbourhood,
  nodeId,
  parseNodeId,
  replaceWithNeighbourhood,
  truncationOf,
} from './utils.ts';

export * from './types.ts';
export { nodeId, parseNodeId } from './utils.ts';

/** How far and how many nodes a neighbourhood request asks for. */
export const neighbourhoodRequest = { depth: 1, limit: 150 } as const;

export const atlasGraph: AtlasGraph = createAtlasGraph();

export const explorerAtom = atom<ExplorerState>(initialExplorerState);

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

let inflight: AbortController | null = null;

function beginRequest(): AbortSignal {
  inflight?.abort();
  inflight = new AbortController();
  return inflight.signal;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Replaces the graph with the neighbourhood of `ref` (a search pick) and selects it. */
export async function openNode(ref: NodeRef, client: ApiClient = api): Promise<void> {
  const id = nodeId(ref);
  const signal = beginRequest();
  explorerAtom.set(requestStarted('open', id));
  try {
    const neighbourhood = await client.neighbourhood({ ...ref, ...neighbourhoodRequest }, signal);
    stopLayout();
    replaceWithNeighbourhood(atlasGraph, neighbourhood);
    const center = atlasGraph.hasNode(id) ? id : (atlasGraph.getAttribute('center') ?? id);
    selectionAtom.set(nodeSelected(atlasGraph.hasNode(center) ? center : null));
    selectionAtom.set(nodeHovered(null));
    explorerAtom.set(neighbourhoodOpened(center, truncationOf(neighbourhood)));
    startLayout(atlasGraph, layoutDurations.full);
  } catch (error) {
    if (isAbortError(error)) return;
    explorerAtom.set(requestFailed('open', id, messageOf(error)));
  }
}

/**
 * Merges the neighbourhood of `id` into the graph. New nodes appear around `anchor` when `id`
 * itself is not drawn yet (a relationship followed from the details panel).
 */
export async function expandNode(
  id: string,
  options: { anchor?: string; select?: boolean } = {},
  client: ApiClient = api,
): Promise<void> {
  const ref = parseNodeId(id);
  if (!ref) return;
  const signal = beginRequest();
  explorerAtom.set(requestStarted('expand', id));
  try {
    const neighbourhood = await client.neighbourhood({ ...ref, ...neighbourhoodRequest }, signal);
    stopLayout();
    const { addedNodes } = mergeNeighbourhood(atlasGraph, neighbourhood, options.anchor);
    explorerAtom.set(neighbourhoodMerged(truncationOf(neighbourhood)));
    if (options.select && atlasGraph.hasNode(id)) {
      selectionAtom.set(nodeSelected(id));
      explorerAtom.set(cameraRequested({ type: 'node', node: id }));
    }
    if (addedNodes.length > 0) startLayout(atlasGraph, layoutDurations.settle);
  } catch (error) {
    if (isAbortError(error)) return;
    explorerAtom.set(requestFailed('expand', id, messageOf(error)));
  }
}

/** Selects a node and moves the camera to it, fetching it first if it is not drawn. */
export async function focusNode(ref: NodeRef, client: ApiClient = api): Promise<void> {
  const id = nodeId(ref);
  if (atlasGraph.hasNode(id)) {
    selectionAtom.set(nodeSelected(id));
    explorerAtom.set(cameraRequested({ type: 'node', node: id }));
    return;
  }
  const anchor = selectionAtom.get().selected ?? undefined;
  await expandNode(id, { anchor, select: true }, client);
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

export function clearGraph(): void {
  inflight?.abort();
  stopLayout();
  atlasGraph.clear();
  selectionAtom.set(selectionPruned(atlasGraph));
  explorerAtom.set(explorerCleared());
}

export function dismissTruncation(): void {
  explorerAtom.set(truncationDismissed());
}

export function dismissError(): void {
  explorerAtom.set(errorDismissed());
}
