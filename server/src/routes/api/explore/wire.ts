/**
 * The neighbourhood answer as graphology's serialised JSON, in two forms that give the same JSON:
 * from rows with parsed properties (any store), and straight from rows whose properties are still
 * the store's JSON text (the embedded store), splicing that text in — so a 500-node answer is not
 * parsed and re-serialised property by property.
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

export function graphologyText(frame: Framing, subgraph: SubgraphText): string {
  // Each node's id is escaped once: its relationships repeat it, twice each.
  const ids = new Map<string, string>();
  const idText = (ref: NodeRef) => {
    const id = nodeId(ref);
    let text = ids.get(id);
    if (text === undefined) ids.set(id, (text = escaped(id)));
    return text;
  };
  const parts: string[] = [
    `{"attributes":${JSON.stringify({
      center: nodeId(frame.center),
      depth: frame.depth,
      limit: frame.limit,
      truncated: subgraph.truncated,
    })},"options":${JSON.stringify(options)},"nodes":[`,
  ];
  subgraph.nodes.forEach((n, i) => {
    const extra = `"kind":"${escaped(n.kind)}","key":"${escaped(n.key)}"`;
    parts.push(`${i ? ',' : ''}{"key":"${idText(n)}","attributes":${withExtra(n.props, extra)}}`);
  });
  parts.push('],"edges":[');
  subgraph.edges.forEach((e, i) => {
    const from = idText(e.from);
    const to = idText(e.to);
    const rel = escaped(e.rel);
    parts.push(
      `${i ? ',' : ''}{"key":"${rel}|${from}|${to}","source":"${from}","target":"${to}",` +
        `"attributes":${withExtra(e.props, `"rel":"${rel}"`)}}`,
    );
  });
  parts.push(']}');
  return parts.join('');
}
