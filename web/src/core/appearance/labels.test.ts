import { describe, expect, it } from 'vitest';
import { labelGap, placeLabels, type LabelCandidate } from './labels.ts';

const viewport = { width: 800, height: 600 };
const node = (id: string, x: number, y: number, priority = 0, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  radius: 5,
  width,
  height: 14,
  priority,
});
const obstaclesOf = (nodes: LabelCandidate[]) =>
  nodes.map(({ id, x, y, radius }) => ({ id, x, y, radius }));

/** Every drawn label's box, to check that no two overlap. */
function boxes(nodes: LabelCandidate[], placed: Map<string, 'right' | 'left'>) {
  return nodes
    .filter((n) => placed.has(n.id))
    .map((n) => {
      const x1 =
        placed.get(n.id) === 'right'
          ? n.x + n.radius + labelGap
          : n.x - n.radius - labelGap - n.width;
      return { id: n.id, x1, x2: x1 + n.width, y1: n.y - n.height / 2, y2: n.y + n.height / 2 };
    });
}

describe('placeLabels', () => {
  it('draws a label on the right when there is room', () => {
    const nodes = [node('a', 100, 100), node('b', 100, 200)];
    expect(placeLabels(nodes, obstaclesOf(nodes), viewport)).toEqual(
      new Map([
        ['a', 'right'],
        ['b', 'right'],
      ]),
    );
  });

  it('moves a label to the left, or leaves it out, rather than overlap', () => {
    // b's right label would run into c's node; its left side is free.
    const nodes = [node('a', 100, 100, 3), node('b', 200, 100, 2), node('c', 240, 100, 1)];
    const placed = placeLabels(nodes, obstaclesOf(nodes), viewport);
    expect(placed.get('a')).toBe('right');
    // a's label (108–168) leaves no room on b's left either (132–192): b goes without.
    expect(placed.has('b')).toBe(false);
    expect(placed.get('c')).toBe('right');
  });

  it('gives the higher priority the place when two labels compete', () => {
    const nodes = [node('low', 100, 100, 1), node('high', 100, 108, 9)];
    const placed = placeLabels(nodes, obstaclesOf(nodes), viewport);
    expect(placed).toEqual(
      new Map([
        ['high', 'right'],
        ['low', 'left'],
      ]),
    );
    // With no room on the left either, only the higher priority is drawn.
    const edge = [node('low', 10, 100, 1), node('high', 10, 108, 9)];
    expect([...placeLabels(edge, obstaclesOf(edge), viewport).keys()]).toEqual(['high']);
  });

  it('never lets two drawn labels overlap or cover a node, in a dense random graph', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const nodes = Array.from({ length: 600 }, (_, i) =>
      node(`n${i}`, random() * 800, random() * 600, random() * 10, 20 + random() * 100),
    );
    const placed = placeLabels(nodes, obstaclesOf(nodes), viewport);
    expect(placed.size).toBeGreaterThan(20);
    const drawn = boxes(nodes, placed);
    for (const [i, a] of drawn.entries()) {
      expect(a.x1).toBeGreaterThanOrEqual(0);
      expect(a.x2).toBeLessThanOrEqual(viewport.width);
      for (const b of drawn.slice(i + 1))
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id}/${b.id}`).toBe(
          false,
        );
      for (const n of nodes) {
        if (n.id === a.id) continue;
        const covers =
          n.x + n.radius > a.x1 &&
          n.x - n.radius < a.x2 &&
          n.y + n.radius > a.y1 &&
          n.y - n.radius < a.y2;
        expect(covers, `${a.id} covers ${n.id}`).toBe(false);
      }
    }
  });
});
