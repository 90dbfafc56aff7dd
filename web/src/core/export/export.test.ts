import { parse } from 'graphology-gexf';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import { escapeXml, graphToGexf, graphToGraphml, scalarOf } from './index.ts';

function sample() {
  const graph = createAtlasGraph();
  graph.addNode('Segment:separator', {
    kind: 'Segment',
    key: 'separator',
    name_zh: '隔膜',
    name_en: 'Separator',
    status: 'missing',
    local: ['a', 'b'],
    x: 1,
    y: 2,
  });
  graph.addNode('Chain:battery & co', { kind: 'Chain', key: 'battery & co', x: 0, y: 0 });
  graph.addDirectedEdgeWithKey('PART_OF|s|c', 'Segment:separator', 'Chain:battery & co', {
    rel: 'PART_OF',
    weight: 0.4,
  });
  return graph;
}

const drawn = (node: string) =>
  node.startsWith('Segment') ? { label: '隔膜', color: '#dc2626', size: 12 } : null;

describe('graph files', () => {
  it('writes GEXF that graphology reads back with labels, colours and properties', () => {
    const text = graphToGexf(sample(), drawn);
    expect(text).toContain('<gexf');
    const back = parse(Graph, text);
    expect(back.order).toBe(2);
    expect(back.size).toBe(1);
    const segment = back.getNodeAttributes('Segment:separator');
    expect(segment.label).toBe('隔膜');
    expect(segment.status).toBe('missing');
    expect(segment.local).toBe('["a","b"]');
    expect(segment.color).toMatch(/#dc2626|rgb\(220,\s*38,\s*38\)/i);
  });

  it('writes GraphML with declared, typed keys and escaped ids', () => {
    const text = graphToGraphml(sample(), drawn);
    const doc = new DOMParserLike(text);
    expect(doc.count('<node ')).toBe(2);
    expect(doc.count('<edge ')).toBe(1);
    expect(text).toContain('<key id="n_status" for="node" attr.name="status" attr.type="string"/>');
    expect(text).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).toContain('<node id="Chain:battery &amp; co">');
    expect(text).toContain('<data key="n_color">#dc2626</data>');
    expect(text).toContain('<data key="n_label">battery &amp; co</data>');
  });

  it('keeps scalars and writes the rest as JSON; XML escapes and drops control characters', () => {
    expect(scalarOf(Number.NaN)).toBeNull();
    expect(scalarOf({ a: 1 })).toBe('{"a":1}');
    expect(escapeXml('<a "b">\u0001')).toBe('&lt;a &quot;b&quot;&gt;');
  });
});

/** Counts occurrences (the tests run without a DOM parser). */
class DOMParserLike {
  constructor(private readonly text: string) {}
  count(needle: string): number {
    return this.text.split(needle).length - 1;
  }
}
