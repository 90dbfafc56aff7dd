/**
 * The weak-links view (补链·强链): pickers on top; the status summary with the quotient's baseline
 * stated, the quotients as a chart and the segment table on the left; on the right the picked
 * segment's local enterprises — and, for a missing or weak one, the enterprises elsewhere that
 * could fill it — over the chain's lanes (upstream → midstream → downstream, segments in order
 * coloured by status, their enterprises beside them, candidates after the local ones). The lanes
 * are tall and the side panel narrow, so "open large" gives the graph the view's main area, with
 * the picked segment's enterprises beside it (below it on a phone). Everything it shows follows
 * from its address (chain, region, picked segment, large or not).
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import {
  pickerOptionsAtom,
  weakLinks,
  weakLinksGraph,
  type WeakLinksQuery,
} from '../../core/analysis/index.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import {
  segmentOf,
  weakLinksDefaultsApplied,
  weakLinksLargeToggled,
  weakLinksQueryChanged,
  weakLinksSearchSchema,
} from '../../core/analysis/weakLinks.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { quotientBarsOption } from '../../core/charts/index.ts';
import { statusColour } from '../../core/analysis/visuals.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { horizontalBarHeight } from '../../core/charts/index.ts';
import './analysis.css';
import { AnalysisGraph } from './AnalysisGraph.tsx';
import { OptionsStatus } from './OptionsStatus.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { SegmentEnterprises } from './SegmentEnterprises.tsx';
import { useAnalysis } from './useAnalysis.ts';
import { useChainRegionFacts, useSearchChanges } from './useChainRegion.ts';
import { WeakLinksControls } from './WeakLinksControls.tsx';
import { WeakLinksLegend } from './WeakLinksLegend.tsx';
import { WeakLinksSummary } from './WeakLinksSummary.tsx';
import { WeakLinksTable } from './WeakLinksTable.tsx';

const route = getRouteApi('/weak-links');

export function WeakLinksView() {
  const { language, t } = useTranslation();
  // Through the schema again: the router's match also carries parameters no schema knows.
  const search = route.useSearch({
    select: (raw) => weakLinksSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/weak-links' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(weakLinks, search);

  const change = useSearchChanges(search, weakLinksDefaultsApplied, (next, replace) =>
    navigate({ search: next, replace }),
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

  // The answer names segments, not the chain and region: their names come from the pickers.
  const { chainName, regionName, facts } = useChainRegionFacts(search, null);
  const chart = useMemo(
    () =>
      answer &&
      quotientBarsOption(
        answer.segments.map((s) => ({
          label: nodeName(s, language),
          nodeId: `Segment:${s.key}`,
          quotient: s.locationQuotient,
          colour: statusColour(s.status),
          few: s.fewEnterprises,
        })),
        answer.thresholds,
        language,
        {
          description: t('weakLinks.chart.description'),
          baseline: t('weakLinks.chart.baseline'),
          weak: t('weakLinks.chart.weak'),
          strong: t('weakLinks.chart.strong'),
          few: t('weakLinks.few'),
        },
      ),
    [answer, language, t],
  );

  const large = search.large === true;
  const segmentPanel = answer && (
    <SegmentEnterprises
      segment={segmentOf(answer, selectedKey)}
      minLocal={answer.thresholds.minLocalEnterprises}
    />
  );
  const graphPanel = (
    <AnalysisGraph
      graph={weakLinksGraph}
      focus={focus}
      onPickNode={onPickNode}
      // Small, the lanes need room for their labels at the canvas edges; large, they have it.
      fitRatio={large ? 1.1 : 1.45}
      // Large, the picture opens readable on the picked segment (its candidates beside it), or on
      // the chain at the top of the lanes; "fit" shows the whole chain.
      readableAt={
        large ? (search.sel ?? (search.chain ? `Chain:${search.chain}` : null)) : undefined
      }
      label={t('weakLinks.graph')}
      exportName={`${t('weakLinks.title')} ${chainName} ${regionName}`}
      tools={
        <button
          type="button"
          className="button"
          aria-pressed={large}
          data-testid="weak-links-large"
          onClick={() => change(weakLinksLargeToggled)}
        >
          {large ? t('weakLinks.graphSmall') : t('weakLinks.graphLarge')}
        </button>
      }
    >
      {answer && <WeakLinksLegend />}
    </AnalysisGraph>
  );

  return (
    <main className="analysis" data-testid="weak-links-view" aria-label={t('weakLinks.title')}>
      <PrintHeader title={`${t('weakLinks.title')} · ${chainName}`} facts={facts} />
      <WeakLinksControls
        query={{ chain: search.chain ?? '', region: search.region ?? '' }}
        onChange={onQueryChange}
      >
        <PrintButton />
      </WeakLinksControls>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void weakLinks.retry()}
          quietWhenInvalid={options.type !== 'ready'}
        />
      </div>
      <div
        className={`analysis-body${large ? ' weak-links-large' : ''}`}
        data-testid="weak-links-body"
        data-large={large ? 'true' : undefined}
      >
        {large ? (
          <>
            <div className="analysis-main weak-links-graph-area">{graphPanel}</div>
            <div className="analysis-side analysis-scroll">{segmentPanel}</div>
          </>
        ) : (
          <>
            <div className="analysis-main analysis-scroll">
              {answer && <WeakLinksSummary answer={answer} />}
              {answer && chart && answer.segments.length > 0 && (
                <Chart
                  title={t('weakLinks.chart.title')}
                  option={chart}
                  height={horizontalBarHeight(answer.segments.length, false)}
                  testId="weak-links-chart"
                  onPick={(id) => change(picked(id))}
                  caption={
                    <>
                      {t('weakLinks.chart.caption')}
                      <Explain metric="locationQuotient" />
                    </>
                  }
                />
              )}
              {answer && (
                <WeakLinksTable
                  answer={answer}
                  selected={selectedKey}
                  onToggle={onToggleRow}
                  title={t('weakLinks.export', { chain: chainName, region: regionName })}
                  about={facts}
                />
              )}
            </div>
            <div className="analysis-side">
              {segmentPanel}
              {graphPanel}
            </div>
          </>
        )}
      </div>
    </main>
  );
}
