/**
 * The trends view's figures: local enterprises per year stacked by tier with their growth, each
 * segment's enterprises per year, posted demand per period, graduates per year, coverage per
 * period. Every figure names its unit in a caption with an "explain" button.
 */
import { useMemo } from 'react';
import { enterpriseTierSeries, type Trends } from '../../core/analysis/trends.ts';
import { categorical, timelineOption } from '../../core/charts/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { valueName } from '../../core/i18n/values.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';

const tierColours = {
  'little-giant': '#0072B2',
  specialised: '#009E73',
  innovative: '#56B4E9',
  none: '#94a3b8',
} as const;
const growthColour = '#D55E00';

export function EnterprisesChart({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const option = useMemo(() => {
    const { years, tiers } = enterpriseTierSeries(answer.enterprises.total);
    return timelineOption(
      years.map(String),
      [
        ...(['little-giant', 'specialised', 'innovative', 'none'] as const).map((tier) => ({
          name: tier === 'none' ? t('trends.tier.none') : valueName(tier, language),
          type: 'bar' as const,
          stack: 'enterprises',
          colour: tierColours[tier],
          values: tiers[tier],
        })),
        {
          name: t('trends.growth'),
          type: 'line' as const,
          growth: true,
          colour: growthColour,
          values: answer.enterprises.total.map((y) => y.growth),
        },
      ],
      language,
      { description: t('trends.enterprises.description'), format: 'number' },
    );
  }, [answer, language, t]);
  return (
    <Chart
      title={t('trends.enterprises.title')}
      option={option}
      height={260}
      testId="trends-enterprises-chart"
      caption={
        <>
          {t('trends.enterprises.caption')}
          <Explain metric="trendEnterprises" />
          <Explain metric="trendGrowth" />
        </>
      }
    />
  );
}

export function SegmentsChart({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const option = useMemo(
    () =>
      timelineOption(
        answer.enterprises.total.map((y) => String(y.year)),
        answer.enterprises.bySegment.map((s, i) => ({
          name: nodeName(s, language),
          type: 'line' as const,
          colour: categorical[i % categorical.length],
          values: s.series.map((y) => y.count),
        })),
        language,
        { description: t('trends.segments.description'), format: 'number' },
      ),
    [answer, language, t],
  );
  return (
    <Chart
      title={t('trends.segments.title')}
      option={option}
      height={300}
      testId="trends-segments-chart"
      caption={<Explain metric="trendEnterprises" />}
    />
  );
}

export function DemandChart({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const periods = answer.demand.periods;
  const option = useMemo(
    () =>
      timelineOption(
        periods.map((p) => p.period),
        [
          {
            name: t('trends.headcount'),
            type: 'bar',
            colour: categorical[0],
            values: periods.map((p) => p.headcount),
          },
          {
            name: t('trends.postings'),
            type: 'bar',
            colour: categorical[1],
            values: periods.map((p) => p.postings),
          },
          {
            name: t('trends.growth'),
            type: 'line',
            growth: true,
            colour: growthColour,
            values: periods.map((p) => p.growth),
          },
        ],
        language,
        { description: t('trends.demand.description'), format: 'number' },
      ),
    [periods, language, t],
  );
  return (
    <Chart
      title={t('trends.demand.title')}
      option={option}
      height={240}
      testId="trends-demand-chart"
      caption={
        <>
          {answer.demand.reducedToYears && t('trends.demand.reduced')}
          <Explain metric="trendDemand" />
          <Explain metric="trendGrowth" />
        </>
      }
    />
  );
}

export function GraduatesChart({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const years = answer.graduates.years;
  const option = useMemo(
    () =>
      timelineOption(
        years.map((y) => String(y.year)),
        [
          ...(['graduates', 'employed', 'employedInTarget', 'stayedInRegion'] as const).map(
            (field, i) => ({
              name: t(`trends.${field}`),
              type: 'bar' as const,
              colour: categorical[i],
              values: years.map((y) => y[field]),
            }),
          ),
          {
            name: t('trends.growth'),
            type: 'line' as const,
            growth: true,
            colour: growthColour,
            values: years.map((y) => y.growth),
          },
        ],
        language,
        { description: t('trends.graduates.description'), format: 'number' },
      ),
    [years, language, t],
  );
  return (
    <Chart
      title={t('trends.graduates.title')}
      option={option}
      height={240}
      testId="trends-graduates-chart"
      caption={
        <>
          <Explain metric="trendGraduates" />
          <Explain metric="trendGrowth" />
        </>
      }
    />
  );
}

export function CoverageChart({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const option = useMemo(
    () =>
      timelineOption(
        answer.coverage.map((c) => c.period),
        [
          {
            name: t('trends.coverage'),
            type: 'line',
            colour: categorical[2],
            values: answer.coverage.map((c) => c.coverage),
          },
        ],
        language,
        { description: t('trends.coverage.description'), format: 'percent', max: 1 },
      ),
    [answer, language, t],
  );
  return (
    <Chart
      title={t('trends.coverage.title')}
      option={option}
      height={220}
      testId="trends-coverage-chart"
      caption={<Explain metric="trendCoverage" />}
    />
  );
}
