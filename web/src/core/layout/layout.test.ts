import { describe, expect, it } from 'vitest';
import { forceAtlas2Settings } from './forceAtlas2.ts';
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
