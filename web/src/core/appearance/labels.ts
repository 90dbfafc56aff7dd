/**
 * Which labels to draw so that none overlaps another or covers a node. Sigma's own label grid
 * keeps one label per grid cell, which still lets long labels run over their neighbours; here
 * every candidate label is a box in screen pixels, taken in order of priority (the selected and
 * hovered nodes first, then the opened node, then kinds the schema draws larger and busier nodes)
 * and drawn on the right of its node, or else on the left, only where it touches no label drawn
 * before it and no other node. A uniform grid of buckets keeps this linear in the nodes on screen.
 */

export type LabelSide = 'right' | 'left';

export interface LabelCandidate {
  id: string;
  /** The node's centre and radius, in viewport pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's size in pixels. */
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
}

export interface Obstacle {
  id: string;
  x: number;
  y: number;
  radius: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pixels between a node and its label, and kept free around each label. */
export const labelGap = 3;
const bucketSize = 64;

class BoxGrid {
  private readonly buckets = new Map<number, Box[]>();

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const x1 = Math.floor(box.x1 / bucketSize);
    const x2 = Math.floor(box.x2 / bucketSize);
    const y1 = Math.floor(box.y1 / bucketSize);
    const y2 = Math.floor(box.y2 / bucketSize);
    // Viewport coordinates stay well within ±2^15 buckets, so one number can key a bucket.
    for (let bx = x1; bx <= x2; bx++) for (let by = y1; by <= y2; by++) keys.push(bx * 65536 + by);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(box);
      else this.buckets.set(key, [box]);
    }
  }

  hits(box: Box): boolean {
    for (const key of this.keys(box))
      for (const other of this.buckets.get(key) ?? [])
        if (box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2)
          return true;
    return false;
  }
}

function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const y1 = c.y - c.height / 2 - labelGap / 2;
  const y2 = c.y + c.height / 2 + labelGap / 2;
  return side === 'right'
    ? { x1: c.x + c.radius + labelGap, y1, x2: c.x + c.radius + labelGap + c.width, y2 }
    : { x1: c.x - c.radius - labelGap - c.width, y1, x2: c.x - c.radius - labelGap, y2 };
}

/**
 * The labels to draw and on which side. `obstacles` are the nodes on screen: no label may cover
 * one (its own node excepted). Candidates whose label would leave `viewport` on both sides are
 * skipped.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Obstacle[],
  viewport: { width: number; height: number },
): Map<string, LabelSide> {
  const nodes = new BoxGrid();
  for (const o of obstacles)
    nodes.add({ x1: o.x - o.radius, y1: o.y - o.radius, x2: o.x + o.radius, y2: o.y + o.radius });
  const labels = new BoxGrid();
  const placed = new Map<string, LabelSide>();
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const inside = (box: Box) =>
    box.x1 >= 0 && box.x2 <= viewport.width && box.y1 >= 0 && box.y2 <= viewport.height;
  for (const candidate of ordered) {
    // A label box starts past its own node's disc, so the node is never in its own way.
    for (const side of ['right', 'left'] as const) {
      const box = labelBox(candidate, side);
      if (!inside(box) || labels.hits(box) || nodes.hits(box)) continue;
      labels.add(box);
      placed.set(candidate.id, side);
      break;
    }
  }
  return placed;
}
