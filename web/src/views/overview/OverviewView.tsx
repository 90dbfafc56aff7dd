/**
 * The region overview, the landing page for a region: how many enterprises, institutions,
 * programs, postings… it holds; the chains shown there with their segments (red where the region
 * has no enterprise) and the local enterprises by tier; enterprises by tier and scale; postings
 * by period; graduates by program and year. Every count is explained; every table exports.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { overview, overviewGraph } from '../../core/analysis/analyses.ts';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import {
  headlineCounts,
  overviewDefaultsApplied,
  overviewFocus,
  overviewRegionChanged,
  overviewSearchSchema,
  pickedChain,
  type OverviewSearch,
} from '../../core/analysis/overview.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber, localName, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { describeKind, readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import {
  DemandChart,
  EnterpriseCharts,
  GraduatesChart,
  SegmentTierChart,
} from './OverviewCharts.tsx';
import { ChainsTable, GraduatesTable, SegmentsTable } from './OverviewTables.tsx';
import '../analysis/analysis.css';
import './overview.css';

const route = getRouteApi('/overview');

export function OverviewView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => overviewSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/overview' });
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const schema = readySchema(useAtomValue(schemaAtom));
  const { result, answer, focus } = useAnalysis(overview, search);
  const change = useCallback(
    (next: (search: OverviewSearch) => OverviewSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    overviewDefaultsApplied,
    useCallback(
      (next: OverviewSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onPickNode = useCallback(
    (node: string | null) =>
      change(picked(node && parseNodeId(node)?.kind === 'Chain' ? node : null)),
    [change],
  );
  const chain = answer ? pickedChain(answer, search.sel) : null;
  const shownFocus = useMemo(
    () => focus ?? (answer && chain ? overviewFocus(answer, `Chain:${chain.key}`) : null),
    [focus, answer, chain],
  );
  const regionName = answer ? nodeName(answer.region, language) : (search.region ?? '');
  const facts = useMemo(
    (): [string, string][] => [[t('facts.region'), regionName]],
    [regionName, t],
  );

  return (
    <main className="analysis" data-testid="overview-view" aria-label={t('overview.title')}>
      <PrintHeader title={`${t('overview.title')} · ${regionName}`} facts={facts} />
      <div className="analysis-controls" data-testid="overview-controls">
        <Picker
          label={t('analysis.region')}
          value={search.region ?? ''}
          choices={choicesOf(pickers?.regions ?? [], language, true)}
          onChange={(region) => change(overviewRegionChanged(region))}
          testId="picker-region"
          disabled={!pickers}
        />
        <div className="analysis-actions">
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void overview.retry()}
          quietWhenInvalid={!pickers}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <>
              <p className="view-intro">
                {t('overview.intro', { region: regionName, regions: answer.regions })}
              </p>
              <div className="stat-cards" data-testid="overview-counts">
                {headlineCounts(answer).map(({ kind, count }) => (
                  <StatCard
                    key={kind}
                    label={localName(describeKind(schema, kind), language)}
                    value={formatNumber(language, count)}
                    metric="localCount"
                    testId={`overview-count-${kind}`}
                  />
                ))}
              </div>
            </>
          )}
          {answer && (
            <ChainsTable
              answer={answer}
              picked={chain?.key ?? null}
              onToggle={(key) => change(pickToggled(`Chain:${key}`))}
              title={t('overview.chains', { region: regionName })}
              about={facts}
            />
          )}
          {answer && chain && <SegmentTierChart chain={chain} onPick={() => undefined} />}
          {answer && chain && (
            <SegmentsTable
              chain={chain}
              title={t('overview.segmentsTable', { chain: nodeName(chain, language) })}
              about={facts}
            />
          )}
          {answer && answer.enterprises.total > 0 && <EnterpriseCharts answer={answer} />}
          {answer && answer.postings.byPeriod.length > 0 && <DemandChart answer={answer} />}
          {answer && answer.graduates.byYear.length > 0 && <GraduatesChart answer={answer} />}
          {answer && (
            <GraduatesTable
              answer={answer}
              title={t('overview.graduatesTable', { region: regionName })}
              about={facts}
            />
          )}
        </div>
        <AnalysisGraph
          graph={overviewGraph}
          focus={shownFocus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('overview.graph')}
          exportName={`${t('overview.title')} ${regionName}`}
        />
      </div>
    </main>
  );
}
