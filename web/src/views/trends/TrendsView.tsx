/**
 * Trends over time (动态跟踪) of a chain in a region: chain and region in the address; headline
 * cards (the latest enterprises, demand, graduates and coverage with their growth); figures and
 * tables of each series; the segments classified pillar / characteristic / emerging with the
 * rules stated on screen. Every number has its "explain" button.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { trends } from '../../core/analysis/analyses.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import { pickToggled } from '../../core/analysis/search.ts';
import {
  lastOf,
  trendsDefaultsApplied,
  trendsQueryChanged,
  trendsSearchSchema,
  type Trends,
} from '../../core/analysis/trends.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis } from '../analysis/useAnalysis.ts';
import { useChainRegionFacts, useSearchChanges } from '../analysis/useChainRegion.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { ClassesTable, ClassRules } from './TrendsClasses.tsx';
import {
  CoverageChart,
  DemandChart,
  EnterprisesChart,
  GraduatesChart,
  SegmentsChart,
} from './TrendsCharts.tsx';
import {
  CoverageTable,
  DemandTable,
  EnterpriseYearsTable,
  GraduatesTable,
  SegmentYearsTable,
} from './TrendsTables.tsx';
import '../analysis/analysis.css';
import './trends.css';

const route = getRouteApi('/trends');

function Headline({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const growthNote = (growth: number | null | undefined) =>
    growth === null || growth === undefined
      ? t('trends.noGrowth')
      : t('trends.growthNote', {
          growth: `${growth > 0 ? '+' : ''}${formatPercent(language, growth)}`,
        });
  const enterprises = lastOf(answer.enterprises.total);
  const demand = lastOf(answer.demand.periods);
  const graduates = lastOf(answer.graduates.years);
  const coverage = lastOf(answer.coverage);
  return (
    <div className="stat-cards" data-testid="trends-cards">
      {enterprises && (
        <StatCard
          label={t('trends.card.enterprises', { year: String(enterprises.year) })}
          value={formatNumber(language, enterprises.count)}
          metric="trendEnterprises"
          note={growthNote(enterprises.growth)}
          testId="trends-card-enterprises"
        />
      )}
      {demand && (
        <StatCard
          label={t('trends.card.demand', { period: demand.period })}
          value={formatNumber(language, demand.headcount)}
          metric="trendDemand"
          note={growthNote(demand.growth)}
          testId="trends-card-demand"
        />
      )}
      {graduates && (
        <StatCard
          label={t('trends.card.graduates', { year: String(graduates.year) })}
          value={formatNumber(language, graduates.graduates)}
          metric="trendGraduates"
          note={growthNote(graduates.growth)}
          testId="trends-card-graduates"
        />
      )}
      {coverage && (
        <StatCard
          label={t('trends.card.coverage', { period: coverage.period })}
          value={coverage.coverage === null ? '—' : formatPercent(language, coverage.coverage)}
          metric="trendCoverage"
          note={growthNote(coverage.growth)}
          testId="trends-card-coverage"
        />
      )}
    </div>
  );
}

export function TrendsView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => trendsSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/trends' });
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const { result, answer } = useAnalysis(trends, search);
  const change = useSearchChanges(search, trendsDefaultsApplied, (next, replace) =>
    navigate({ search: next, replace }),
  );
  const { chainName, regionName, facts } = useChainRegionFacts(search, answer);
  const pickedRef = search.sel ? parseNodeId(search.sel) : null;
  const pickedSegment = pickedRef?.kind === 'Segment' ? pickedRef.key : null;
  const toggleSegment = useCallback(
    (key: string) => change(pickToggled(`Segment:${key}`)),
    [change],
  );

  return (
    <main className="analysis" data-testid="trends-view" aria-label={t('trends.title')}>
      <PrintHeader title={`${t('trends.title')} · ${chainName} · ${regionName}`} facts={facts} />
      <div className="analysis-controls" data-testid="trends-controls">
        <Picker
          label={t('analysis.chain')}
          value={search.chain ?? ''}
          choices={choicesOf(pickers?.chains ?? [], language)}
          onChange={(chain) => change(trendsQueryChanged({ chain }))}
          testId="picker-chain"
          disabled={!pickers}
        />
        <Picker
          label={t('analysis.region')}
          value={search.region ?? ''}
          choices={choicesOf(pickers?.regions ?? [], language, true)}
          onChange={(region) => change(trendsQueryChanged({ region }))}
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
          onRetry={() => void trends.retry()}
          quietWhenInvalid={!pickers}
        />
      </div>
      <div className="analysis-body trends-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <>
              <p className="view-intro">
                {answer.years.from === null || answer.years.to === null
                  ? t('trends.noYears')
                  : t('trends.intro', {
                      chain: chainName,
                      region: regionName,
                      from: String(answer.years.from),
                      to: String(answer.years.to),
                    })}
              </p>
              <Headline answer={answer} />
              <ClassRules answer={answer} />
              <ClassesTable
                answer={answer}
                about={facts}
                picked={pickedSegment}
                onToggle={toggleSegment}
              />
              {answer.enterprises.total.length > 0 && <EnterprisesChart answer={answer} />}
              {answer.enterprises.undated > 0 && (
                <p className="analysis-hint" data-testid="trends-undated">
                  {t('trends.undated', { count: answer.enterprises.undated })}
                </p>
              )}
              <EnterpriseYearsTable answer={answer} about={facts} />
              {answer.enterprises.bySegment.length > 0 && <SegmentsChart answer={answer} />}
              <SegmentYearsTable
                answer={answer}
                about={facts}
                picked={pickedSegment}
                onToggle={toggleSegment}
              />
              {answer.demand.periods.length > 0 && <DemandChart answer={answer} />}
              <DemandTable answer={answer} about={facts} />
              {answer.graduates.years.length > 0 && <GraduatesChart answer={answer} />}
              <GraduatesTable answer={answer} about={facts} />
              {answer.coverage.length > 0 && <CoverageChart answer={answer} />}
              <CoverageTable answer={answer} about={facts} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
