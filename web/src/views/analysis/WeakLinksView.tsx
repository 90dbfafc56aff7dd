/**
 * The weak-links view (补链·强链): pickers on top; the status summary and the segment table on the
 * left; on the right the picked segment's local enterprises over the chain wheel (segments around
 * the chain in order, coloured by status, local enterprises outside them).
 */
import { useCallback, useEffect, useMemo } from 'react';
import {
  answerOf,
  openWeakLinks,
  pickSegment,
  runWeakLinks,
  weakLinksAtom,
  weakLinksGraph,
} from '../../core/analysis/index.ts';
import { segmentFocus } from '../../core/analysis/graphs.ts';
import { segmentOf } from '../../core/analysis/weakLinks.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from './AnalysisGraph.tsx';
import { OptionsStatus } from './OptionsStatus.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { SegmentEnterprises } from './SegmentEnterprises.tsx';
import { WeakLinksControls } from './WeakLinksControls.tsx';
import { WeakLinksLegend } from './WeakLinksLegend.tsx';
import { WeakLinksSummary } from './WeakLinksSummary.tsx';
import { WeakLinksTable } from './WeakLinksTable.tsx';

export function WeakLinksView() {
  const { t } = useTranslation();
  const state = useAtomValue(weakLinksAtom);
  const answer = answerOf(state.result);
  const focus = useMemo(
    () => (answer && state.selected ? segmentFocus(answer, state.selected) : null),
    [answer, state.selected],
  );

  useEffect(() => {
    void openWeakLinks();
  }, []);

  // A segment node picks its row; an enterprise picks the first segment it works in locally.
  const onPickNode = useCallback(
    (node: string | null) => {
      const ref = node ? parseNodeId(node) : null;
      if (ref?.kind === 'Segment') pickSegment(ref.key);
      else if (ref?.kind === 'Enterprise')
        pickSegment(answer?.segments.find((s) => s.local.includes(ref.key))?.key ?? null);
      else pickSegment(null);
    },
    [answer],
  );

  return (
    <main className="analysis" data-testid="weak-links-view" aria-label={t('weakLinks.title')}>
      <WeakLinksControls />
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus result={state.result} onRetry={() => void runWeakLinks()} />
      </div>
      <div className="analysis-body">
        <div className="analysis-main">
          {answer && <WeakLinksSummary answer={answer} />}
          {answer && <WeakLinksTable answer={answer} selected={state.selected} />}
        </div>
        <div className="analysis-side">
          {answer && <SegmentEnterprises segment={segmentOf(answer, state.selected)} />}
          <AnalysisGraph
            graph={weakLinksGraph}
            focus={focus}
            onPickNode={onPickNode}
            fitRatio={1.45}
            label={t('weakLinks.graph')}
          >
            {answer && <WeakLinksLegend />}
          </AnalysisGraph>
        </div>
      </div>
    </main>
  );
}
