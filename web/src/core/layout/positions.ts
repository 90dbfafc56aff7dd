/**
 * Initial positions, before ForceAtlas2 takes over: a neighbourhood on a circle around its centre,
 * and the new nodes of an expansion scattered around the node they came from. Both are seeded, so
 * the same data gives the same start (and, the layout being deterministic, the same picture).
 */
import { seededRandom } from '../utils/random.ts';

export interface Point {
  x: number;
  y: number;
}

/** Nodes evenly on a circle (radius grows with their number), shuffled and jittered by `seed`. */
export function circlePositions(ids: readonly string[], seed: number): Map<string, Point> {
  const random = seededRandom(seed);
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  const radius = 10 * Math.sqrt(Math.max(order.length, 1));
  const offset = random() * 2 * Math.PI;
  const positions = new Map<string, Point>();
  order.forEach((id, i) => {
    const angle = offset + (2 * Math.PI * i) / order.length;
    const r = radius * (0.85 + 0.3 * random());
    positions.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return positions;
}

/** Nodes scattered in a ring of about `radius` around `origin`. */
export function positionsAround(
  origin: Point,
  ids: readonly string[],
  seed: number,
  radius: number,
): Map<string, Point> {
  const random = seededRandom(seed);
  const positions = new Map<string, Point>();
  for (const id of ids) {
    const angle = random() * 2 * Math.PI;
    const r = radius * (0.5 + random());
    positions.set(id, { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) });
  }
  return positions;
}
