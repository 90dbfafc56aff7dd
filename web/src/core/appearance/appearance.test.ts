import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import { indexSchema } from '../schema/index.ts';
import { dimmed, displayContext, edgeDisplay, mixColours, nodeDisplay, nodeSize } from './index.ts';

const schema = indexSchema(describeSchema());
const colourOf = (kind: string) => schema.kinds.get(kind)?.colour ?? '';

function sampleGraph() {
  const graph = createAtlasGraph();
  const node = (id: string, name_zh: string, name_en?: string) => {
    const [kind = '', key = ''] = id.split(':');
    graph.addNode(id, { kind, key, name_zh, ...(name_en && { name_en }), x: 0, y: 0 });
  };
  node('Occupation:6-31-01-09', '电池制造工', 'Battery maker');
  node('Competency:cell-testing', '电芯测试');
  node('Course:battery-tech', '动力电池技术', 'Power battery technology');
  node('Region:320500', '苏州市', 'Suzhou');
  graph.addDirectedEdgeWithKey('REQUIRES|o|c', 'Occupation:6-31-01-09', 'Competency:cell-testing', {
    rel: 'REQUIRES',
  });
  graph.addDirectedEdgeWithKey('TEACHES|k|c', 'Course:battery-tech', 'Competency:cell-testing', {
    rel: 'TEACHES',
  });
  return graph;
}

const base = {
  schema,
  language: 'zh' as const,
  hiddenKinds: new Set<string>(),
  selection: { hovered: null, selected: null },
  center: null,
};

describe('colours', () => {
  it('mixes hex colours and leaves others alone', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColours('#fff', '#000', 1)).toBe('#000000');
    expect(mixColours('red', '#000', 0.5)).toBe('red');
    expect(dimmed('#2563eb')).not.toBe('#2563eb');
  });
});

describe('nodeDisplay', () => {
  it('colours and sizes a node from the schema and labels it in the language', () => {
    const graph = sampleGraph();
    const attrs = graph.getNodeAttributes('Occupation:6-31-01-09');
    const zh = nodeDisplay('Occupation:6-31-01-09', attrs, 1, displayContext(graph, base));
    expect(zh).toMatchObject({
      color: colourOf('Occupation'),
      label: '电池制造工',
      size: nodeSize(2, 1),
    });
    const en = nodeDisplay(
      'Occupation:6-31-01-09',
      attrs,
      1,
      displayContext(graph, { ...base, language: 'en' }),
    );
    expect(en.label).toBe('Battery maker');
    const noEnglish = graph.getNodeAttributes('Competency:cell-testing');
    expect(
      nodeDisplay(
        'Competency:cell-testing',
        noEnglish,
        2,
        displayContext(graph, { ...base, language: 'en' }),
      ).label,
    ).toBe('电芯测试');
  });

  it('hides nodes of hidden kinds, and their edges', () => {
    const graph = sampleGraph();
    const context = displayContext(graph, { ...base, hiddenKinds: new Set(['Competency']) });
    expect(
      nodeDisplay(
        'Competency:cell-testing',
        graph.getNodeAttributes('Competency:cell-testing'),
        2,
        context,
      ),
    ).toMatchObject({ visibility: 'hidden' });
    expect(
      edgeDisplay(
        { rel: 'REQUIRES' },
        { id: 'Occupation:6-31-01-09', kind: 'Occupation' },
        { id: 'Competency:cell-testing', kind: 'Competency' },
        context,
      ),
    ).toEqual({ visibility: 'hidden' });
  });

  it('on hover, highlights the node and its neighbours and dims the rest', () => {
    const graph = sampleGraph();
    const context = displayContext(graph, {
      ...base,
      selection: { hovered: 'Competency:cell-testing', selected: null },
    });
    expect([...context.highlighted].sort()).toEqual([
      'Competency:cell-testing',
      'Course:battery-tech',
      'Occupation:6-31-01-09',
    ]);
    const neighbour = nodeDisplay(
      'Course:battery-tech',
      graph.getNodeAttributes('Course:battery-tech'),
      1,
      context,
    );
    expect(neighbour).toMatchObject({ color: colourOf('Course'), labelVisibility: 'visible' });
    const other = nodeDisplay(
      'Region:320500',
      graph.getNodeAttributes('Region:320500'),
      0,
      context,
    );
    expect(other.color).toBe(dimmed(colourOf('Region')));
    expect(other.labelVisibility).toBe('hidden');
    const edge = edgeDisplay(
      { rel: 'TEACHES' },
      { id: 'Course:battery-tech', kind: 'Course' },
      { id: 'Competency:cell-testing', kind: 'Competency' },
      context,
    );
    expect(edge).toMatchObject({ color: '#10b981', size: 2, depth: 'topEdges' });
  });

  it('leaves out the segments’ PART_OF lines to the chain drawn in lanes, unless hovered', () => {
    const graph = sampleGraph();
    const partOf = (context: ReturnType<typeof displayContext>) =>
      edgeDisplay(
        { rel: 'PART_OF' },
        { id: 'Segment:cells', kind: 'Segment' },
        { id: 'Chain:c', kind: 'Chain' },
        context,
      ).visibility;
    const lanes = { ...base, center: 'Chain:c', chainLanes: true };
    expect(partOf(displayContext(graph, lanes))).toBe('hidden');
    expect(partOf(displayContext(graph, { ...lanes, chainLanes: false }))).toBeUndefined();
    graph.addNode('Segment:cells', { kind: 'Segment', key: 'cells', x: 0, y: 0 });
    const hovered = { ...lanes, selection: { hovered: 'Segment:cells', selected: null } };
    expect(partOf(displayContext(graph, hovered))).toBeUndefined();
  });

  it('always labels the selected node and the centre', () => {
    const graph = sampleGraph();
    const context = displayContext(graph, {
      ...base,
      selection: { hovered: null, selected: 'Region:320500' },
      center: 'Course:battery-tech',
    });
    expect(
      nodeDisplay('Region:320500', graph.getNodeAttributes('Region:320500'), 0, context),
    ).toMatchObject({ labelVisibility: 'visible', backdropVisibility: 'visible' });
    expect(
      nodeDisplay('Course:battery-tech', graph.getNodeAttributes('Course:battery-tech'), 1, context)
        .labelVisibility,
    ).toBe('visible');
  });
});
