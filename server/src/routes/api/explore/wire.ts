/**
 * The neighbourhood answer as graphology's serialised JSON, in two forms that give the same JSON:
 * from rows with parsed properties (any store), and straight from rows whose properties are still
 * the store's JSON text (the embedded store), splicing that text in — so a 500-node answer is not
 * parsed and re-serialised property by property. The text form is UTF-8 bytes, ready for the
 * socket, and each row's part of it is kept on the row object, the whole text on the answer: a
 * store that hands out the same row or answer again (the embedded store's caches, until a commit)
 * pays for it once.
 */
import { edgeId, nodeId, type NodeRef } from '@chanjiao/graph-schema';
import type { Subgraph, SubgraphText } from '../../../store/port.ts';

export interface Framing {
  center: NodeRef;
  depth: number;
  limit: number;
}

const options = { type: 'directed' as const, multi: true as const, allowSelfLoops: true as const };

export function graphologyJson(frame: Framing, subgraph: Subgraph) {
  return {
    attributes: {
      center: nodeId(frame.center),
      depth: frame.depth,
      limit: frame.limit,
      truncated: subgraph.truncated,
    },
    options,
    nodes: subgraph.nodes.map((n) => ({
      key: nodeId(n),
      attributes: { ...n.props, kind: n.kind, key: n.key },
    })),
    edges: subgraph.edges.map((e) => ({
      key: edgeId(e),
      source: nodeId(e.from),
      target: nodeId(e.to),
      attributes: { ...e.props, rel: e.rel },
    })),
  };
}

/** `{...props, extra}` as JSON text, from the properties' JSON object text. */
function withExtra(props: string, extra: string): string {
  // Properties never hold `kind`, `key` or `rel` (the schema's property sets are closed and none
  // is named so); were one there, JSON's last-wins rule would still give the value appended here.
  return props.length <= 2 ? `{${extra}}` : `${props.slice(0, -1)},${extra}}`;
}

/** Characters JSON.stringify would escape in a string (surrogates: only when lone, checked there). */
const needsEscape = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string's JSON text without its quotes, as JSON.stringify writes it. */
function escaped(text: string): string {
  return needsEscape.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}

/**
 * Each row's JSON text, kept on the row (rows are never changed once read, see SubgraphText). A
 * WeakMap from row to text gave the same answers, but a garbage collection walks every entry of a
 * WeakMap as an ephemeron, and a store's row cache holds hundreds of thousands of rows. At 1M
 * nodes, a depth-2 answer's rows and text in process (220 centres, five rounds after the first, two
 * runs each way) took p95 8.7–12.5 ms (mean 10.5) with the WeakMap, 6.5–10.1 ms (mean 8.5) on the
 * row; over HTTP the difference was within the noise.
 */
function nodePart(node: SubgraphText['nodes'][number]): Buffer {
  if (node.wire === undefined) {
    const extra = `"kind":"${escaped(node.kind)}","key":"${escaped(node.key)}"`;
    node.wire = Buffer.from(
      `{"key":"${escaped(nodeId(node))}","attributes":${withExtra(node.props, extra)}}`,
    );
  }
  return node.wire;
}

function edgePart(edge: SubgraphText['edges'][number]): Buffer {
  if (edge.wire === undefined) {
    const from = escaped(nodeId(edge.from));
    const to = escaped(nodeId(edge.to));
    const rel = escaped(edge.rel);
    edge.wire = Buffer.from(
      `{"key":"${rel}|${from}|${to}","source":"${from}","target":"${to}",` +
        `"attributes":${withExtra(edge.props, `"rel":"${rel}"`)}}`,
    );
  }
  return edge.wire;
}

const comma = Buffer.from(',');
const between = Buffer.from('],"edges":[');
const end = Buffer.from(']}');

/**
 * The answer's text; kept on the answer with its framing, so an answer a store hands out again
 * (the embedded store's answer cache, until a commit) is written once.
 */
export function graphologyText(frame: Framing, subgraph: SubgraphText): Buffer {
  const framing = `${nodeId(frame.center)}\u0000${frame.depth}\u0000${frame.limit}`;
  if (subgraph.wire?.frame === framing) return subgraph.wire.bytes;
  const parts: Buffer[] = [
    Buffer.from(
      `{"attributes":${JSON.stringify({
        center: nodeId(frame.center),
        depth: frame.depth,
        limit: frame.limit,
        truncated: subgraph.truncated,
      })},"options":${JSON.stringify(options)},"nodes":[`,
    ),
  ];
  subgraph.nodes.forEach((node, i) => {
    if (i) parts.push(comma);
    parts.push(nodePart(node));
  });
  parts.push(between);
  subgraph.edges.forEach((edge, i) => {
    if (i) parts.push(comma);
    parts.push(edgePart(edge));
  });
  parts.push(end);
  const bytes = Buffer.concat(parts);
  subgraph.wire = { frame: framing, bytes };
  return bytes;
}
