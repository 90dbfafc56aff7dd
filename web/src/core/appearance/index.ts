/**
 * Visual getters: how a node or an edge of the explorer graph looks, given the schema (colour,
 * size, glyph per kind; colour per relationship type), the language (labels), the hidden kinds
 * and the hover/selection state. Sigma's node and edge reducers call these on every refresh, so
 * the graph itself only holds data; these functions are pure and tested without WebGL.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { HiddenKinds } from '../filters/index.ts';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../graph/types.ts';
import { localName, nodeName, type Language } from '../i18n/index.ts';
import { describeKind, describeRel, type SchemaIndex } from '../schema/index.ts';
import type { SelectionState } from '../selection/index.ts';

export { canvasBackground, dimmed, glyphColour, mixColours } from './colours.ts';
import { canvasBackground, dimmed, mixColours } from './colours.ts';

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
  /** The relationship under the pointer, if any. */
  hoveredEdge: string | null;
  /** Whether the hovered node has few enough relationships to name each of them. */
  nameHoveredEdges: boolean;
}

/** A hovered node's relationships are named on the graph up to this many; beyond, they would pile up. */
export const maxNamedEdges = 24;

export function displayContext(
  graph: AtlasGraph,
  input: {
    schema: SchemaIndex | null;
    language: Language;
    hiddenKinds: HiddenKinds;
    selection: SelectionState;
    center: string | null;
    chainLanes?: boolean;
    hoveredEdge?: string | null;
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
    hoveredEdge: input.hoveredEdge && graph.hasEdge(input.hoveredEdge) ? input.hoveredEdge : null,
    nameHoveredEdges: hovered !== null && graph.degree(hovered) <= maxNamedEdges,
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
  edge?: string,
): Partial<EdgeDisplayData> {
  if (context.hiddenKinds.has(source.kind) || context.hiddenKinds.has(target.kind))
    return { visibility: 'hidden' };
  const touches = (id: string | null) => id !== null && (source.id === id || target.id === id);
  const isHovered = edge !== undefined && edge === context.hoveredEdge;
  // In a chain's lanes every segment's PART_OF line would run to the chain across the picture.
  if (
    context.chainLanes &&
    attributes.rel === 'PART_OF' &&
    target.id === context.center &&
    !touches(context.hovered) &&
    !isHovered
  )
    return { visibility: 'hidden' };
  const rel = describeRel(context.schema, attributes.rel);
  // In lanes the flow between segments carries the picture; other lines stay in the background.
  const quiet = context.chainLanes && attributes.rel !== 'UPSTREAM_OF';
  const colour = rel.colour;
  const display: Partial<EdgeDisplayData> = {
    color: quiet ? mixColours(colour, canvasBackground, 0.55) : colour,
    size: 1,
    label: null,
  };
  if (touches(context.selected)) display.size = 2;
  const named = isHovered || (context.nameHoveredEdges && touches(context.hovered));
  if (named) {
    display.label = localName(rel, context.language);
    display.labelVisibility = 'visible';
    display.labelColor = labelColour;
  }
  if (context.hovered || isHovered) {
    if (touches(context.hovered) || isHovered) {
      display.color = colour;
      display.size = 2;
      display.depth = 'topEdges';
      display.labelDepth = 'topEdges';
    } else {
      display.color = dimmed(colour, 0.88);
    }
  }
  return display;
}

/**
 * How much a node's label matters, or null when it gets none now: the selected and hovered nodes
 * first, the hovered node's neighbours next (only they are labelled while one is hovered), then
 * the opened node, then kinds the schema draws larger, then busier nodes.
 */
export function labelPriority(
  node: string,
  attributes: AtlasNodeAttributes,
  degree: number,
  context: DisplayContext,
): number | null {
  if (context.hiddenKinds.has(attributes.kind)) return null;
  if (node === context.selected) return 4e9;
  if (context.hovered) {
    if (node === context.hovered) return 3e9;
    return context.highlighted.has(node) ? 2e9 + degree : null;
  }
  if (node === context.center) return 1e9;
  return describeKind(context.schema, attributes.kind).size * 1e4 + Math.min(9999, degree);
}
