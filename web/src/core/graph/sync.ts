/**
 * From the address to the graph: what must change in the drawn graph so that it shows what an
 * explorer search asks for. The graph remembers what it was built from — the opened node and the
 * expansions applied since, each with the nodes and edges it added — so that going Back from an
 * expansion removes exactly what that expansion brought (no request, positions kept), going
 * Forward re-applies it, and only a different opened node rebuilds the graph.
 */
import type { AtlasGraph, Truncation } from './types.ts';
import { expansionsOf, type ExplorerSearch } from './url.ts';

/** One applied expansion and what it added to the graph. */
export interface Expansion {
  id: string;
  nodes: string[];
  edges: string[];
  truncation: Truncation | null;
}

/** What the drawn graph was built from. */
export interface LoadedGraph {
  center: string | null;
  expansions: readonly Expansion[];
}

export type SyncStep =
  | { type: 'clear' }
  | { type: 'open'; center: string }
  | { type: 'retract'; count: number }
  | { type: 'expand'; ids: string[] };

/**
 * The steps that turn the loaded graph into the one `search` describes, in order: nothing when
 * they agree; `clear` when nothing is asked; `open` (then `expand`) for another opened node;
 * otherwise `retract` the expansions past the longest common prefix, then `expand` the rest.
 */
export function syncPlan(loaded: LoadedGraph, search: ExplorerSearch): SyncStep[] {
  const wanted = expansionsOf(search);
  if (!search.node) return loaded.center === null ? [] : [{ type: 'clear' }];
  if (search.node !== loaded.center) {
    const steps: SyncStep[] = [{ type: 'open', center: search.node }];
    if (wanted.length > 0) steps.push({ type: 'expand', ids: wanted });
    return steps;
  }
  let common = 0;
  while (
    common < loaded.expansions.length &&
    common < wanted.length &&
    loaded.expansions[common]?.id === wanted[common]
  )
    common++;
  const steps: SyncStep[] = [];
  const surplus = loaded.expansions.length - common;
  if (surplus > 0) steps.push({ type: 'retract', count: surplus });
  if (wanted.length > common) steps.push({ type: 'expand', ids: wanted.slice(common) });
  return steps;
}

/**
 * Removes what the given expansions added, newest first: their edges, then their nodes (with any
 * edge still attached). A node or edge already gone is skipped.
 */
export function retractExpansions(graph: AtlasGraph, expansions: readonly Expansion[]): void {
  for (const expansion of [...expansions].reverse()) {
    for (const edge of expansion.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
    for (const node of expansion.nodes) if (graph.hasNode(node)) graph.dropNode(node);
  }
}
