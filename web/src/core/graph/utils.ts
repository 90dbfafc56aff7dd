/**
 * Pure helpers on the explorer graph: node ids (`Kind:key`), creating the graph, replacing it with
 * a neighbourhood from the API or merging one into it with new nodes placed near the node they
 * were reached from, and counting nodes per kind for the legend.
 */
import Graph from 'graphology';
import type { Neighbourhood } from '@chanjiao/graph-schema';
import type { NodeRef } from '../api/urls.ts';
import { circlePositions, positionsAround, type Point } from '../layout/positions.ts';
import { hashString } from '../utils/random.ts';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes, Truncation } from './types.ts';

/** `Kind:key`, the node id used on the wire and in the graph. */
export function nodeId(ref: NodeRef): string {
  return `${ref.kind}:${ref.key}`;
}

/** Splits `Kind:key` at the first colon (a kind never contains one; a key may). */
export function parseNodeId(id: string): NodeRef | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  return { kind: id.slice(0, at), key: id.slice(at + 1) };
}

export function createAtlasGraph(): AtlasGraph {
  return new Graph<AtlasNodeAttributes, AtlasEdgeAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
}

type SerializedNode = Neighbourhood['nodes'][number];
type SerializedEdge = Neighbourhood['edges'][number];

/** Node attributes from the wire: kind and key from the attributes, else from the id. */
function nodeAttributes(node: SerializedNode, position: Point): AtlasNodeAttributes {
  const ref = parseNodeId(node.key);
  const attributes = { ...node.attributes };
  // Positions belong to the client's layout; anything the server sent under these names is dropped.
  delete attributes.x;
  delete attributes.y;
  return {
    ...attributes,
    kind: typeof attributes.kind === 'string' ? attributes.kind : (ref?.kind ?? 'Unknown'),
    key: typeof attributes.key === 'string' ? attributes.key : (ref?.key ?? node.key),
    x: position.x,
    y: position.y,
  };
}

function edgeAttributes(edge: SerializedEdge): AtlasEdgeAttributes {
  const rel = typeof edge.attributes.rel === 'string' ? edge.attributes.rel : 'RELATED';
  return { ...edge.attributes, rel };
}

/** Adds the edges not drawn yet whose ends are both drawn; returns the keys of those added. */
function addEdges(graph: AtlasGraph, edges: SerializedEdge[]): string[] {
  const added: string[] = [];
  for (const edge of edges) {
    if (graph.hasEdge(edge.key)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edgeAttributes(edge));
    added.push(edge.key);
  }
  return added;
}

/** The neighbourhood's centre id (`attributes.center`, else the first node). */
export function centerOf(neighbourhood: Neighbourhood): string | null {
  return neighbourhood.attributes?.center ?? neighbourhood.nodes[0]?.key ?? null;
}

/**
 * Whether (and how) a neighbourhood was cut short; `matched` is how many nodes a filtered
 * expansion found before its limit (null when it was not filtered).
 */
export function truncationOf(
  neighbourhood: Neighbourhood,
  matched: number | null = null,
): Truncation | null {
  const attributes = neighbourhood.attributes;
  if (!attributes?.truncated) return null;
  return {
    center: attributes.center,
    shown: neighbourhood.nodes.length,
    limit: attributes.limit,
    ...(matched !== null && { matched }),
  };
}

/**
 * Empties the graph and fills it with a neighbourhood: the centre at the origin and the others on
 * a circle, in an order and with jitter seeded by the centre's id, ready for ForceAtlas2.
 */
export function replaceWithNeighbourhood(graph: AtlasGraph, neighbourhood: Neighbourhood): void {
  const center = centerOf(neighbourhood);
  graph.clear();
  const others = neighbourhood.nodes.filter((n) => n.key !== center).map((n) => n.key);
  const positions = circlePositions(others, hashString(center ?? ''));
  for (const node of neighbourhood.nodes) {
    if (graph.hasNode(node.key)) continue;
    const position =
      node.key === center ? { x: 0, y: 0 } : (positions.get(node.key) ?? { x: 0, y: 0 });
    graph.addNode(node.key, nodeAttributes(node, position));
  }
  addEdges(graph, neighbourhood.edges);
  graph.replaceAttributes(center ? { center } : {});
}

export interface MergeResult {
  addedNodes: string[];
  /** Keys of the edges added (also those between nodes drawn before), so the merge can be undone. */
  addedEdges: string[];
}

/**
 * Merges a neighbourhood into the graph. Nodes already present keep their position (their
 * properties are refreshed); new ones are placed around the node the expansion started from —
 * the neighbourhood's centre if it is in the graph, else `anchor`, else the first of its nodes
 * that is drawn already (the node it was reached from).
 */
export function mergeNeighbourhood(
  graph: AtlasGraph,
  neighbourhood: Neighbourhood,
  anchor?: string,
): MergeResult {
  const center = centerOf(neighbourhood);
  const drawnNeighbour = neighbourhood.nodes.find((n) => graph.hasNode(n.key))?.key;
  const origin =
    center && graph.hasNode(center)
      ? center
      : anchor && graph.hasNode(anchor)
        ? anchor
        : (drawnNeighbour ?? null);
  const originPoint: Point = origin
    ? { x: graph.getNodeAttribute(origin, 'x'), y: graph.getNodeAttribute(origin, 'y') }
    : { x: 0, y: 0 };
  const fresh = neighbourhood.nodes.filter((n) => !graph.hasNode(n.key));
  const positions = positionsAround(
    originPoint,
    fresh.map((n) => n.key),
    hashString(`${center ?? ''}|${graph.order}`),
    spreadOf(graph),
  );
  for (const node of neighbourhood.nodes) {
    if (graph.hasNode(node.key)) {
      const { x: _x, y: _y, ...props } = nodeAttributes(node, { x: 0, y: 0 });
      graph.mergeNodeAttributes(node.key, props);
    } else {
      graph.addNode(node.key, nodeAttributes(node, positions.get(node.key) ?? originPoint));
    }
  }
  const addedEdges = addEdges(graph, neighbourhood.edges);
  return { addedNodes: fresh.map((n) => n.key), addedEdges };
}

/** A radius for placing new nodes: a tenth of the graph's extent, at least 1. */
function spreadOf(graph: AtlasGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  if (!Number.isFinite(minX)) return 10;
  return Math.max(1, Math.max(maxX - minX, maxY - minY) / 10);
}

/** Number of nodes of each kind, for the legend. */
export function kindCounts(graph: AtlasGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => {
    counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1);
  });
  return counts;
}
