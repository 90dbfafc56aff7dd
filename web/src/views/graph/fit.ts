/**
 * Fitting a sigma camera to the graph within the part of the canvas no overlay covers (see
 * `core/graph/camera.ts`). Overlays mark themselves with `data-graph-overlay`; those of the view
 * the canvas is in (legend, toolbar, notices, the phone's details sheet) are measured when the fit
 * is asked for, so a folded legend or an open sheet are taken into account as they are.
 */
import type { CameraState } from 'sigma/types';
import { boundingBox, centreOf, fitRatio, freeArea, type Rect } from '../../core/graph/camera.ts';
import { chainLanesOf } from '../../core/layout/index.ts';
import type { AtlasSigma } from './renderer.ts';

const defaultCamera: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** Pixels a label may reach past its node on the right, at most, when fitting. */
const labelAllowance = 140;

/** The boxes of what floats over `container`, relative to it. */
function overlayRects(container: HTMLElement): Rect[] {
  const scope = container.closest('main') ?? container.parentElement ?? document.body;
  const origin = container.getBoundingClientRect();
  return [...scope.querySelectorAll<HTMLElement>('[data-graph-overlay]')]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      x: r.left - origin.left,
      y: r.top - origin.top,
      width: r.width,
      height: r.height,
    }));
}

/** Roughly how wide a label is drawn: CJK characters are square, others about half as wide. */
export function labelWidth(label: string, fontSize = 13): number {
  let width = 0;
  for (const char of label)
    width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.55;
  return width;
}

/** The camera that shows every visible node of `sigma`'s graph in the canvas's free part. */
export function fittedCamera(sigma: AtlasSigma): CameraState {
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) return defaultCamera;
  const discs: Rect[] = [];
  let rightmost = -Infinity;
  let rightLabel = 0;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.visibility === 'hidden') return;
    const p = sigma.framedGraphToViewport(data, { cameraState: defaultCamera });
    const r = sigma.scaleSize(data.size, 1);
    discs.push({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
    if (p.x > rightmost + 1) {
      rightmost = p.x;
      rightLabel = data.label ? labelWidth(data.label) : 0;
    } else if (p.x >= rightmost - 1 && data.label)
      rightLabel = Math.max(rightLabel, labelWidth(data.label));
  });
  // A chain's lanes belong to the picture too (their bands reach past the last node).
  for (const lane of chainLanesOf(sigma.getGraph()) ?? []) {
    const topLeft = sigma.graphToViewport({ x: lane.x, y: lane.y }, { cameraState: defaultCamera });
    const bottomRight = sigma.graphToViewport(
      { x: lane.x + lane.width, y: lane.y - lane.height },
      { cameraState: defaultCamera },
    );
    discs.push({
      x: topLeft.x,
      y: topLeft.y,
      width: bottomRight.x - topLeft.x,
      height: bottomRight.y - topLeft.y,
    });
  }
  const box = boundingBox(discs);
  if (!box) return defaultCamera;
  const free = freeArea({ x: 0, y: 0, width, height }, overlayRects(container));
  // Leave room on the right for the labels of the rightmost nodes.
  const room = {
    ...free,
    width: Math.max(free.width / 2, free.width - Math.min(labelAllowance, rightLabel)),
  };
  const ratio = fitRatio(box, room);
  const boxCentre = sigma.viewportToFramedGraph(centreOf(box), { cameraState: defaultCamera });
  const probe = { ...defaultCamera, ratio };
  const target = sigma.viewportToFramedGraph(centreOf(room), { cameraState: probe });
  const middle = sigma.viewportToFramedGraph(
    { x: width / 2, y: height / 2 },
    { cameraState: probe },
  );
  return {
    x: boxCentre.x - (target.x - middle.x),
    y: boxCentre.y - (target.y - middle.y),
    ratio,
    angle: 0,
  };
}

export function fitCamera(sigma: AtlasSigma, duration = 400): void {
  const camera = fittedCamera(sigma);
  if (duration > 0) void sigma.getCamera().animate(camera, { duration });
  else sigma.getCamera().setState(camera);
}
