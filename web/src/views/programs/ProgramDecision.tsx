/**
 * Why a program got its recommendation: the recommendation, the rule that fired with the values it
 * saw and the rules checked before it (`DecisionRule`), and the trend behind it as a chart — postings headcount for each target occupation in the previous and the current period —
 * with the latest cohort's numbers.
 */
import { useMemo } from 'react';
import type { ProgramAdjustment, ProgramAdjustmentRow } from '../../core/analysis/answers.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { groupedBarsOption } from '../../core/charts/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { StatCard } from '../analysis/StatCard.tsx';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { RecommendationChip } from './AdjustmentTables.tsx';
import { DecisionRule } from './DecisionRule.tsx';

export function ProgramDecision({
  answer,
  program,
}: {
  answer: ProgramAdjustment;
  program: ProgramAdjustmentRow;
}) {
  const { language, t } = useTranslation();
  const before = answer.previousPeriod ?? t('adjustment.previous');
  const now = answer.period ?? t('adjustment.current');
  const option = useMemo(() => {
    const categories = [
      ...program.demand.map((d) => ({
        label: nodeName({ ...d, key: d.occupation }, language),
        nodeId: `Occupation:${d.occupation}`,
      })),
      { label: t('adjustment.trend.total') },
    ];
    return groupedBarsOption(
      categories,
      [
        {
          name: before,
          colour: '#94a3b8',
          values: [...program.demand.map((d) => d.before), program.metrics.demandBefore],
        },
        {
          name: now,
          colour: '#0072B2',
          values: [...program.demand.map((d) => d.now), program.metrics.demandNow],
        },
      ],
      language,
      { description: t('adjustment.trend.description'), format: 'number' },
    );
  }, [program, language, t, before, now]);

  const { metrics, cohort } = program;
  const trend = metrics.trend;
  return (
    <section
      className="program-decision"
      data-testid="adjustment-decision"
      aria-label={nodeName(program, language)}
    >
      <div className="decision-head">
        <h2 className="panel-heading">{nodeName(program, language)}</h2>
        <RecommendationChip recommendation={program.recommendation} />
      </div>
      <DecisionRule answer={answer} program={program} />
      <div className="stat-cards">
        <StatCard
          label={t('adjustment.metric.trend')}
          value={
            trend === null ? '—' : `${trend > 0 ? '+' : ''}${formatPercent(language, trend, 0)}`
          }
          metric="trend"
          note={t('adjustment.trend.note', {
            before: formatNumber(language, metrics.demandBefore ?? 0),
            now: formatNumber(language, metrics.demandNow ?? 0),
          })}
          testId="adjustment-trend"
        />
        <StatCard
          label={t('adjustment.metric.supply')}
          value={metrics.supply === null ? '—' : formatNumber(language, metrics.supply)}
          metric="graduates"
          note={cohort ? t('adjustment.cohortYear', { year: String(cohort.year) }) : undefined}
        />
        <StatCard
          label={t('adjustment.metric.relevanceRate')}
          value={
            metrics.relevanceRate === null ? '—' : formatPercent(language, metrics.relevanceRate, 0)
          }
          metric="relevanceRate"
        />
        <StatCard
          label={t('adjustment.metric.employmentRate')}
          value={
            metrics.employmentRate === null
              ? '—'
              : formatPercent(language, metrics.employmentRate, 0)
          }
          metric="employmentRate"
        />
      </div>
      <Chart
        title={t('adjustment.trend.title', { before, now })}
        option={option}
        height={260}
        testId="adjustment-trend-chart"
        caption={
          <>
            {t('adjustment.trend.caption')}
            <Explain metric="demandNow" />
          </>
        }
      />
    </section>
  );
}
