/** The graph canvas with what floats over it: legend, toolbar, notices, the empty state. */
import './graph.css';
import { explorerAtom, graphSummaryAtom } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { EmptyState } from './EmptyState.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { GraphView } from './GraphView.tsx';
import { Legend } from './Legend.tsx';
import { RequestStatus } from './RequestStatus.tsx';
import { TruncatedNotice } from './TruncatedNotice.tsx';

export function GraphArea() {
  const { t } = useTranslation();
  const summary = useAtomValue(graphSummaryAtom);
  const { request } = useAtomValue(explorerAtom);
  const empty = summary.order === 0;
  return (
    <section className="graph-area" aria-label={t('app.name')}>
      <GraphView />
      {empty && request.type !== 'loading' && <EmptyState />}
      {!empty && <Legend />}
      {!empty && <GraphToolbar />}
      <div className="graph-notices">
        <TruncatedNotice />
        <RequestStatus />
      </div>
    </section>
  );
}
