/**
 * Creating the sigma renderer for the explorer graph. Sigma 4 takes its reducers once, at
 * construction, so they read the current display context from a holder that the reducers
 * controller refills (and then refreshes sigma) whenever the language, schema, filter, hover or
 * selection change. Edges get arrow heads to show direction; sizes are screen pixels.
 */
import Sigma from 'sigma';
import { extremityArrow } from 'sigma/rendering';
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
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { selectionAtom } from '../../core/selection/index.ts';

export type AtlasSigma = Sigma<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>;

export interface DisplayContextHolder {
  current: DisplayContext;
}

/** The font stack for labels, as for the page: Noto Sans CJK first so Chinese renders well. */
export const labelFontFamily =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function currentDisplayContext(graph: AtlasGraph): DisplayContext {
  return displayContext(graph, {
    schema: readySchema(schemaAtom.get()),
    language: languageAtom.get(),
    hiddenKinds: hiddenKindsAtom.get(),
    selection: selectionAtom.get(),
    center: explorerAtom.get().center,
  });
}

export function createRenderer(
  graph: AtlasGraph,
  container: HTMLElement,
  context: DisplayContextHolder,
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
        stagePadding: 80,
        labelDensity: 0.8,
        labelGridCellSize: 90,
        labelRenderedSizeThreshold: 7,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        allowInvalidContainer: true,
        zoomDuration: 200,
      },
      nodeReducer: (node, _data, attributes, _state, _graphState, g) => ({
        ...nodeDisplay(node, attributes, g.degree(node), context.current),
        cursor: 'pointer',
      }),
      edgeReducer: (edge, _data, attributes, _state, _graphState, g) => {
        const [source, target] = g.extremities(edge);
        return edgeDisplay(
          attributes,
          { id: source, kind: g.getNodeAttribute(source, 'kind') },
          { id: target, kind: g.getNodeAttribute(target, 'kind') },
          context.current,
        );
      },
    },
  );
}
