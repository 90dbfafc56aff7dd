/**
 * The graph on screen as files other tools open: GEXF 1.3 for Gephi (graphology-gexf's writer) and
 * GraphML for yEd and Cytoscape. Both carry what the reader sees — each node's label in the reader's
 * language, its colour and size as drawn, its position — and every property the graph holds (kind,
 * key, names, the analysis' numbers), so the file can be restyled or analysed further. graphology
 * publishes no GraphML writer for the browser, so GraphML is written here: keys are declared from
 * the values found (boolean, double or string; lists and objects as JSON text).
 */
import writeGexf from 'graphology-gexf/common/writer.js';
import type { AtlasGraph } from '../graph/types.ts';

/** How a node is drawn: label, colour (CSS hex), size in pixels. */
export interface DrawnNode {
  label: string;
  color: string;
  size: number;
}

export type DrawnNodes = (node: string) => DrawnNode | null;

type Scalar = string | number | boolean;

/** A property as a file holds it: scalars as they are, anything else as JSON text. */
export function scalarOf(value: unknown): Scalar | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return JSON.stringify(value);
}

/** Properties of nodes that are drawing state, not data (the positions go to `viz` / `x`, `y`). */
const drawingProperties = new Set(['x', 'y', 'size', 'color', 'label', 'hidden', 'highlighted']);

function dataOf(attributes: Record<string, unknown>): Record<string, Scalar> {
  const data: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (drawingProperties.has(name)) continue;
    const scalar = scalarOf(value);
    if (scalar !== null) data[name] = scalar;
  }
  return data;
}

export function graphToGexf(graph: AtlasGraph, drawn: DrawnNodes): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (node, attributes) => {
      const look = drawn(node);
      return {
        label: look?.label ?? String(attributes.key ?? node),
        attributes: dataOf(attributes),
        viz: {
          x: attributes.x,
          y: attributes.y,
          ...(look && { color: look.color, size: look.size }),
        },
      };
    },
    formatEdge: (_edge, attributes) => ({
      label: String(attributes.rel ?? ''),
      attributes: dataOf(attributes),
      ...(typeof attributes.weight === 'number' && { weight: attributes.weight }),
    }),
  });
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

type GraphmlType = 'boolean' | 'double' | 'string';

function typeOf(value: Scalar): GraphmlType {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';
}

/** Declared keys: a property seen with two types becomes a string. */
function declare(keys: Map<string, GraphmlType>, data: Record<string, Scalar>): void {
  for (const [name, value] of Object.entries(data)) {
    const type = typeOf(value);
    const known = keys.get(name);
    keys.set(name, known === undefined || known === type ? type : 'string');
  }
}

export function graphToGraphml(graph: AtlasGraph, drawn: DrawnNodes): string {
  const nodeKeys = new Map<string, GraphmlType>([
    ['label', 'string'],
    ['color', 'string'],
    ['size', 'double'],
    ['x', 'double'],
    ['y', 'double'],
  ]);
  const edgeKeys = new Map<string, GraphmlType>();
  const nodes: { id: string; data: Record<string, Scalar> }[] = [];
  const edges: { id: string; source: string; target: string; data: Record<string, Scalar> }[] = [];

  graph.forEachNode((node, attributes) => {
    const look = drawn(node);
    const data: Record<string, Scalar> = {
      ...dataOf(attributes),
      label: look?.label ?? String(attributes.key ?? node),
      ...(look && { color: look.color, size: look.size }),
      x: attributes.x,
      y: attributes.y,
    };
    declare(nodeKeys, data);
    nodes.push({ id: node, data });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const data = dataOf(attributes);
    declare(edgeKeys, data);
    edges.push({ id: edge, source, target, data });
  });

  const keyId = (scope: 'n' | 'e', name: string) => `${scope}_${escapeXml(name)}`;
  const dataLines = (scope: 'n' | 'e', data: Record<string, Scalar>) =>
    Object.entries(data).map(
      ([name, value]) =>
        `      <data key="${keyId(scope, name)}">${escapeXml(String(value))}</data>`,
    );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(
      ([name, type]) =>
        `  <key id="${keyId('n', name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
    ),
    ...[...edgeKeys].map(
      ([name, type]) =>
        `  <key id="${keyId('e', name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
    ),
    '  <graph edgedefault="directed">',
    ...nodes.flatMap(({ id, data }) => [
      `    <node id="${escapeXml(id)}">`,
      ...dataLines('n', data),
      '    </node>',
    ]),
    ...edges.flatMap(({ id, source, target, data }) => [
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines('e', data),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
