/**
 * The worker behind `forceAtlas2Steps`: runs ForceAtlas2 for a fixed number of iterations on the
 * positions and links it is sent, and sends the positions back. Off the main thread, and the same
 * picture for the same input however busy the machine is.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { StepsReply, StepsRequest } from './forceAtlas2Steps.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StepsRequest>) => void) | null;
  postMessage(message: StepsReply): void;
};

scope.onmessage = ({ data }) => {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  data.nodes.forEach(([key, x, y]) => graph.addNode(key, { x, y }));
  data.edges.forEach(([source, target]) => graph.addEdge(source, target));
  const positions = forceAtlas2(graph, {
    iterations: data.iterations,
    settings: data.settings,
    getEdgeWeight: null,
  });
  scope.postMessage({
    id: data.id,
    positions: Object.entries(positions).map(([key, { x, y }]) => [key, x, y]),
  });
};
