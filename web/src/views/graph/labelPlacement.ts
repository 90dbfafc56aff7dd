/**
 * Keeps a sigma renderer's labels from overlapping: measures the labels of the nodes on screen,
 * lets `placeLabels` (core/appearance/labels.ts) choose which to draw and on which side, and
 * refreshes the nodes whose label changed. Runs again when the camera moves, the graph changes
 * (a layout moving nodes included) or the caller says the priorities changed (hover, selection,
 * language) — at most once a frame while zooming, once the camera rests after a pan (which moves
 * all labels alike), and for large graphs only once the camera rests, so motion stays smooth.
 * Used by the explorer and by the analysis graphs.
 */
import {
  placeLabels,
  type LabelCandidate,
  type LabelSide,
  type Obstacle,
} from '../../core/appearance/labels.ts';
import type { AtlasNodeAttributes } from '../../core/graph/types.ts';
import type { AtlasSigma } from './renderer.ts';

export type LabelPlan = ReadonlyMap<string, LabelSide>;

export interface LabelPlacement {
  /** Re-plans soon (the priorities changed). */
  schedule(): void;
  kill(): void;
}

/** Above this many nodes on screen, labels are planned when the camera rests, not while it moves. */
const largeGraph = 3000;
const restMs = 120;

/** Measures label widths with the canvas text metrics of the labels' font, remembering them. */
export function labelMeasurer(font: string): (label: string) => number {
  const cache = new Map<string, number>();
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  return (label) => {
    let width = cache.get(label);
    if (width === undefined) {
      width = context ? context.measureText(label).width : label.length * 8;
      cache.set(label, width);
    }
    return width;
  };
}

export function attachLabelPlacement(
  sigma: AtlasSigma,
  options: {
    /** Null when the node gets no label now. */
    priority: (node: string, attributes: AtlasNodeAttributes, degree: number) => number | null;
    onPlan: (plan: LabelPlan) => void;
    font: { family: string; size: number };
  },
): LabelPlacement {
  const graph = sigma.getGraph();
  const measure = labelMeasurer(`${options.font.size}px ${options.font.family}`);
  const lineHeight = Math.ceil(options.font.size * 1.25);
  let plan: LabelPlan = new Map();
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let killed = false;

  const plan_ = () => {
    frame = null;
    timer = null;
    if (killed) return;
    const { width, height } = sigma.getDimensions();
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [];
    graph.forEachNode((node, attributes) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.visibility === 'hidden') return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      if (x < -radius || x > width + radius || y < -radius || y > height + radius) return;
      obstacles.push({ id: node, x, y, radius });
      if (!data.label) return;
      const priority = options.priority(node, attributes, graph.degree(node));
      if (priority === null) return;
      candidates.push({
        id: node,
        x,
        y,
        radius,
        width: measure(data.label),
        height: lineHeight,
        priority,
      });
    });
    const next = placeLabels(candidates, obstacles, { width, height });
    const changed: string[] = [];
    for (const [node, side] of next) if (plan.get(node) !== side) changed.push(node);
    for (const node of plan.keys()) if (!next.has(node) && graph.hasNode(node)) changed.push(node);
    plan = next;
    options.onPlan(plan);
    if (changed.length === 0) return;
    const partialGraph = { nodes: changed };
    try {
      // Only these nodes' display data changed (their label): no re-indexing of the graph.
      sigma.refresh({ partialGraph, skipIndexation: true, schedule: true });
    } catch {
      // A node sigma has not placed in its programs yet (just added, or hidden): let it index.
      sigma.refresh({ partialGraph, schedule: true });
    }
  };

  const schedule = () => {
    if (killed) return;
    if (graph.order > largeGraph) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(plan_, restMs);
    } else if (frame === null) frame = requestAnimationFrame(plan_);
  };

  /** Plans once the camera rests (a pan moves every label alike: no new overlap meanwhile). */
  const scheduleAtRest = () => {
    if (killed) return;
    if (frame !== null) {
      cancelAnimationFrame(frame);
      frame = null;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(plan_, restMs);
  };

  const camera = sigma.getCamera();
  let ratio = camera.getState().ratio;
  // Zooming changes which labels collide: re-plan as it happens on small graphs.
  const onCamera = () => {
    const next = camera.getState().ratio;
    if (next !== ratio) {
      ratio = next;
      schedule();
    } else scheduleAtRest();
  };
  camera.on('updated', onCamera);
  const graphEvents = [
    'nodeAdded',
    'nodeDropped',
    'cleared',
    'nodeAttributesUpdated',
    'eachNodeAttributesUpdated',
  ] as const;
  for (const event of graphEvents) graph.on(event, schedule);
  sigma.on('resize', schedule);
  schedule();

  return {
    schedule,
    kill() {
      killed = true;
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
      camera.off('updated', onCamera);
      for (const event of graphEvents) graph.off(event, schedule);
      sigma.off('resize', schedule);
    },
  };
}
