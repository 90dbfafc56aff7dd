/**
 * Components that render nothing and wire sigma to the explorer's state, as Gephi Lite's
 * controllers do: reducers follow the state, pointer events change hover/selection and expand
 * nodes, camera requests move the camera, and every render publishes the node count on
 * `document.body.dataset.graphNodes` for end-to-end tests.
 */
import { useEffect } from 'react';
import { hiddenKindsAtom } from '../../core/filters/index.ts';
import { atlasGraph, explorerAtom } from '../../core/graph/index.ts';
import { languageAtom } from '../../core/i18n/index.ts';
import { schemaAtom } from '../../core/schema/index.ts';
import { nodeHovered, selectionAtom } from '../../core/selection/index.ts';
import { useExplorerActions } from '../shell/navigation.ts';
import { currentDisplayContext, type AtlasSigma, type DisplayContextHolder } from './renderer.ts';

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
      sigma.refresh({ schedule: true });
    };
    const sources = [languageAtom, schemaAtom, hiddenKindsAtom, selectionAtom, explorerAtom];
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
    sigma.on('clickNode', handlers.clickNode);
    sigma.on('clickStage', handlers.clickStage);
    sigma.on('doubleClickNode', handlers.doubleClickNode);
    sigma.on('afterRender', handlers.afterRender);
    return () => {
      sigma.off('enterNode', handlers.enterNode);
      sigma.off('leaveNode', handlers.leaveNode);
      sigma.off('clickNode', handlers.clickNode);
      sigma.off('clickStage', handlers.clickStage);
      sigma.off('doubleClickNode', handlers.doubleClickNode);
      sigma.off('afterRender', handlers.afterRender);
    };
  }, [sigma, select, expand]);
  return null;
}

const cameraMs = 400;

export function CameraController({ sigma }: { sigma: AtlasSigma }) {
  useEffect(() => {
    let lastNonce = explorerAtom.get().camera?.nonce ?? 0;
    return explorerAtom.subscribe(({ camera: request }) => {
      if (!request || request.nonce === lastNonce) return;
      lastNonce = request.nonce;
      const camera = sigma.getCamera();
      switch (request.type) {
        case 'fit':
          void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: cameraMs });
          break;
        case 'zoom':
          void (request.direction === 'in'
            ? camera.zoomIn({ duration: cameraMs })
            : camera.zoomOut({ duration: cameraMs }));
          break;
        case 'node': {
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
  }, [sigma]);
  return null;
}
