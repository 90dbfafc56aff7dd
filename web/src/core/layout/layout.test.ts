import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import { forceAtlas2Settings } from './forceAtlas2.ts';
import { forceAtlas2Steps } from './forceAtlas2Steps.ts';
import { circlePositions, positionsAround } from './positions.ts';

describe('circlePositions', () => {
  const ids = Array.from({ length: 25 }, (_, i) => `Course:c${i}`);

  it('places every node once, the same way for the same seed', () => {
    const a = circlePositions(ids, 7);
    expect(a.size).toBe(25);
    expect([...circlePositions(ids, 7).entries()]).toEqual([...a.entries()]);
    expect(circlePositions(ids, 8).get('Course:c0')).not.toEqual(a.get('Course:c0'));
  });

  it('keeps nodes near a circle whose radius grows with their number', () => {
    for (const { x, y } of circlePositions(ids, 1).values()) {
      const r = Math.hypot(x, y);
      expect(r).toBeGreaterThanOrEqual(50 * 0.85 - 1e-9);
      expect(r).toBeLessThanOrEqual(50 * 1.15 + 1e-9);
    }
  });
});

describe('positionsAround', () => {
  it('scatters new nodes within 1.5 radii of the origin', () => {
    const positions = positionsAround({ x: 100, y: -40 }, ['a', 'b', 'c'], 3, 10);
    for (const { x, y } of positions.values()) {
      const r = Math.hypot(x - 100, y + 40);
      expect(r).toBeGreaterThanOrEqual(5);
      expect(r).toBeLessThanOrEqual(15);
    }
  });
});

describe('forceAtlas2Settings', () => {
  it('infers settings from the graph size (Barnes–Hut only for large graphs)', () => {
    expect(forceAtlas2Settings(150)).toMatchObject({
      barnesHutOptimize: false,
      strongGravityMode: true,
    });
    expect(forceAtlas2Settings(5000).barnesHutOptimize).toBe(true);
  });
});

describe('forceAtlas2Steps', () => {
  function star() {
    const graph = createAtlasGraph();
    graph.addNode('Chain:c', { kind: 'Chain', key: 'c', x: 0, y: 0 });
    for (const [i, { x, y }] of [...circlePositions(['a', 'b', 'c', 'd'], 3).values()].entries()) {
      graph.addNode(`Segment:${i}`, { kind: 'Segment', key: String(i), x, y });
      graph.addDirectedEdgeWithKey(`e${i}`, `Segment:${i}`, 'Chain:c', { rel: 'PART_OF' });
    }
    return graph;
  }

  it('moves the nodes, the same way for the same start (in place outside a browser)', async () => {
    const a = star();
    const b = star();
    const before = { ...a.getNodeAttributes('Segment:0') };
    await forceAtlas2Steps(a, 50);
    await forceAtlas2Steps(b, 50);
    expect(a.getNodeAttributes('Segment:0')).not.toEqual(before);
    expect(a.mapNodes((_n, { x, y }) => [x, y])).toEqual(b.mapNodes((_n, { x, y }) => [x, y]));
  });
});
