/**
 * Export writers: NDJSON (the import format, so an export re-imports as is), GraphML and GEXF 1.3
 * (for Gephi, yEd, Cytoscape). Each turns the store's ordered stream of nodes then edges into a
 * stream of text chunks; nothing is built in memory. The XML headers declare every property the
 * schema knows, which is what lets them be written before the first node is read.
 */
import {
  allPropertyTypes,
  edgeId,
  nodeId,
  type PropertyDescription,
  type PropValue,
} from '@chanjiao/graph-schema';
import type { ExportItem } from '../store/port.ts';

export const exportFormats = {
  ndjson: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
} as const;

export type ExportFormat = keyof typeof exportFormats;

const chunkSize = 64 * 1024;

/** Joins small pieces into chunks of about 64 KiB. */
async function* chunked(pieces: AsyncIterable<string>): AsyncIterable<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export function writeExport(
  format: ExportFormat,
  items: AsyncIterable<ExportItem>,
): AsyncIterable<string> {
  const writers = { ndjson: ndjsonPieces, graphml: graphmlPieces, gexf: gexfPieces };
  return chunked(writers[format](canonical(items)));
}

/** Properties in name order, so an export is the same bytes whichever store wrote it. */
async function* canonical(items: AsyncIterable<ExportItem>): AsyncIterable<ExportItem> {
  for await (const item of items) {
    const props = Object.fromEntries(
      Object.entries(item.props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    yield { ...item, props };
  }
}

async function* ndjsonPieces(items: AsyncIterable<ExportItem>): AsyncIterable<string> {
  for await (const item of items) {
    if (item.type === 'node')
      yield (
        JSON.stringify({ type: 'node', kind: item.kind, key: item.key, props: item.props }) + '\n'
      );
    else
      yield (
        JSON.stringify({
          type: 'edge',
          rel: item.rel,
          from: item.from,
          to: item.to,
          props: item.props,
        }) + '\n'
      );
  }
}

const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(value: string): string {
  return value
    .replace(invalidXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function textOf(value: PropValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

const graphmlTypes: Record<PropertyDescription['type'], string> = {
  string: 'string',
  'string[]': 'string',
  integer: 'long',
  number: 'double',
  boolean: 'boolean',
};

async function* graphmlPieces(items: AsyncIterable<ExportItem>): AsyncIterable<string> {
  const { nodes, edges } = allPropertyTypes();
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="n_key" for="node" attr.name="key" attr.type="string"/>\n';
  for (const [name, type] of nodes)
    yield `  <key id="n_${escapeXml(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${graphmlTypes[type]}"/>\n`;
  yield '  <key id="e_rel" for="edge" attr.name="rel" attr.type="string"/>\n';
  for (const [name, type] of edges)
    yield `  <key id="e_${escapeXml(name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${graphmlTypes[type]}"/>\n`;
  yield '  <graph id="chanjiao-atlas" edgedefault="directed">\n';
  for await (const item of items) {
    const data = (prefix: string, values: [string, PropValue][]) =>
      values
        .map(([k, v]) => `<data key="${prefix}_${escapeXml(k)}">${escapeXml(textOf(v))}</data>`)
        .join('');
    if (item.type === 'node') {
      yield `    <node id="${escapeXml(nodeId(item))}">${data('n', [
        ['kind', item.kind],
        ['key', item.key],
        ...Object.entries(item.props),
      ])}</node>\n`;
    } else {
      yield `    <edge id="${escapeXml(edgeId(item))}" source="${escapeXml(nodeId(item.from))}" target="${escapeXml(
        nodeId(item.to),
      )}">${data('e', [['rel', item.rel], ...Object.entries(item.props)])}</edge>\n`;
    }
  }
  yield '  </graph>\n</graphml>\n';
}

const gexfTypes: Record<PropertyDescription['type'], string> = {
  string: 'string',
  'string[]': 'string',
  integer: 'long',
  number: 'double',
  boolean: 'boolean',
};

async function* gexfPieces(items: AsyncIterable<ExportItem>): AsyncIterable<string> {
  const { nodes, edges } = allPropertyTypes();
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield '  <meta><creator>Chanjiao Atlas</creator></meta>\n';
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield '    <attributes class="node">\n      <attribute id="kind" title="kind" type="string"/>\n      <attribute id="key" title="key" type="string"/>\n';
  for (const [name, type] of nodes)
    yield `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${gexfTypes[type]}"/>\n`;
  yield '    </attributes>\n    <attributes class="edge">\n      <attribute id="rel" title="rel" type="string"/>\n';
  for (const [name, type] of edges)
    yield `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${gexfTypes[type]}"/>\n`;
  yield '    </attributes>\n    <nodes>\n';
  let inEdges = false;
  const attvalues = (values: [string, PropValue][]) =>
    `<attvalues>${values
      .map(([k, v]) => `<attvalue for="${escapeXml(k)}" value="${escapeXml(textOf(v))}"/>`)
      .join('')}</attvalues>`;
  for await (const item of items) {
    if (item.type === 'node') {
      const label = typeof item.props.name_zh === 'string' ? item.props.name_zh : item.key;
      yield `      <node id="${escapeXml(nodeId(item))}" label="${escapeXml(label)}">${attvalues([
        ['kind', item.kind],
        ['key', item.key],
        ...Object.entries(item.props),
      ])}</node>\n`;
    } else {
      if (!inEdges) {
        inEdges = true;
        yield '    </nodes>\n    <edges>\n';
      }
      yield `      <edge id="${escapeXml(edgeId(item))}" source="${escapeXml(nodeId(item.from))}" target="${escapeXml(
        nodeId(item.to),
      )}" label="${item.rel}">${attvalues([['rel', item.rel], ...Object.entries(item.props)])}</edge>\n`;
    }
  }
  yield inEdges ? '    </edges>\n' : '    </nodes>\n    <edges>\n    </edges>\n';
  yield '  </graph>\n</gexf>\n';
}
