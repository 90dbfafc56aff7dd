/**
 * The weak-links view (补链·强链): pickers on top; the status summary and the segment table on the
 * left; on the right the picked segment's local enterprises over the chain wheel (segments around
 * the chain in order, coloured by status, local enterprises outside them). Everything it shows
 * follows from its address (chain, region, picked segment).
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import {
  pickerOptionsAtom,
  weakLinks,
  weakLinksGraph,
  type WeakLinksQuery,
  type WeakLinksSearch,
} from '../../core/analysis/index.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import {
  segmentOf,
  weakLinksDefaultsApplied,
  weakLinksQueryChanged,
  weakLinksSearchSchema,
} from '../../core/analysis/weakLinks.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from './AnalysisGraph.tsx';
import { OptionsStatus } from './OptionsStatus.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { SegmentEnterprises } from './SegmentEnterprises.tsx';
import { useAnalysis, useSearchDefaults } from './useAnalysis.ts';
import { WeakLinksControls } from './WeakLinksControls.tsx';
import { WeakLinksLegend } from './WeakLinksLegend.tsx';
import { WeakLinksSummary } from './WeakLinksSummary.tsx';
import { WeakLinksTable } from './WeakLinksTable.tsx';

const route = getRouteApi('/weak-links');

export function WeakLinksView() {
  const { t } = useTranslation();
  // Through the schema again: the router's match also carries parameters no schema knows.
  const search = route.useSearch({
    select: (raw) => weakLinksSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/weak-links' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(weakLinks, search);

  const change = useCallback(
    (next: (search: WeakLinksSearch) => WeakLinksSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    weakLinksDefaultsApplied,
    useCallback(
      (next: WeakLinksSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onQueryChange = useCallback(
    (query: Partial<WeakLinksQuery>) => change(weakLinksQueryChanged(query)),
    [change],
  );

  // A segment node picks its row; an enterprise picks the first segment it works in locally.
  const onPickNode = useCallback(
    (node: string | null) => {
      const ref = node ? parseNodeId(node) : null;
      if (ref?.kind === 'Segment') change(picked(node));
      else if (ref?.kind === 'Enterprise') {
        const home = answer?.segments.find((s) => s.local.includes(ref.key))?.key;
        change(picked(home ? `Segment:${home}` : null));
      } else change(picked(null));
    },
    [answer, change],
  );
  const onToggleRow = useCallback((key: string) => change(pickToggled(`Segment:${key}`)), [change]);
  const selectedRef = search.sel ? parseNodeId(search.sel) : null;
  const selectedKey = selectedRef?.kind === 'Segment' ? selectedRef.key : null;

  return (
    <main className="analysis" data-testid="weak-links-view" aria-label={t('weakLinks.title')}>
      <WeakLinksControls
        query={{ chain: search.chain ?? '', region: search.region ?? '' }}
        onChange={onQueryChange}
      />
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void weakLinks.retry()}
          quietWhenInvalid={options.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main">
          {answer && <WeakLinksSummary answer={answer} />}
          {answer && (
            <WeakLinksTable answer={answer} selected={selectedKey} onToggle={onToggleRow} />
          )}
        </div>
        <div className="analysis-side">
          {answer && <SegmentEnterprises segment={segmentOf(answer, selectedKey)} />}
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
