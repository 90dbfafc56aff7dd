/**
 * The page the web benchmark drives (`scripts/bench/web.ts`): it draws generated graphs with the
 * explorer's own renderer (its reducers, colours, label placement) and with sigma as sigma's
 * large-graph example sets it up (attributes on the nodes, default settings), and measures in the
 * browser: frames per second while the camera pans and zooms, time to the first frame, and
 * ForceAtlas2 in its web worker until it settles. Each measurement is a function on
 * `window.atlasBench`, called by the harness on a fresh page.
 */
import { describeSchema } from '@chanjiao/graph-schema';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { displayContext } from '../../../web/src/core/appearance/index.ts';
import type { AtlasGraph } from '../../../web/src/core/graph/types.ts';
import { forceAtlas2Settings } from '../../../web/src/core/layout/forceAtlas2.ts';
import { indexSchema } from '../../../web/src/core/schema/index.ts';
import {
  createRenderer,
  type DisplayContextHolder,
} from '../../../web/src/views/graph/renderer.ts';
import { clusteredGraph, scatter } from './graph.ts';

export type RendererSetup = 'atlas' | 'sigma';

const schema = indexSchema(describeSchema());
const stage = document.getElementById('stage') as HTMLElement;

/** What a measurement needs of a renderer: its camera and its render events. */
interface Drawn {
  camera(): ReturnType<Sigma['getCamera']>;
  onRender(listener: () => void): () => void;
  kill(): void;
}

/** The explorer's renderer, as the explorer sets it up. */
function atlasRenderer(graph: AtlasGraph, settings: Record<string, unknown> = {}): Drawn {
  const holder: DisplayContextHolder = {
    current: displayContext(graph, {
      schema,
      language: 'zh',
      hiddenKinds: new Set(),
      selection: { hovered: null, selected: null },
      center: null,
    }),
  };
  // Labels are placed as in the explorer: createRenderer attaches the placement.
  const sigma = createRenderer(graph, stage, holder);
  sigma.setSettings(settings);
  return {
    camera: () => sigma.getCamera(),
    onRender(listener) {
      sigma.on('afterRender', listener);
      return () => sigma.off('afterRender', listener);
    },
    kill: () => sigma.kill(),
  };
}

/** Sigma as its large-graph example draws: colour, size (degree / 3) and label on the nodes. */
function sigmaRenderer(graph: AtlasGraph, settings: Record<string, unknown> = {}): Drawn {
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    size: graph.degree(node) / 3,
    color: schema.kinds.get(attributes.kind)?.colour ?? '#94a3b8',
    label: attributes.name_zh ?? node,
  }));
  const sigma = new Sigma(graph, stage, { settings });
  return {
    camera: () => sigma.getCamera(),
    onRender(listener) {
      sigma.on('afterRender', listener);
      return () => sigma.off('afterRender', listener);
    },
    kill: () => sigma.kill(),
  };
}

const draw = (setup: RendererSetup, graph: AtlasGraph, settings: Record<string, unknown> = {}) =>
  setup === 'atlas' ? atlasRenderer(graph, settings) : sigmaRenderer(graph, settings);

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Frames drawn per second while the camera pans in a circle and zooms in and out. */
async function panZoom(
  setup: RendererSetup,
  order: number,
  size: number,
  seconds: number,
  settings: Record<string, unknown> = {},
) {
  const drawn = draw(setup, clusteredGraph(order, size), settings);
  await wait(500);
  const intervals: number[] = [];
  let frames = 0;
  let last = performance.now();
  const onRender = () => {
    const now = performance.now();
    frames++;
    intervals.push(now - last);
    last = now;
  };
  const stopCounting = drawn.onRender(onRender);
  const camera = drawn.camera();
  const start = performance.now();
  for (;;) {
    const t = (performance.now() - start) / 1000;
    if (t >= seconds) break;
    camera.setState({
      x: 0.5 + 0.2 * Math.cos(t * 1.3),
      y: 0.5 + 0.2 * Math.sin(t * 1.3),
      ratio: 0.5 + 0.7 * Math.sin(t * 0.9) ** 2,
      angle: 0,
    });
    await nextFrame();
  }
  const elapsed = (performance.now() - start) / 1000;
  stopCounting();
  drawn.kill();
  return {
    fps: frames / elapsed,
    p95FrameMs: percentile(intervals.slice(1), 0.95),
    frames,
  };
}

/** From data in memory to the first frame on screen: building the graph, then drawing it. */
async function firstFrame(setup: RendererSetup, order: number, size: number) {
  await nextFrame();
  const t0 = performance.now();
  const graph = clusteredGraph(order, size);
  const t1 = performance.now();
  const drawn = draw(setup, graph);
  const t2 = performance.now();
  // The renderer draws when it is created; the frame is on screen at the next animation frame.
  await nextFrame();
  const t3 = performance.now();
  drawn.kill();
  return { buildMs: t1 - t0, createMs: t2 - t1, firstFrameMs: t3 - t1, totalMs: t3 - t0 };
}

/**
 * ForceAtlas2 in graphology's worker from scattered positions until it settles: the mean node
 * movement over half a second below 1 % of the layout's diameter, twice in a row. Also how long
 * the main thread's frames took meanwhile (the layout must not block it).
 */
async function layout(setup: RendererSetup, order: number, size: number, maxSeconds: number) {
  const graph = clusteredGraph(order, size);
  scatter(graph);
  const settings =
    setup === 'atlas' ? forceAtlas2Settings(order) : forceAtlas2.inferSettings(graph as never);
  const positions = () => {
    const xs = new Float64Array(graph.order);
    const ys = new Float64Array(graph.order);
    let i = 0;
    graph.forEachNode((_node, attributes) => {
      xs[i] = attributes.x;
      ys[i] = attributes.y;
      i++;
    });
    return { xs, ys };
  };
  const supervisor = new FA2LayoutSupervisor(graph as never, { settings, getEdgeWeight: null });
  const frameGaps: number[] = [];
  let watching = true;
  const watchFrames = async () => {
    let last = await nextFrame();
    while (watching) {
      const now = await nextFrame();
      frameGaps.push(now - last);
      last = now;
    }
  };
  const watcher = watchFrames();
  const start = performance.now();
  supervisor.start();
  let previous = positions();
  let calm = 0;
  let settledAt: number | null = null;
  while ((performance.now() - start) / 1000 < maxSeconds) {
    await wait(500);
    const current = positions();
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < current.xs.length; i++) {
      const x = current.xs[i] as number;
      const y = current.ys[i] as number;
      moved += Math.hypot(x - (previous.xs[i] as number), y - (previous.ys[i] as number));
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const diameter = Math.max(maxX - minX, maxY - minY, 1e-9);
    const relative = moved / current.xs.length / diameter;
    calm = relative < 0.01 ? calm + 1 : 0;
    previous = current;
    if (calm >= 2) {
      settledAt = (performance.now() - start) / 1000;
      break;
    }
  }
  supervisor.kill();
  watching = false;
  await watcher;
  return {
    settledSeconds: settledAt,
    maxSeconds,
    mainThreadP95FrameMs: percentile(frameGaps, 0.95),
    mainThreadMaxFrameMs: Math.max(0, ...frameGaps),
  };
}

declare global {
  interface Window {
    atlasBench: {
      panZoom: typeof panZoom;
      firstFrame: typeof firstFrame;
      layout: typeof layout;
    };
  }
}

window.atlasBench = { panZoom, firstFrame, layout };
document.body.dataset.ready = 'true';
