/**
 * ForceAtlas2 in graphology's web-worker supervisor, with settings inferred from the graph's size.
 * Positions are written back into the graph's `x`/`y` as the worker iterates, so stopping the
 * layout keeps them. (A fixed number of steps, for analysis graphs, runs in a worker of its own:
 * `forceAtlas2Steps.ts`.)
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { AtlasGraph } from '../graph/types.ts';
import type { ForceAtlas2Settings, LayoutDefinition } from './types.ts';

export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    // Hubs (a chain, an occupation) pull their many leaves less; neighbourhoods read better.
    outboundAttractionDistribution: true,
  };
}

export const forceAtlas2Layout: LayoutDefinition = {
  id: 'forceAtlas2',
  start(graph: AtlasGraph, { onSettled }) {
    const supervisor = new FA2LayoutSupervisor(graph as never, {
      settings: forceAtlas2Settings(graph.order),
      getEdgeWeight: null,
    });
    supervisor.start();
    let stopped = false;
    return {
      stop() {
        if (stopped) return;
        stopped = true;
        supervisor.kill();
        onSettled();
      },
    };
  },
};
