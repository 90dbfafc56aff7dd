/**
 * Visual getters for the analysis graphs, pure like the explorer's: a competency is coloured from
 * red (nothing taught) through amber to green (fully supplied) and sized by its share of demand; a
 * segment is coloured by its status (缺链 red, 弱链 amber, 正常 grey, 强链 green); occupations,
 * courses, the chain and enterprises get fixed colours off those scales. A picked row (or the hovered node) brings its nodes
 * forward with their labels and dims the rest.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { canvasBackground, dimmed, labelColour, mixColours } from '../appearance/index.ts';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../graph/types.ts';
import { nodeName, type Language } from '../i18n/index.ts';
import { describeKind, describeRel, type SchemaIndex } from '../schema/index.ts';
import type { AnalysisRole } from './graphs.ts';
import type { NameMap } from './names.ts';
import type { LinkStatus } from './types.ts';

export const supplyColours = { none: '#dc2626', half: '#f59e0b', full: '#16a34a' } as const;

/** Red at 0, amber at ½, green at 1. */
export function supplyColour(supply: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(supply) ? supply : 0));
  return s <= 0.5
    ? mixColours(supplyColours.none, supplyColours.half, s * 2)
    : mixColours(supplyColours.half, supplyColours.full, (s - 0.5) * 2);
}

export const statusColours: Record<LinkStatus, string> = {
  missing: '#dc2626',
  weak: '#d97706',
  normal: '#94a3b8',
  strong: '#16a34a',
};

export function statusColour(status: unknown): string {
  return statusColours[status as LinkStatus] ?? statusColours.normal;
}

/**
 * Colours of the nodes that are not scored. They stay off the red–amber–green scales: the schema's
 * colours for courses (green) and enterprises (amber) would read as "supplied" or "weak" here.
 */
export const roleColours = {
  occupation: '#2563eb',
  teaching: '#0e7490',
  chain: '#0f172a',
  enterprise: '#475569',
  program: '#7c3aed',
  posting: '#0369a1',
  candidate: '#0f766e',
  expert: '#9333ea',
  field: '#64748b',
} as const;

/** Radius in pixels per role: a base and how much a weight of 1 adds (square-root scaled). */
const sizes: Record<AnalysisRole, { base: number; span: number }> = {
  competency: { base: 3, span: 12 },
  occupation: { base: 5, span: 7 },
  teaching: { base: 4, span: 4 },
  chain: { base: 14, span: 0 },
  segment: { base: 8, span: 8 },
  enterprise: { base: 4, span: 0 },
  program: { base: 6, span: 8 },
  posting: { base: 7, span: 7 },
  candidate: { base: 4, span: 8 },
  expert: { base: 4, span: 8 },
  field: { base: 5, span: 5 },
};

const isRole = (value: unknown): value is AnalysisRole =>
  typeof value === 'string' && value in sizes;

export function analysisNodeSize(role: unknown, weight: unknown): number {
  const { base, span } = sizes[isRole(role) ? role : 'enterprise'];
  const w =
    typeof weight === 'number' && Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0;
  return base + span * Math.sqrt(w);
}

export interface AnalysisDisplayContext {
  schema: SchemaIndex | null;
  language: Language;
  names: NameMap;
  /** The picked row's nodes; null when nothing is picked. */
  focus: ReadonlySet<string> | null;
  hovered: string | null;
  /** The hovered node and its neighbours. */
  highlighted: ReadonlySet<string>;
}

export function analysisDisplayContext(
  graph: AtlasGraph,
  input: Omit<AnalysisDisplayContext, 'highlighted'>,
): AnalysisDisplayContext {
  const hovered = input.hovered && graph.hasNode(input.hovered) ? input.hovered : null;
  const highlighted = new Set<string>();
  if (hovered) {
    highlighted.add(hovered);
    for (const neighbour of graph.neighbors(hovered)) highlighted.add(neighbour);
  }
  return { ...input, hovered, highlighted };
}

const onTop = { depth: 'topNodes', labelDepth: 'topNodes' } as const;

/** Which nodes stand out right now: the hovered neighbourhood, else the picked row's. */
function emphasis(context: AnalysisDisplayContext): ReadonlySet<string> | null {
  return context.hovered ? context.highlighted : context.focus;
}

export function analysisNodeColour(
  attributes: AtlasNodeAttributes,
  schema: SchemaIndex | null,
): string {
  const { role } = attributes;
  // A view that colours by its own score (a match, a recommendation) says so on the node.
  if (typeof attributes.colour === 'string') return attributes.colour;
  if (role === 'competency') return supplyColour(Number(attributes.supply));
  if (role === 'segment') return statusColour(attributes.status);
  if (typeof role === 'string' && role in roleColours)
    return roleColours[role as keyof typeof roleColours];
  return describeKind(schema, attributes.kind).colour;
}

export function analysisNodeDisplay(
  node: string,
  attributes: AtlasNodeAttributes,
  context: AnalysisDisplayContext,
): Partial<NodeDisplayData> {
  const colour = analysisNodeColour(attributes, context.schema);
  const names = context.names.get(node);
  const display: Partial<NodeDisplayData> = {
    color: colour,
    size: analysisNodeSize(attributes.role, attributes.weight),
    label: nodeName({ ...attributes, ...names }, context.language),
    labelColor: labelColour,
  };
  if (attributes.role === 'chain' || attributes.role === 'segment')
    display.labelVisibility = 'visible';
  // A small graph (a few related nodes) names every node.
  if (attributes.pinnedLabel === true) display.labelVisibility = 'visible';
  // Columns of a layered graph put the first column's labels on its left, away from the edges.
  if (attributes.labelSide === 'left' || attributes.labelSide === 'right')
    display.labelPosition = attributes.labelSide;
  const standOut = emphasis(context);
  if (standOut) {
    if (standOut.has(node)) {
      display.labelVisibility = 'visible';
      Object.assign(display, onTop);
      if (node === context.hovered || context.focus?.has(node)) display.zIndex = 2;
    } else {
      display.color = dimmed(colour);
      display.labelVisibility = 'hidden';
      display.zIndex = -1;
    }
  }
  return display;
}

export function analysisEdgeDisplay(
  attributes: AtlasEdgeAttributes,
  source: string,
  target: string,
  context: AnalysisDisplayContext,
): Partial<EdgeDisplayData> {
  const colour = describeRel(context.schema, attributes.rel).colour;
  const weight = typeof attributes.weight === 'number' ? attributes.weight : 0;
  // Edges stay in the background (half-way to the canvas colour) unless their nodes stand out.
  const display: Partial<EdgeDisplayData> = {
    color: mixColours(colour, canvasBackground, 0.5),
    size: 0.5 + 2.5 * weight,
  };
  const standOut = emphasis(context);
  if (standOut) {
    const inside = context.hovered
      ? source === context.hovered || target === context.hovered
      : standOut.has(source) && standOut.has(target);
    if (inside) {
      display.color = colour;
      display.depth = 'topEdges';
      display.labelDepth = 'topEdges';
      display.size = (display.size ?? 1) + 0.6;
    } else {
      display.color = dimmed(colour, 0.9);
    }
  }
  return display;
}
