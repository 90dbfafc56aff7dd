/**
 * Creating sigma renderers: the shared look, and the explorer's. Sigma 4 takes its reducers once, at
 * construction, so they read the current display context from a holder that the reducers
 * controller refills (and then refreshes sigma) whenever the language, schema, filter, hover or
 * selection change. Edges get arrow heads to show direction; sizes are screen pixels.
 */
import Sigma from 'sigma';
import { extremityArrow } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  displayContext,
  edgeDisplay,
  labelColour,
  nodeDisplay,
  type DisplayContext,
} from '../../core/appearance/index.ts';
import { hiddenKindsAtom } from '../../core/filters/index.ts';
import {
  explorerAtom,
  type AtlasEdgeAttributes,
  type AtlasGraph,
  type AtlasGraphAttributes,
  type AtlasNodeAttributes,
} from '../../core/graph/index.ts';
import { languageAtom } from '../../core/i18n/index.ts';
import { chainLanesOf } from '../../core/layout/index.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { hoveredEdgeAtom, selectionAtom } from '../../core/selection/index.ts';
import type { LabelPlan } from './labelPlacement.ts';

export type AtlasSigma = Sigma<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>;

export interface DisplayContextHolder {
  current: DisplayContext;
  /** Which labels to draw and where (see `labelPlacement.ts`); null until first planned. */
  labels: LabelPlan | null;
}

/** The font stack for labels, as for the page: Noto Sans CJK first so Chinese renders well. */
export const labelFontFamily =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const labelFontSize = 13;

/** Above this many relationships the pointer picks only nodes: picking edges costs every move. */
export const maxPickedEdges = 5000;

export function currentDisplayContext(graph: AtlasGraph): DisplayContext {
  return displayContext(graph, {
    schema: readySchema(schemaAtom.get()),
    language: languageAtom.get(),
    hiddenKinds: hiddenKindsAtom.get(),
    selection: selectionAtom.get(),
    center: explorerAtom.get().center,
    chainLanes: chainLanesOf(graph) !== null,
    hoveredEdge: hoveredEdgeAtom.get(),
  });
}

type NodeReducer = (
  node: string,
  attributes: AtlasNodeAttributes,
  graph: AtlasGraph,
) => Partial<NodeDisplayData>;
type EdgeReducer = (
  edge: string,
  attributes: AtlasEdgeAttributes,
  graph: AtlasGraph,
) => Partial<EdgeDisplayData>;

/**
 * A sigma renderer with the atlas's look (label font, arrow heads, screen-pixel sizes, padding for
 * the panels floating over the canvas) and the given reducers. The explorer and the analysis views
 * share it; each brings the visual getters of its own graph.
 */
export function createSigma(
  graph: AtlasGraph,
  container: HTMLElement,
  reducers: { node: NodeReducer; edge: EdgeReducer },
  options: { stagePadding?: number; edgeEvents?: boolean; edgeLabels?: boolean } = {},
): AtlasSigma {
  return new Sigma<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>(
    graph,
    container,
    {
      primitives: {
        nodes: { label: { font: { family: labelFontFamily, size: 13 }, color: labelColour } },
        edges: {
          extremities: [extremityArrow({ lengthRatio: 4, widthRatio: 3.5 })],
          defaultHead: 'arrow',
        },
      },
      settings: {
        itemSizesReference: 'screen',
        autoRescaleContent: 'nodes',
        // Room for the legend and toolbar that float over the canvas edges.
        stagePadding: options.stagePadding ?? 80,
        labelDensity: 0.8,
        labelGridCellSize: 90,
        labelRenderedSizeThreshold: 7,
        // Relationship names are drawn on hover (the edge reducer names only those); the
        // explorer turns this on only while something is hovered.
        renderEdgeLabels: options.edgeLabels ?? false,
        enableEdgeEvents: options.edgeEvents ?? false,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        allowInvalidContainer: true,
        zoomDuration: 200,
      },
      nodeReducer: (node, _data, attributes, _state, _graphState, g) => ({
        ...reducers.node(node, attributes, g),
        cursor: 'pointer',
      }),
      edgeReducer: (edge, _data, attributes, _state, _graphState, g) =>
        reducers.edge(edge, attributes, g),
    },
  );
}

/** The explorer's renderer: colours, sizes and highlights from the explorer's display context. */
export function createRenderer(
  graph: AtlasGraph,
  container: HTMLElement,
  context: DisplayContextHolder,
): AtlasSigma {
  return createSigma(
    graph,
    container,
    {
      node: (node, attributes, g) => {
        const display = nodeDisplay(node, attributes, g.degree(node), context.current);
        const plan = context.labels;
        if (plan && display.visibility !== 'hidden') {
          const side = plan.get(node);
          display.labelVisibility = side ? 'visible' : 'hidden';
          if (side) display.labelPosition = side;
        }
        return display;
      },
      edge: (edge, attributes, g) => {
        const [source, target] = g.extremities(edge);
        return edgeDisplay(
          attributes,
          { id: source, kind: g.getNodeAttribute(source, 'kind') },
          { id: target, kind: g.getNodeAttribute(target, 'kind') },
          context.current,
          edge,
        );
      },
    },
    { edgeEvents: graph.size <= maxPickedEdges },
  );
}
