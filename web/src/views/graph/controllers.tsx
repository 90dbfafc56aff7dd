/**
 * Components that render nothing and wire sigma to the explorer's state, as Gephi Lite's
 * controllers do: reducers follow the state, pointer events change hover/selection and expand
 * nodes, camera requests move the camera, and every render publishes the node count on
 * `document.body.dataset.graphNodes` for end-to-end tests.
 */
import { useEffect } from 'react';
import { hiddenKindsAtom } from '../../core/filters/index.ts';
import { atlasGraph, explorerAtom, graphSummaryAtom } from '../../core/graph/index.ts';
import { languageAtom } from '../../core/i18n/index.ts';
import { layoutModeAtom } from '../../core/layout/index.ts';
import { schemaAtom } from '../../core/schema/index.ts';
import { hoveredEdgeAtom, nodeHovered, selectionAtom } from '../../core/selection/index.ts';
import { useExplorerActions } from '../shell/navigation.ts';
import { fitCamera } from './fit.ts';
import {
  currentDisplayContext,
  maxPickedEdges,
  type AtlasSigma,
  type DisplayContextHolder,
} from './renderer.ts';

/** What the display context is built from: a change in any of them redraws. */
const displaySources = [
  languageAtom,
  schemaAtom,
  hiddenKindsAtom,
  selectionAtom,
  explorerAtom,
  hoveredEdgeAtom,
];

export function ReducersController({
  sigma,
  context,
}: {
  sigma: AtlasSigma;
  context: DisplayContextHolder;
}) {
  useEffect(() => {
    const update = () => {
      context.current = currentDisplayContext(atlasGraph);
      // Relationship names are drawn only while something is hovered; the rest of the time
      // sigma need not look for edge labels at all.
      const naming = context.current.hovered !== null || context.current.hoveredEdge !== null;
      if (sigma.getSetting('renderEdgeLabels') !== naming)
        sigma.setSetting('renderEdgeLabels', naming);
      // Picking relationships under the pointer costs a pass over every edge on each move.
      const edgeEvents = atlasGraph.size <= maxPickedEdges;
      if (sigma.getSetting('enableEdgeEvents') !== edgeEvents)
        sigma.setSetting('enableEdgeEvents', edgeEvents);
      sigma.refresh({ schedule: true });
    };
    // The graph's size decides whether relationships are picked.
    const sources = [...displaySources, graphSummaryAtom];
    const unsubscribes = sources.map((source) => source.subscribe(update));
    update();
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [sigma, context]);
  return null;
}

export function EventsController({ sigma }: { sigma: AtlasSigma }) {
  const { select, expand } = useExplorerActions();
  useEffect(() => {
    const publishOrder = () => {
      document.body.dataset.graphNodes = String(atlasGraph.order);
    };
    publishOrder();
    const handlers = {
      enterNode: ({ node }: { node: string }) => selectionAtom.set(nodeHovered(node)),
      leaveNode: () => selectionAtom.set(nodeHovered(null)),
      enterEdge: ({ edge }: { edge: string }) => hoveredEdgeAtom.set(edge),
      leaveEdge: () => hoveredEdgeAtom.set(null),
      clickNode: ({ node }: { node: string }) => select(node),
      clickStage: () => {
        if (selectionAtom.get().selected !== null) select(null);
      },
      doubleClickNode: (payload: { node: string; preventSigmaDefault(): void }) => {
        // Double-click expands the node (and selects it); sigma would otherwise also zoom in.
        payload.preventSigmaDefault();
        expand(payload.node);
      },
      afterRender: publishOrder,
    };
    sigma.on('enterNode', handlers.enterNode);
    sigma.on('leaveNode', handlers.leaveNode);
    sigma.on('enterEdge', handlers.enterEdge);
    sigma.on('leaveEdge', handlers.leaveEdge);
    sigma.on('clickNode', handlers.clickNode);
    sigma.on('clickStage', handlers.clickStage);
    sigma.on('doubleClickNode', handlers.doubleClickNode);
    sigma.on('afterRender', handlers.afterRender);
    return () => {
      sigma.off('enterNode', handlers.enterNode);
      sigma.off('leaveNode', handlers.leaveNode);
      sigma.off('enterEdge', handlers.enterEdge);
      sigma.off('leaveEdge', handlers.leaveEdge);
      hoveredEdgeAtom.set(null);
      sigma.off('clickNode', handlers.clickNode);
      sigma.off('clickStage', handlers.clickStage);
      sigma.off('doubleClickNode', handlers.doubleClickNode);
      sigma.off('afterRender', handlers.afterRender);
    };
  }, [sigma, select, expand]);
  return null;
}

const cameraMs = 400;
/** How long the overlays take to fold and unfold (their CSS transitions, with room to spare). */
const overlayMs = 320;

/**
 * Camera requests (fit, zoom, go to a node) from the explorer's state. A fit leaves room for the
 * overlays (see `fit.ts`) and is done again when the layout settles, unless the reader has moved
 * the camera since: the graph keeps its shape while they look around.
 */
export function CameraController({ sigma }: { sigma: AtlasSigma }) {
  useEffect(() => {
    let lastNonce = explorerAtom.get().camera?.nonce ?? 0;
    let moved = false;
    const onMoved = () => {
      moved = true;
    };
    const mouse = sigma.getMouseCaptor();
    const touch = sigma.getTouchCaptor();
    mouse.on('wheel', onMoved);
    mouse.on('mousedown', onMoved);
    touch.on('touchdown', onMoved);

    const unsubscribeCamera = explorerAtom.subscribe(({ camera: request }) => {
      if (!request || request.nonce === lastNonce) return;
      lastNonce = request.nonce;
      const camera = sigma.getCamera();
      switch (request.type) {
        case 'fit':
          if (request.soft) {
            // An overlay changed size: measure once its transition is over.
            if (!moved) setTimeout(() => !moved && fitCamera(sigma, cameraMs), overlayMs);
            break;
          }
          moved = false;
          // After sigma has drawn the graph as it now is (a fit often follows a fresh graph).
          sigma.once('afterRender', () => fitCamera(sigma, cameraMs));
          sigma.scheduleRender();
          break;
        case 'zoom':
          moved = true;
          void (request.direction === 'in'
            ? camera.zoomIn({ duration: cameraMs })
            : camera.zoomOut({ duration: cameraMs }));
          break;
        case 'node': {
          moved = true;
          // Wait for sigma to have drawn the node (it may have just been added).
          const go = () => {
            const data = sigma.getNodeDisplayData(request.node);
            if (!data) return;
            void camera.animate(
              { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) },
              { duration: cameraMs },
            );
          };
          sigma.once('afterRender', go);
          sigma.scheduleRender();
          break;
        }
      }
    });

    let running = layoutModeAtom.get().type === 'running';
    const unsubscribeLayout = layoutModeAtom.subscribe((mode) => {
      const now = mode.type === 'running';
      if (running && !now && !moved) fitCamera(sigma, cameraMs);
      running = now;
    });

    return () => {
      mouse.off('wheel', onMoved);
      mouse.off('mousedown', onMoved);
      touch.off('touchdown', onMoved);
      unsubscribeCamera();
      unsubscribeLayout();
    };
  }, [sigma]);
  return null;
}
