/**
 * ForceAtlas2 for a fixed number of iterations, in a web worker: for the analysis graphs (a few
 * hundred nodes), where a run bounded by time (the supervisor) would give a picture that depends
 * on the machine's load, and a run on the main thread would block it. The positions are written
 * into the graph when the worker answers; a newer run on the same graph makes an older answer
 * void. Outside a browser (the unit tests) there is no worker and the steps run in place.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from '../graph/types.ts';
import { forceAtlas2Settings } from './forceAtlas2.ts';
import type { ForceAtlas2Settings } from './types.ts';

export interface StepsRequest {
  id: number;
  nodes: [string, number, number][];
  edges: [string, string][];
  iterations: number;
  settings: ForceAtlas2Settings;
}

export interface StepsReply {
  id: number;
  positions: [string, number, number][];
}

let worker: Worker | null = null;
let nextId = 0;
const latest = new WeakMap<AtlasGraph, number>();
const waiting = new Map<number, (reply: StepsReply) => void>();

function stepsWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./forceAtlas2Steps.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = ({ data }: MessageEvent<StepsReply>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
  }
  return worker;
}

/** Runs `iterations` ForceAtlas2 steps on `graph` and writes the positions; resolves when done. */
export function forceAtlas2Steps(graph: AtlasGraph, iterations: number): Promise<void> {
  if (graph.order < 2) return Promise.resolve();
  const settings = forceAtlas2Settings(graph.order);
  if (typeof Worker === 'undefined') {
    forceAtlas2.assign(graph as never, { iterations, settings, getEdgeWeight: null });
    return Promise.resolve();
  }
  const id = ++nextId;
  latest.set(graph, id);
  const request: StepsRequest = {
    id,
    nodes: graph.mapNodes((node, { x, y }) => [node, x, y]),
    edges: graph.mapEdges((_edge, _attributes, source, target) => [source, target]),
    iterations,
    settings,
  };
  return new Promise((resolve) => {
    waiting.set(id, ({ positions }) => {
      if (latest.get(graph) === id)
        for (const [node, x, y] of positions)
          if (graph.hasNode(node)) graph.mergeNodeAttributes(node, { x, y });
      resolve();
    });
    stepsWorker().postMessage(request);
  });
}
