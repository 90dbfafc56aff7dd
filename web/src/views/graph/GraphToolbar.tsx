/** Layout and camera buttons, the graph's size and a one-line reminder of the gestures. */
import { fitView, graphSummaryAtom, rerunLayout, zoom } from '../../core/graph/index.ts';
import { graphCleared } from '../../core/graph/url.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { layoutModeAtom } from '../../core/layout/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { ExplorerExport } from '../export/ExplorerExport.tsx';
import { useExplorerNavigate } from '../shell/navigation.ts';

export function GraphToolbar() {
  const { t } = useTranslation();
  const layout = useAtomValue(layoutModeAtom);
  const summary = useAtomValue(graphSummaryAtom);
  const go = useExplorerNavigate();
  const running = layout.type === 'running';
  return (
    <div className="graph-toolbar" data-graph-overlay="">
      <div className="toolbar-buttons" role="toolbar">
        <button
          type="button"
          className="button button-primary"
          data-testid="relayout"
          onClick={rerunLayout}
          disabled={running}
        >
          {running ? t('graph.layoutRunning') : t('graph.relayout')}
        </button>
        <button
          type="button"
          className="button icon-button"
          onClick={() => zoom('in')}
          title={t('graph.zoomIn')}
          aria-label={t('graph.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          className="button icon-button"
          onClick={() => zoom('out')}
          title={t('graph.zoomOut')}
          aria-label={t('graph.zoomOut')}
        >
          −
        </button>
        <button type="button" className="button" onClick={fitView}>
          {t('graph.fit')}
        </button>
        <button type="button" className="button" onClick={() => go(graphCleared())}>
          {t('graph.clear')}
        </button>
        <ExplorerExport />
      </div>
      <p className="graph-summary">
        <span data-testid="graph-summary">
          {t('graph.summary', { nodes: summary.order, edges: summary.size })}
        </span>
        <span className="graph-help">{t('graph.help')}</span>
      </p>
    </div>
  );
}
