import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import {
  applyChainLayout,
  chainLanesOf,
  chainLayout,
  chainLayoutInputOf,
  chainSpacing,
  gridColumns,
  segmentsInChainOrder,
} from './chain.ts';

const segment = (id: string, position: string | undefined, order?: number) => ({
  id,
  position,
  order,
});

describe('segmentsInChainOrder', () => {
  it('runs upstream → midstream → downstream, then by order, unknown positions last', () => {
    const ordered = segmentsInChainOrder([
      segment('S:recycling', 'downstream', 13),
      segment('S:cells', 'midstream', 8),
      segment('S:odd', 'sideways', 1),
      segment('S:cathode', 'upstream', 2),
      segment('S:lithium', 'upstream', 1),
      segment('S:no-order', 'upstream'),
    ]);
    expect(ordered.map((s) => s.id)).toEqual([
      'S:lithium',
      'S:cathode',
      'S:no-order',
      'S:cells',
      'S:recycling',
      'S:odd',
    ]);
  });
});

describe('chainLayout', () => {
  const input = {
    chain: 'Chain:c',
    segments: [
      segment('S:pack', 'midstream', 9),
      segment('S:lithium', 'upstream', 1),
      segment('S:cathode', 'upstream', 2),
      segment('S:cars', 'downstream', 10),
    ],
    blocks: new Map([
      ['S:lithium', ['E:a', 'E:b', 'E:c']],
      ['S:cars', ['E:d']],
    ]),
    chainBlock: ['PG:p'],
    rest: ['X:far'],
  };

  it('puts lanes left to right and segments top to bottom in their order', () => {
    const { positions, lanes } = chainLayout(input);
    const at = (id: string) => positions.get(id) ?? { x: NaN, y: NaN };
    expect(lanes.map((l) => [l.lane, l.segments])).toEqual([
      ['upstream', 2],
      ['midstream', 1],
      ['downstream', 1],
    ]);
    // Lanes: upstream left of midstream left of downstream, each segment inside its lane's box.
    expect(at('S:lithium').x).toBeLessThan(at('S:pack').x);
    expect(at('S:pack').x).toBeLessThan(at('S:cars').x);
    for (const lane of lanes) expect(lane.width).toBeGreaterThanOrEqual(chainSpacing.cell);
    // Within a lane, earlier segments are higher (sigma's y points up).
    expect(at('S:lithium').x).toBe(at('S:cathode').x);
    expect(at('S:lithium').y).toBeGreaterThan(at('S:cathode').y);
    // A segment's block sits under it, indented, before the next segment.
    for (const id of ['E:a', 'E:b', 'E:c']) {
      expect(at(id).x).toBeGreaterThan(at('S:lithium').x);
      expect(at(id).y).toBeLessThan(at('S:lithium').y);
      expect(at(id).y).toBeGreaterThan(at('S:cathode').y);
    }
    // The chain is above every lane, with what hangs off it; the rest below everything.
    const ys = [...positions.entries()].filter(([id]) => id !== 'X:far').map(([, p]) => p.y);
    expect(at('Chain:c').y).toBe(Math.max(...ys));
    expect(at('PG:p').y).toBe(at('Chain:c').y);
    expect(at('X:far').y).toBeLessThan(Math.min(...ys));
    expect(positions.size).toBe(11);
  });

  it('never puts two nodes on the same spot, and is the same every time', () => {
    const many = {
      ...input,
      blocks: new Map([['S:lithium', Array.from({ length: 40 }, (_, i) => `E:${i}`)]]),
    };
    const { positions } = chainLayout(many);
    const spots = new Set(
      [...positions.values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`),
    );
    expect(spots.size).toBe(positions.size);
    expect([...chainLayout(many).positions]).toEqual([...positions]);
  });

  it('stacks the lanes one under another for a tall canvas, keeping their order', () => {
    const { positions, lanes } = chainLayout({ ...input, stacked: true });
    const at = (id: string) => positions.get(id) ?? { x: NaN, y: NaN };
    expect(new Set(lanes.map((l) => l.x))).toEqual(new Set([0]));
    // Each lane starts below the one before; segments keep their order top to bottom.
    expect(lanes[1]!.y).toBeLessThan(lanes[0]!.y - lanes[0]!.height);
    expect(lanes[2]!.y).toBeLessThan(lanes[1]!.y - lanes[1]!.height);
    const order = ['S:lithium', 'S:cathode', 'S:pack', 'S:cars'].map((id) => at(id).y);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(at('X:far').y).toBeLessThan(Math.min(...order));
    // What hangs off the chain goes under it, within the lanes' width.
    expect(at('PG:p').y).toBeLessThan(at('Chain:c').y);
    expect(at('PG:p').y).toBeGreaterThan(lanes[0]!.y);
    const widest = Math.max(...lanes.map((l) => l.width));
    expect(Math.max(...[...positions.values()].map((p) => p.x))).toBeLessThanOrEqual(widest);
  });

  it('draws the three lanes even when one is empty, and an extra one for unknown positions', () => {
    const { lanes } = chainLayout({
      chain: null,
      segments: [segment('S:a', 'upstream', 1), segment('S:b', undefined)],
    });
    expect(lanes.map((l) => [l.lane, l.segments])).toEqual([
      ['upstream', 1],
      ['midstream', 0],
      ['downstream', 0],
      ['unplaced', 1],
    ]);
  });
});

describe('gridColumns', () => {
  it('keeps blocks about four rows a column, within the maximum', () => {
    expect([0, 1, 5, 8, 9, 24, 25, 49, 200].map((n) => gridColumns(n))).toEqual([
      0, 1, 1, 1, 2, 2, 3, 4, 4,
    ]);
  });
});

describe('chainLayoutInputOf', () => {
  function chainGraph() {
    const graph = createAtlasGraph();
    const node = (id: string, props: Record<string, unknown> = {}) =>
      graph.addNode(id, { kind: id.split(':')[0] ?? '', key: id, x: 0, y: 0, ...props });
    const edge = (rel: string, source: string, target: string) =>
      graph.addDirectedEdgeWithKey(`${rel}|${source}|${target}`, source, target, { rel });
    node('Chain:c');
    node('Segment:cells', { position: 'midstream', order: 8 });
    node('Segment:lithium', { position: 'upstream', order: 1 });
    node('Segment:other-chain', { position: 'upstream', order: 1 });
    node('Enterprise:both');
    node('Enterprise:only-cells');
    node('Occupation:operator');
    node('Competency:coating');
    node('ProgramGroup:pg');
    node('Course:lonely');
    edge('PART_OF', 'Segment:cells', 'Chain:c');
    edge('PART_OF', 'Segment:lithium', 'Chain:c');
    edge('UPSTREAM_OF', 'Segment:lithium', 'Segment:cells');
    edge('OPERATES_IN', 'Enterprise:both', 'Segment:cells');
    edge('OPERATES_IN', 'Enterprise:both', 'Segment:lithium');
    edge('OPERATES_IN', 'Enterprise:only-cells', 'Segment:cells');
    edge('EMPLOYS', 'Segment:cells', 'Occupation:operator');
    edge('REQUIRES', 'Occupation:operator', 'Competency:coating');
    edge('SERVES', 'ProgramGroup:pg', 'Chain:c');
    edge('OPERATES_IN', 'Enterprise:only-cells', 'Segment:other-chain');
    return graph;
  }

  it('takes the chain’s segments and gives each node to the first segment that reaches it', () => {
    const rank = (kind: string) => ['Enterprise', 'Occupation', 'Segment'].indexOf(kind);
    const input = chainLayoutInputOf(chainGraph(), 'Chain:c', rank);
    expect(input.segments.map((s) => s.id)).toEqual(['Segment:lithium', 'Segment:cells']);
    expect(input.blocks?.get('Segment:lithium')).toEqual(['Enterprise:both']);
    // Nearest first, then by kind rank: the occupation's competency after it.
    expect(input.blocks?.get('Segment:cells')).toEqual([
      'Enterprise:only-cells',
      'Occupation:operator',
      'Competency:coating',
      'Segment:other-chain',
    ]);
    expect(input.chainBlock).toEqual(['ProgramGroup:pg']);
    expect(input.rest).toEqual(['Course:lonely']);
  });

  it('gives a node linked to several segments to the one expanded last', () => {
    const input = chainLayoutInputOf(chainGraph(), 'Chain:c', undefined, [
      'Occupation:operator',
      'Segment:cells',
    ]);
    expect(input.blocks?.get('Segment:cells')?.[0]).toBe('Enterprise:both');
    expect(input.blocks?.get('Segment:lithium')).toBeUndefined();
  });

  it('lays the graph out in place and remembers the lanes', () => {
    const graph = chainGraph();
    applyChainLayout(graph, 'Chain:c');
    const x = (id: string) => graph.getNodeAttribute(id, 'x');
    expect(x('Segment:lithium')).toBeLessThan(x('Segment:cells'));
    expect(chainLanesOf(graph)?.map((l) => l.segments)).toEqual([1, 1, 0]);
  });
});
