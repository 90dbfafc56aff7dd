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
  labelPriority,
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
import { attachLabelPlacement, type LabelPlan } from './labelPlacement.ts';

export type AtlasSigma = Sigma<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>;

export interface DisplayContextHolder {
  current: DisplayContext;
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

/** How a node's label is ranked for placement (null: no label now); see `labelPlacement.ts`. */
export type LabelPriority = (
  node: string,
  attributes: AtlasNodeAttributes,
  degree: number,
  /** What the node reducer asked for its label before placement. */
  intent: NodeDisplayData['labelVisibility'] | undefined,
) => number | null;

/**
 * The default ranking for graphs without one of their own (the analysis graphs): labels the
 * reducer insists on first, then by node size; none for a label the reducer hides.
 */
export const intentPriority: LabelPriority = (_node, _attributes, degree, intent) => {
  if (intent === 'hidden') return null;
  return (intent === 'visible' ? 1e9 : 0) + Math.min(999, degree);
};

/**
 * A sigma renderer with the atlas's look (label font, arrow heads, screen-pixel sizes, padding for
 * the panels floating over the canvas), the given reducers, and labels that never overlap: every
 * renderer made here places its labels (`labelPlacement.ts`) and re-plans them when the camera
 * moves, the graph changes or the reducers change what they ask for a label (hover, a picked
 * row). The explorer and the analysis views share it; each brings the visual getters of its own
 * graph, and may rank labels its own way.
 */
export function createSigma(
  graph: AtlasGraph,
  container: HTMLElement,
  reducers: { node: NodeReducer; edge: EdgeReducer },
  options: {
    stagePadding?: number;
    edgeEvents?: boolean;
    edgeLabels?: boolean;
    labelPriority?: LabelPriority;
  } = {},
): AtlasSigma {
  let plan: LabelPlan | null = null;
  const intents = new Map<string, NodeDisplayData['labelVisibility'] | undefined>();
  const asked = new Map<string, string>();
  let intentsChanged = false;
  const sigma = new Sigma<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>(
    graph,
    container,
    {
      primitives: {
        nodes: {
          label: { font: { family: labelFontFamily, size: labelFontSize }, color: labelColour },
        },
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
        // Labels are placed by `labelPlacement.ts`, not by sigma's grid.
        labelRenderedSizeThreshold: 0,
        // Relationship names are drawn on hover (the edge reducer names only those); the
        // explorer turns this on only while something is hovered.
        renderEdgeLabels: options.edgeLabels ?? false,
        enableEdgeEvents: options.edgeEvents ?? false,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        allowInvalidContainer: true,
        zoomDuration: 200,
      },
      nodeReducer: (node, _data, attributes, _state, _graphState, g) => {
        const display: Partial<NodeDisplayData> = {
          ...reducers.node(node, attributes, g),
          cursor: 'pointer',
        };
        // A label asked for or hidden, or worded differently (the language), is placed anew.
        const said = `${display.labelVisibility ?? ''}|${display.label ?? ''}`;
        if (asked.get(node) !== said) {
          asked.set(node, said);
          intents.set(node, display.labelVisibility);
          intentsChanged = true;
        }
        if (plan && display.visibility !== 'hidden') {
          const side = plan.get(node);
          display.labelVisibility = side ? 'visible' : 'hidden';
          if (side) display.labelPosition = side;
        }
        return display;
      },
      edgeReducer: (edge, _data, attributes, _state, _graphState, g) =>
        reducers.edge(edge, attributes, g),
    },
  );
  const priority = options.labelPriority ?? intentPriority;
  const placement = attachLabelPlacement(sigma, {
    priority: (node, attributes, degree) => priority(node, attributes, degree, intents.get(node)),
    onPlan: (next) => {
      plan = next;
    },
    font: { family: labelFontFamily, size: labelFontSize },
  });
  // A refresh that changed what the reducers ask for labels (a hover, a pick) re-plans them.
  const afterRender = () => {
    if (!intentsChanged) return;
    intentsChanged = false;
    placement.schedule();
  };
  sigma.on('afterRender', afterRender);
  sigma.on('kill', () => {
    sigma.off('afterRender', afterRender);
    placement.kill();
  });
  return sigma;
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
      node: (node, attributes, g) => nodeDisplay(node, attributes, g.degree(node), context.current),
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
    {
      edgeEvents: graph.size <= maxPickedEdges,
      labelPriority: (node, attributes, degree) =>
        labelPriority(node, attributes, degree, context.current),
    },
  );
}
