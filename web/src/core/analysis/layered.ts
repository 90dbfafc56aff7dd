/**
 * The explaining subgraph of an analysis drawn in columns: each layer of nodes (say segments →
 * occupations → competencies, or a posting → its candidates → their competencies) is a column, read
 * left to right, its nodes spread evenly from top to bottom in the order given (most important
 * first). Positions are computed, not laid out: the same answer always gives the same picture, and
 * the flow of the analysis stays readable where a force layout would make a hairball.
 */
import type { AtlasGraph } from '../graph/types.ts';
import { parseNodeId } from '../graph/utils.ts';
import type { AnalysisRole } from './graphs.ts';

export interface LayerNode {
  /** `Kind:key`. */
  id: string;
  name_zh?: string;
  name_en?: string;
  role: AnalysisRole;
  /** Size, 0–1. */
  weight: number;
  /** An explicit fill (a score's colour); else the role's. */
  colour?: string;
  /** More attributes carried to exports and the details. */
  data?: Record<string, unknown>;
}

export interface LayerEdge {
  source: string;
  target: string;
  rel: string;
  /** Width, 0–1. */
  weight: number;
}

/**
 * Distance between neighbours in a column, and the least distance between columns, in graph units.
 * Columns are spread further when the tallest column is long, so the picture stays about as wide
 * as a side panel is tall instead of a thin strip.
 */
export const layerSpacing = { column: 100, row: 12 } as const;

/**
 * Empties `graph` and draws the layers as columns. A node listed in two layers stays in the first;
 * an edge whose ends are not both drawn is dropped; parallel duplicates are drawn once.
 */
export function fillLayeredGraph(
  graph: AtlasGraph,
  layers: readonly (readonly LayerNode[])[],
  edges: readonly LayerEdge[],
): void {
  graph.clear();
  const tallest = Math.max(1, ...layers.map((layer) => layer.length));
  const columnStep = Math.max(layerSpacing.column, (tallest - 1) * layerSpacing.row * 0.4);
  layers.forEach((layer, column) => {
    const nodes = layer.filter((node) => !graph.hasNode(node.id));
    // Shorter columns are centred on the tallest, and spread over at least half its height.
    const span = Math.max(
      (tallest - 1) * layerSpacing.row * 0.5,
      (nodes.length - 1) * layerSpacing.row,
    );
    const step = nodes.length > 1 ? span / (nodes.length - 1) : 0;
    nodes.forEach((node, index) => {
      const ref = parseNodeId(node.id);
      graph.addNode(node.id, {
        ...node.data,
        kind: ref?.kind ?? 'Node',
        key: ref?.key ?? node.id,
        ...(node.name_zh !== undefined && { name_zh: node.name_zh }),
        ...(node.name_en !== undefined && { name_en: node.name_en }),
        role: node.role,
        weight: node.weight,
        ...(node.colour !== undefined && { colour: node.colour }),
        labelSide: column === 0 && layers.length > 1 ? 'left' : 'right',
        x: column * columnStep,
        // Sigma's y points up: the first node of a column is at the top.
        y: span / 2 - index * step,
      });
    });
  });
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = `${edge.rel}|${edge.source}|${edge.target}`;
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      rel: edge.rel,
      weight: Math.min(1, Math.max(0, edge.weight)),
    });
  }
}

/** A weight in [0, 1]: `value / max`, 0 when there is nothing to compare with. */
export function ratio(value: number, max: number): number {
  return max > 0 && Number.isFinite(value) ? Math.min(1, Math.max(0, value / max)) : 0;
}

/** The ids of the nodes linked to `id` in the graph (both directions), and `id` itself. */
export function linkedTo(graph: AtlasGraph, id: string): Set<string> {
  const focus = new Set<string>();
  if (!graph.hasNode(id)) return focus;
  focus.add(id);
  for (const neighbour of graph.neighbors(id)) focus.add(neighbour);
  return focus;
}
