/**
 * The sigma canvas. Creates the renderer on mount for the explorer graph and kills it (and the
 * explorer graph's running layout, if any) on unmount; the controllers do the rest.
 */
import { useEffect, useRef, useState } from 'react';
import { atlasGraph, canvasTallAtom } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { stopLayout } from '../../core/layout/index.ts';
import { explorerRendererAtom } from '../export/ExplorerExport.tsx';
import { CameraController, EventsController, ReducersController } from './controllers.tsx';
import { LaneHeadings } from './LaneHeadings.tsx';
import {
  createRenderer,
  currentDisplayContext,
  type AtlasSigma,
  type DisplayContextHolder,
} from './renderer.ts';

interface Renderer {
  sigma: AtlasSigma;
  context: DisplayContextHolder;
}

export function GraphView() {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const context: DisplayContextHolder = { current: currentDisplayContext(atlasGraph) };
    let sigma: AtlasSigma;
    try {
      sigma = createRenderer(atlasGraph, container, context);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    setFailure(null);
    setRenderer({ sigma, context });
    explorerRendererAtom.set(sigma);
    // Sigma follows window resizes itself, not its container's (the sidebar coming and going).
    const observer = new ResizeObserver(() => {
      canvasTallAtom.set(container.clientHeight > container.clientWidth * 1.1);
      sigma.refresh({ schedule: true });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      stopLayout(atlasGraph);
      explorerRendererAtom.set(null);
      sigma.kill();
      setRenderer(null);
    };
  }, []);

  return (
    <>
      <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" />
      {failure && (
        <div className="graph-failure" role="alert">
          {t('graph.webglFailed', { message: failure })}
        </div>
      )}
      {renderer && (
        <>
          <LaneHeadings sigma={renderer.sigma} graph={atlasGraph} />
          <ReducersController sigma={renderer.sigma} context={renderer.context} />
          <EventsController sigma={renderer.sigma} />
          <CameraController sigma={renderer.sigma} />
        </>
      )}
    </>
  );
}
