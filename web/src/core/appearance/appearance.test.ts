import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import { indexSchema } from '../schema/index.ts';
import {
  dimmed,
  displayContext,
  edgeDisplay,
  labelPriority,
  mixColours,
  nodeDisplay,
  nodeSize,
} from './index.ts';
import { legendFolded, shownCount } from './legend.ts';

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

describe('labels and relationship names', () => {
  it('ranks labels: selected, hovered, its neighbours, the centre, then bigger kinds', () => {
    const graph = sampleGraph();
    const attrs = (id: string) => graph.getNodeAttributes(id);
    const calm = displayContext(graph, {
      ...base,
      selection: { hovered: null, selected: 'Region:320500' },
      center: 'Course:battery-tech',
    });
    const rank = (id: string, context = calm) => labelPriority(id, attrs(id), 1, context);
    expect(rank('Region:320500')).toBeGreaterThan(rank('Course:battery-tech') ?? Infinity);
    expect(rank('Course:battery-tech')).toBeGreaterThan(rank('Occupation:6-31-01-09') ?? Infinity);
    // The schema draws occupations larger than competencies.
    expect(rank('Occupation:6-31-01-09')).toBeGreaterThan(
      rank('Competency:cell-testing') ?? Infinity,
    );
    const hovering = displayContext(graph, {
      ...base,
      selection: { hovered: 'Competency:cell-testing', selected: null },
    });
    expect(rank('Course:battery-tech', hovering)).toBeGreaterThan(0);
    // While a node is hovered, only it and its neighbours are labelled.
    expect(rank('Region:320500', hovering)).toBeNull();
    const hidden = displayContext(graph, { ...base, hiddenKinds: new Set(['Region']) });
    expect(rank('Region:320500', hidden)).toBeNull();
  });

  it('names the hovered node’s relationships and the hovered relationship, in the language', () => {
    const graph = sampleGraph();
    const teaches = (context: ReturnType<typeof displayContext>) =>
      edgeDisplay(
        { rel: 'TEACHES' },
        { id: 'Course:battery-tech', kind: 'Course' },
        { id: 'Competency:cell-testing', kind: 'Competency' },
        context,
        'TEACHES|k|c',
      );
    expect(teaches(displayContext(graph, base)).label).toBeNull();
    const hover = { hovered: 'Course:battery-tech', selected: null };
    expect(teaches(displayContext(graph, { ...base, selection: hover }))).toMatchObject({
      label: '培养',
      labelVisibility: 'visible',
    });
    expect(
      teaches(displayContext(graph, { ...base, language: 'en', hoveredEdge: 'TEACHES|k|c' })),
    ).toMatchObject({ label: 'teaches', size: 2 });
  });
});

describe('legend', () => {
  it('counts the nodes drawn when kinds are hidden', () => {
    const summary = {
      order: 60,
      size: 90,
      kinds: new Map([
        ['Segment', 13],
        ['Enterprise', 40],
        ['Chain', 1],
        ['Expert', 6],
      ]),
    };
    expect(shownCount(summary, new Set(['Enterprise', 'Expert', 'Course']))).toEqual({
      shown: 14,
      total: 60,
      hiddenKinds: 2,
    });
    expect(shownCount(summary, new Set())).toEqual({ shown: 60, total: 60, hiddenKinds: 0 });
  });

  it('folds on small screens until the reader chooses', () => {
    expect(legendFolded(null, true)).toBe(true);
    expect(legendFolded(null, false)).toBe(false);
    expect(legendFolded(false, true)).toBe(false);
    expect(legendFolded(true, false)).toBe(true);
  });
});
