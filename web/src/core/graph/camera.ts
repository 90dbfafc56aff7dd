/**
 * "Fit" that leaves room for what floats over the canvas. The legend, the toolbar, notices and (on
 * phones) the details sheet cover parts of the graph; fitting to the whole canvas hides the nodes
 * under them. These pure functions find the largest part of the canvas that no overlay covers
 * and the zoom that fits the graph's box into it; the view turns that into a camera move.
 * Rectangles are in viewport pixels.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const area = (r: Rect) => Math.max(0, r.width) * Math.max(0, r.height);

function intersects(a: Rect, b: Rect): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

/**
 * The part of `canvas` (inset by `margin`) that the overlays leave free. Each overlay, the largest
 * first, is cut away along the one side that keeps the most room: the legend in the top-left
 * corner of a wide canvas takes a strip on the left, the toolbar along the bottom a strip at the
 * bottom. Overlays outside the free part cost nothing. Never less than a quarter of each side of
 * the canvas, so that a screen full of overlays still shows a graph.
 */
export function freeArea(canvas: Rect, overlays: readonly Rect[], margin = 12): Rect {
  let free: Rect = {
    x: canvas.x + margin,
    y: canvas.y + margin,
    width: canvas.width - 2 * margin,
    height: canvas.height - 2 * margin,
  };
  const sorted = [...overlays].filter((o) => area(o) > 0).sort((a, b) => area(b) - area(a));
  for (const overlay of sorted) {
    if (!intersects(free, overlay)) continue;
    const cuts: Rect[] = [
      { ...free, x: right(overlay) + margin, width: right(free) - right(overlay) - margin },
      { ...free, width: overlay.x - margin - free.x },
      { ...free, y: bottom(overlay) + margin, height: bottom(free) - bottom(overlay) - margin },
      { ...free, height: overlay.y - margin - free.y },
    ];
    const best = cuts.reduce((a, b) => (area(b) > area(a) ? b : a));
    if (best.width >= canvas.width / 4 && best.height >= canvas.height / 4) free = best;
  }
  return free;
}

/**
 * How much to zoom so that `box` (the graph as drawn at the default camera) fits in `free`: the
 * camera ratio to multiply the default by (above 1 zooms out). Clamped so that a single node is
 * not blown up to fill the screen.
 */
export function fitRatio(box: Rect, free: Rect, minimum = 0.5): number {
  if (free.width <= 0 || free.height <= 0) return 1;
  const ratio = Math.max(box.width / free.width, box.height / free.height);
  return Number.isFinite(ratio) && ratio > 0 ? Math.max(minimum, ratio) : 1;
}

export function centreOf(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The smallest rectangle holding every box (null for none). */
export function boundingBox(boxes: Iterable<Rect>): Rect | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, right(b));
    y2 = Math.max(y2, bottom(b));
  }
  return Number.isFinite(x1) ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : null;
}
