/**
 * Visual getters: how a node or an edge of the explorer graph looks, given the schema (colour,
 * size, glyph per kind; colour per relationship type), the language (labels), the hidden kinds
 * and the hover/selection state. Sigma's node and edge reducers call these on every refresh, so
 * the graph itself only holds data; these functions are pure and tested without WebGL.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { HiddenKinds } from '../filters/index.ts';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../graph/types.ts';
import { nodeName, type Language } from '../i18n/index.ts';
import { describeKind, describeRel, type SchemaIndex } from '../schema/index.ts';
import type { SelectionState } from '../selection/index.ts';
import { dimmed } from './colours.ts';

export { canvasBackground, dimmed, glyphColour, mixColours } from './colours.ts';

/** A kind's glyph in the language: 链 in Chinese, Ch in English. */
export function kindGlyph(kind: { glyph: string; glyphEn?: string }, language: Language): string {
  return language === 'en' && kind.glyphEn ? kind.glyphEn : kind.glyph;
}

export const labelColour = '#1e293b';

export interface DisplayContext {
  schema: SchemaIndex | null;
  language: Language;
  hiddenKinds: HiddenKinds;
  hovered: string | null;
  /** The hovered node and its neighbours; empty when nothing is hovered. */
  highlighted: ReadonlySet<string>;
  selected: string | null;
  center: string | null;
  /** Whether the graph is drawn in a chain's lanes (the lanes already say what is part of it). */
  chainLanes: boolean;
}

export function displayContext(
  graph: AtlasGraph,
  input: {
    schema: SchemaIndex | null;
    language: Language;
    hiddenKinds: HiddenKinds;
    selection: SelectionState;
    center: string | null;
    chainLanes?: boolean;
  },
): DisplayContext {
  const hovered =
    input.selection.hovered && graph.hasNode(input.selection.hovered)
      ? input.selection.hovered
      : null;
  const highlighted = new Set<string>();
  if (hovered) {
    highlighted.add(hovered);
    for (const neighbour of graph.neighbors(hovered)) highlighted.add(neighbour);
  }
  return {
    schema: input.schema,
    language: input.language,
    hiddenKinds: input.hiddenKinds,
    hovered,
    highlighted,
    selected: input.selection.selected,
    center: input.center,
    chainLanes: input.chainLanes ?? false,
  };
}

/** Radius in pixels: the schema's relative size (1–3) scaled, plus a little for well-connected nodes. */
export function nodeSize(kindSize: number, degree: number): number {
  return 2 + 2.2 * kindSize + Math.min(5, 1.2 * Math.log2(1 + degree));
}

/**
 * Drawn above the rest. A reducer must move the label with the node: sigma copies `depth` to
 * `labelDepth` only for style rules, and a label left below would hide under the node's backdrop.
 */
const onTop = { depth: 'topNodes', labelDepth: 'topNodes' } as const;

export function nodeDisplay(
  node: string,
  attributes: AtlasNodeAttributes,
  degree: number,
  context: DisplayContext,
): Partial<NodeDisplayData> {
  if (context.hiddenKinds.has(attributes.kind)) return { visibility: 'hidden', label: null };
  const kind = describeKind(context.schema, attributes.kind);
  const display: Partial<NodeDisplayData> = {
    color: kind.colour,
    size: nodeSize(kind.size, degree),
    label: nodeName(attributes, context.language),
    labelColor: labelColour,
  };
  const isSelected = node === context.selected;
  if (node === context.center || isSelected) display.labelVisibility = 'visible';
  if (isSelected) {
    display.size = (display.size ?? 0) * 1.3;
    Object.assign(display, onTop);
    display.backdropVisibility = 'visible';
  }
  if (context.hovered) {
    if (context.highlighted.has(node)) {
      display.labelVisibility = 'visible';
      Object.assign(display, onTop);
      if (node === context.hovered) display.zIndex = 2;
    } else {
      display.color = dimmed(kind.colour);
      display.labelVisibility = 'hidden';
      display.zIndex = -1;
    }
  }
  return display;
}

export function edgeDisplay(
  attributes: AtlasEdgeAttributes,
  source: { id: string; kind: string },
  target: { id: string; kind: string },
  context: DisplayContext,
): Partial<EdgeDisplayData> {
  if (context.hiddenKinds.has(source.kind) || context.hiddenKinds.has(target.kind))
    return { visibility: 'hidden' };
  const touches = (id: string | null) => id !== null && (source.id === id || target.id === id);
  // In a chain's lanes every segment's PART_OF line would run to the chain across the picture.
  if (
    context.chainLanes &&
    attributes.rel === 'PART_OF' &&
    target.id === context.center &&
    !touches(context.hovered)
  )
    return { visibility: 'hidden' };
  const colour = describeRel(context.schema, attributes.rel).colour;
  const display: Partial<EdgeDisplayData> = { color: colour, size: 1 };
  if (touches(context.selected)) display.size = 2;
  if (context.hovered) {
    if (touches(context.hovered)) {
      display.size = 2;
      display.depth = 'topEdges';
      display.labelDepth = 'topEdges';
    } else {
      display.color = dimmed(colour, 0.88);
    }
  }
  return display;
}
