/**
 * The sigma canvas of an analysis view, with the explorer's renderer look and the analysis visual
 * getters. Clicking a node picks it (the view highlights its row), clicking the stage un-picks,
 * double-clicking opens the node in the explorer, hovering highlights its neighbours. A refilled
 * graph (a new answer) resets the camera. The toolbar exports the graph (PNG, GEXF, GraphML); when
 * the page is printed, the canvas is replaced by a picture of it taken as printing starts. Renderer
 * and layout are killed on unmount.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { analysisHoverAtom, namesAtom } from '../../core/analysis/index.ts';
import {
  analysisDisplayContext,
  analysisEdgeDisplay,
  analysisNodeDisplay,
  type AnalysisDisplayContext,
} from '../../core/analysis/visuals.ts';
import type { AtlasGraph } from '../../core/graph/index.ts';
import { languageAtom } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import {
  layoutDurations,
  layoutModeAtom,
  startLayout,
  stopLayout,
} from '../../core/layout/index.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { LaneHeadings } from '../graph/LaneHeadings.tsx';
import { createSigma, type AtlasSigma } from '../graph/renderer.ts';
import { stageToDataUrl } from '../../core/export/index.ts';
import { GraphExport } from '../export/GraphExport.tsx';
import { useExplorerActions } from '../shell/navigation.ts';

const cameraMs = 300;

/** Pixels one row of a chain layout (one graph unit) takes when a picture is opened to be read. */
const readableRowPx = 24;

type CameraState = { x: number; y: number; ratio: number; angle: number };

/**
 * The camera centred on `node` at a scale where a row of labels is readable, or `fitted` when the
 * whole picture is readable already (or the node is not drawn). A graph unit's size on screen at
 * ratio 1 comes from the renderer, which knows the canvas and the graph's extent.
 */
function readableCamera(
  renderer: AtlasSigma,
  graph: AtlasGraph,
  node: string | null | undefined,
  fitted: CameraState,
): CameraState {
  if (!node || !graph.hasNode(node)) return fitted;
  const whole = { cameraState: { ...fitted, ratio: 1 } };
  const rowPx = Math.abs(
    renderer.graphToViewport({ x: 0, y: 1 }, whole).y -
      renderer.graphToViewport({ x: 0, y: 0 }, whole).y,
  );
  const ratio = rowPx / readableRowPx;
  if (!(ratio > 0) || ratio >= fitted.ratio) return fitted;
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  const centred = { ...renderer.graphToFramedGraph({ x, y }), ratio, angle: 0 };
  return clampToTop(renderer, graph, centred);
}

/** Viewport pixels left above the picture's top-most node when a camera is moved to show it. */
const topRoomPx = 72;

/**
 * The camera moved down the picture when centring it would leave empty canvas above the top-most
 * node (a chain's node heads its lanes: centred on it, the upper half of the canvas is blank).
 */
function clampToTop(renderer: AtlasSigma, graph: AtlasGraph, camera: CameraState): CameraState {
  const at = { cameraState: camera };
  let top = Infinity;
  graph.forEachNode((_node, attributes) => {
    const { x, y } = attributes as { x: number; y: number };
    top = Math.min(top, renderer.graphToViewport({ x, y }, at).y);
  });
  const shift = top - topRoomPx;
  if (!Number.isFinite(shift) || shift <= 0) return camera;
  const { width, height } = renderer.getDimensions();
  const centre = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 + shift }, at);
  return { ...camera, x: centre.x, y: centre.y };
}

function currentContext(
  graph: AtlasGraph,
  focus: ReadonlySet<string> | null,
): AnalysisDisplayContext {
  return analysisDisplayContext(graph, {
    schema: readySchema(schemaAtom.get()),
    language: languageAtom.get(),
    names: namesAtom.get(),
    focus,
    hovered: analysisHoverAtom.get(),
  });
}

export function AnalysisGraph({
  graph,
  focus,
  onPickNode,
  canRelayout = false,
  fitRatio = 1,
  label,
  exportName,
  children,
  tools,
  readableAt,
}: {
  graph: AtlasGraph;
  /** The picked row's nodes, drawn forward; null when nothing is picked. */
  focus: ReadonlySet<string> | null;
  onPickNode: (node: string | null) => void;
  canRelayout?: boolean;
  /** Camera ratio when fitting; above 1 leaves room for labels near the canvas edges. */
  fitRatio?: number;
  label: string;
  /** The name of exported files (the view and its subject); defaults to the label. */
  exportName?: string;
  /** Overlays: a legend. */
  children?: ReactNode;
  /** More toolbar buttons of the view (e.g. opening the graph large). */
  tools?: ReactNode;
  /**
   * A node to open the picture on at a readable scale (one row of labels about 24 px), instead of
   * fitting the whole: for a dense picture given a large canvas. "Fit" still shows the whole.
   */
  readableAt?: string | null;
}) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const contextRef = useRef<AnalysisDisplayContext>(currentContext(graph, focus));
  const focusRef = useRef(focus);
  const onPickRef = useRef(onPickNode);
  const { open } = useExplorerActions();
  const openRef = useRef(open);
  const readableRef = useRef(readableAt);
  const [sigma, setSigma] = useState<AtlasSigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [printImage, setPrintImage] = useState<string | null>(null);
  const layout = useAtomValue(layoutModeAtom);

  // A WebGL canvas does not print reliably: print a picture of it taken as printing starts.
  useEffect(() => {
    if (!sigma) return;
    const snapshot = () => {
      try {
        setPrintImage(graph.order > 0 ? stageToDataUrl(sigma) : null);
      } catch {
        setPrintImage(null);
      }
    };
    window.addEventListener('beforeprint', snapshot);
    return () => window.removeEventListener('beforeprint', snapshot);
  }, [sigma, graph]);

  useEffect(() => {
    onPickRef.current = onPickNode;
    openRef.current = open;
  }, [onPickNode, open]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let renderer: AtlasSigma;
    try {
      renderer = createSigma(
        graph,
        container,
        {
          node: (node, attributes) => analysisNodeDisplay(node, attributes, contextRef.current),
          edge: (edge, attributes, g) => {
            const [source, target] = g.extremities(edge);
            return analysisEdgeDisplay(attributes, source, target, contextRef.current);
          },
        },
        { stagePadding: 40 },
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    setFailure(null);
    setSigma(renderer);
    const fitted = { x: 0.5, y: 0.5, ratio: fitRatio, angle: 0 };
    const initial = () => readableCamera(renderer, graph, readableRef.current, fitted);
    renderer.getCamera().setState(initial());
    const observer = new ResizeObserver(() => renderer.refresh({ schedule: true }));
    observer.observe(container);

    const publishOrder = () => {
      container.dataset.nodes = String(graph.order);
    };
    publishOrder();
    const resetCamera = () =>
      renderer.once('afterRender', () => renderer.getCamera().setState(initial()));
    const handlers = {
      enterNode: ({ node }: { node: string }) => analysisHoverAtom.set(node),
      leaveNode: () => analysisHoverAtom.set(null),
      clickNode: ({ node }: { node: string }) => onPickRef.current(node),
      clickStage: () => onPickRef.current(null),
      doubleClickNode: (payload: { node: string; preventSigmaDefault(): void }) => {
        payload.preventSigmaDefault();
        openRef.current(payload.node);
      },
    };
    renderer.on('enterNode', handlers.enterNode);
    renderer.on('leaveNode', handlers.leaveNode);
    renderer.on('clickNode', handlers.clickNode);
    renderer.on('clickStage', handlers.clickStage);
    renderer.on('doubleClickNode', handlers.doubleClickNode);
    renderer.on('afterRender', publishOrder);
    graph.on('cleared', resetCamera);

    return () => {
      graph.off('cleared', resetCamera);
      observer.disconnect();
      stopLayout(graph);
      renderer.kill();
      analysisHoverAtom.set(null);
      setSigma(null);
    };
  }, [graph, fitRatio]);

  // A new node to read at moves the camera there (the first one is taken when the canvas opens).
  useEffect(() => {
    if (readableRef.current === readableAt) return;
    readableRef.current = readableAt;
    if (!sigma || readableAt === undefined) return;
    const fitted = { x: 0.5, y: 0.5, ratio: fitRatio, angle: 0 };
    void sigma
      .getCamera()
      .animate(readableCamera(sigma, graph, readableAt, fitted), { duration: cameraMs });
  }, [sigma, graph, readableAt, fitRatio]);

  // Refill the display context (and redraw) when what the getters read changes.
  useEffect(() => {
    focusRef.current = focus;
    const update = () => {
      contextRef.current = currentContext(graph, focusRef.current);
      sigma?.refresh({ schedule: true });
    };
    const sources = [languageAtom, schemaAtom, namesAtom, analysisHoverAtom];
    const unsubscribes = sources.map((source) => source.subscribe(update));
    update();
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [graph, focus, sigma]);

  const running = layout.type === 'running';
  return (
    <section className="analysis-graph" aria-label={label}>
      <div ref={containerRef} className="graph-canvas" data-testid="analysis-graph" />
      {sigma && <LaneHeadings sigma={sigma} graph={graph} />}
      {printImage && <img className="graph-print-image" src={printImage} alt={label} />}
      {failure && (
        <div className="graph-failure" role="alert">
          {t('graph.webglFailed', { message: failure })}
        </div>
      )}
      {children}
      <div className="analysis-graph-toolbar">
        <div className="toolbar-buttons" role="toolbar">
          {canRelayout && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => startLayout(graph, layoutDurations.full)}
              disabled={running}
            >
              {running ? t('graph.layoutRunning') : t('graph.relayout')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() =>
              void sigma
                ?.getCamera()
                .animate({ x: 0.5, y: 0.5, ratio: fitRatio, angle: 0 }, { duration: cameraMs })
            }
          >
            {t('graph.fit')}
          </button>
          <GraphExport graph={graph} renderer={sigma} name={exportName ?? label} />
          {tools}
        </div>
        <p className="graph-help">{t('analysis.graphHelp')}</p>
      </div>
    </section>
  );
}
