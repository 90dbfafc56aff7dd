/**
 * The one graph of the explorer (sigma draws it directly), its summary for the legend, and the
 * sync that keeps it in step with the address: `applyExplorerSearch` takes the explorer's search
 * (opened node, expansions, selection, hidden kinds), mirrors what sigma reads synchronously into
 * atoms, and fetches, merges or retracts neighbourhoods until the graph is the one the address
 * describes. The views never change the graph themselves: they navigate (see `url.ts`).
 */
import type { Neighbourhood } from '@chanjiao/graph-schema';
import { api, type ApiClient } from '../api/index.ts';
import { hiddenKindsAtom, hiddenKindsOf } from '../filters/index.ts';
import { layoutChain, layoutDurations, startLayout, stopLayout } from '../layout/index.ts';
import { errorCode } from '../i18n/errors.ts';
import { readySchema, schemaAtom } from '../schema/index.ts';
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
import {
  defaultExpansion,
  filterNeighbourhood,
  isFiltered,
  parseExpansion,
  serverLimit,
} from './expansion.ts';
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
export {
  defaultExpansion,
  expansionLimits,
  parseExpansion,
  writeExpansion,
  type ExpansionOptions,
} from './expansion.ts';

/** How far and how many nodes a neighbourhood request asks for, unless an expansion says. */
export const neighbourhoodRequest = {
  depth: defaultExpansion.depth,
  limit: defaultExpansion.limit,
} as const;

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

interface Fetched {
  neighbourhood: Neighbourhood;
  /** Nodes that matched a filtered expansion before its limit; null when not filtered. */
  matched: number | null;
}

/**
 * The neighbourhood an opened node or an expansion item asks for: the server's for its depth and
 * limit, filtered here by relationship type and kind when the item asks for that (see
 * `expansion.ts`).
 */
async function fetchNeighbourhood(
  item: string,
  client: ApiClient,
  signal: AbortSignal,
): Promise<Fetched> {
  const { node, options } = parseExpansion(item);
  const ref = parseNodeId(node);
  if (!ref) throw new Error(`not a node id: ${node}`);
  const neighbourhood = await client.neighbourhood(
    { ...ref, depth: options.depth, limit: serverLimit(options) },
    signal,
  );
  if (!isFiltered(options)) return { neighbourhood, matched: null };
  return filterNeighbourhood(neighbourhood, options);
}

/**
 * Whether the explorer's canvas is taller than wide (a phone held upright): a chain's lanes are
 * then stacked one under another. Turning the screen lays the chain out again and fits it.
 */
export const canvasTallAtom = atom<boolean>(false);
canvasTallAtom.subscribe(() => {
  const chain = openedChain();
  if (!chain) return;
  layoutChain(atlasGraph, chain, schemaKindRank, expandedLatestFirst(), canvasTallAtom.get());
  explorerAtom.set(cameraRequested({ type: 'fit' }));
});

/** The opened node when it is a chain: the graph is then drawn in the chain's lanes. */
function openedChain(): string | null {
  const { center } = explorerAtom.get();
  return center && parseNodeId(center)?.kind === 'Chain' && atlasGraph.hasNode(center)
    ? center
    : null;
}

/** Kinds in the schema's order, so a segment's block lists enterprises before occupations. */
function schemaKindRank(kind: string): number {
  return readySchema(schemaAtom.get())?.kindOrder.get(kind) ?? Number.MAX_SAFE_INTEGER;
}

/** The expanded nodes, latest first: their neighbours are placed by them in a chain's lanes. */
function expandedLatestFirst(): string[] {
  return explorerAtom
    .get()
    .expansions.map((e) => parseExpansion(e.id).node)
    .reverse();
}

/**
 * Positions the graph after it changed: a chain's lanes when a chain is open (computed at once, so
 * a retraction tightens them too), else ForceAtlas2 in its worker — a full run for a freshly
 * opened neighbourhood, a shorter settle after an expansion (a retraction leaves positions be).
 */
function layoutAfterChange(change: 'open' | 'expand' | 'retract'): void {
  const chain = openedChain();
  if (chain)
    layoutChain(atlasGraph, chain, schemaKindRank, expandedLatestFirst(), canvasTallAtom.get());
  else if (change !== 'retract')
    startLayout(atlasGraph, change === 'open' ? layoutDurations.full : layoutDurations.settle);
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
  let retracted = false;
  for (const step of steps) {
    if (step.type === 'clear') {
      stopLayout(atlasGraph);
      atlasGraph.clear();
      explorerAtom.set(explorerCleared());
    } else if (step.type === 'retract') {
      const { expansions } = explorerAtom.get();
      retractExpansions(atlasGraph, expansions.slice(expansions.length - step.count));
      explorerAtom.set(expansionsRetracted(step.count));
      retracted = true;
    } else if (step.type === 'open') {
      opening = step.center;
      fetched.push(step.center);
    } else fetched.push(...step.ids);
  }
  if (fetched.length === 0) {
    if (retracted) layoutAfterChange('retract');
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
  let failure: {
    purpose: 'open' | 'expand';
    node: string;
    message: string;
    code: string | null;
  } | null = null;
  for (const [index, answer] of answers.entries()) {
    const id = fetched[index] ?? '';
    if (opening && index === 0) {
      if (answer.status === 'rejected') {
        // Nothing to expand into: the reader sees the error and can retry the whole address.
        atlasGraph.clear();
        explorerAtom.set(neighbourhoodOpened(id, null));
        failure = {
          purpose: 'open',
          node: id,
          message: messageOf(answer.reason),
          code: errorCode(answer.reason),
        };
        break;
      }
      replaceWithNeighbourhood(atlasGraph, answer.value.neighbourhood);
      added = atlasGraph.order;
      explorerAtom.set(
        neighbourhoodOpened(id, truncationOf(answer.value.neighbourhood, answer.value.matched)),
      );
      continue;
    }
    // An expansion that failed is recorded as adding nothing, so the address stays in step.
    const expansion: Expansion = { id, nodes: [], edges: [], truncation: null };
    if (answer.status === 'fulfilled') {
      const merged = mergeNeighbourhood(atlasGraph, answer.value.neighbourhood);
      expansion.nodes = merged.addedNodes;
      expansion.edges = merged.addedEdges;
      expansion.truncation = truncationOf(answer.value.neighbourhood, answer.value.matched);
      added += merged.addedNodes.length;
    } else
      failure ??= {
        purpose: 'expand',
        node: id,
        message: messageOf(answer.reason),
        code: errorCode(answer.reason),
      };
    explorerAtom.set(expansionApplied(expansion));
  }
  if (failure) {
    const { purpose, node, message, code } = failure;
    explorerAtom.set(requestFailed(purpose, node, message, code));
  }
  if (added > 0 || retracted)
    layoutAfterChange(opening ? 'open' : added > 0 ? 'expand' : 'retract');
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
  const chain = openedChain();
  if (chain)
    layoutChain(atlasGraph, chain, schemaKindRank, expandedLatestFirst(), canvasTallAtom.get());
  else startLayout(atlasGraph, layoutDurations.full);
}

export function fitView(): void {
  explorerAtom.set(cameraRequested({ type: 'fit' }));
}

/** Fits again after an overlay changed size (legend folded, sheet lowered), unless the reader moved. */
export function refitIfUntouched(): void {
  explorerAtom.set(cameraRequested({ type: 'fit', soft: true }));
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
