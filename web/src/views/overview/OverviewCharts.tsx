/**
 * The overview's charts: the picked chain's segments with their local enterprises by tier and the
 * enterprises elsewhere (upstream → downstream), enterprises by tier and by scale, postings and
 * headcount by period, graduates by year.
 */
import { useMemo } from 'react';
import type { RegionOverview } from '../../core/analysis/answers.ts';
import { ordered, scaleOrder, tierOrder } from '../../core/analysis/overview.ts';
import {
  categorical,
  groupedBarsOption,
  horizontalBarHeight,
  horizontalBarsOption,
} from '../../core/charts/index.ts';
import { nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';

const tierColours: Record<string, string> = {
  'little-giant': '#0072B2',
  specialised: '#009E73',
  innovative: '#56B4E9',
  none: '#94a3b8',
};

export function useTierName(): (tier: string) => string {
  const { t } = useTranslation();
  return (tier) => t(`overview.tier.${tier}` as MessageKey);
}

export function SegmentTierChart({
  chain,
  onPick,
}: {
  chain: RegionOverview['chains'][number];
  onPick: (id: string) => void;
}) {
  const { language, t } = useTranslation();
  const tierName = useTierName();
  const option = useMemo(() => {
    const tiers = tierOrder.filter((tier) => chain.segments.some((s) => (s.byTier[tier] ?? 0) > 0));
    return horizontalBarsOption(
      chain.segments.map((s) => ({ label: nodeName(s, language), nodeId: `Segment:${s.key}` })),
      [
        ...tiers.map((tier) => ({
          name: tierName(tier),
          colour: tierColours[tier] ?? '#64748b',
          stack: 'enterprises',
          values: chain.segments.map((s) => s.byTier[tier] ?? 0),
        })),
        {
          name: t('overview.elsewhere'),
          colour: '#e2e8f0',
          stack: 'enterprises',
          values: chain.segments.map((s) => s.enterprises - s.localEnterprises),
        },
      ],
      language,
      { description: t('overview.segments.description'), format: 'number' },
    );
  }, [chain, language, t, tierName]);
  return (
    <Chart
      title={t('overview.segments.title', { chain: nodeName(chain, language) })}
      option={option}
      height={horizontalBarHeight(chain.segments.length)}
      testId="overview-segments-chart"
      onPick={onPick}
      caption={
        <>
          {t('overview.segments.caption')}
          <Explain metric="localEnterprises" />
        </>
      }
    />
  );
}

export function EnterpriseCharts({ answer }: { answer: RegionOverview }) {
  const { language, t } = useTranslation();
  const tierName = useTierName();
  const tiers = useMemo(() => {
    const rows = ordered(answer.enterprises.byTier, tierOrder);
    return horizontalBarsOption(
      rows.map(([tier]) => ({ label: tierName(tier) })),
      [{ name: t('overview.enterprises'), colour: categorical[0], values: rows.map(([, n]) => n) }],
      language,
      { description: t('overview.tiers.description'), format: 'number' },
    );
  }, [answer, language, t, tierName]);
  const scales = useMemo(() => {
    const rows = ordered(answer.enterprises.byScale, scaleOrder);
    return horizontalBarsOption(
      rows.map(([scale]) => ({ label: t(`overview.scale.${scale}` as MessageKey) })),
      [{ name: t('overview.enterprises'), colour: categorical[2], values: rows.map(([, n]) => n) }],
      language,
      { description: t('overview.scales.description'), format: 'number' },
    );
  }, [answer, language, t]);
  return (
    <div className="chart-pair">
      <Chart
        title={t('overview.tiers.title')}
        option={tiers}
        height={horizontalBarHeight(Object.keys(answer.enterprises.byTier).length, false)}
        testId="overview-tiers-chart"
      />
      <Chart
        title={t('overview.scales.title')}
        option={scales}
        height={horizontalBarHeight(Object.keys(answer.enterprises.byScale).length, false)}
        testId="overview-scales-chart"
      />
    </div>
  );
}

export function DemandChart({ answer }: { answer: RegionOverview }) {
  const { language, t } = useTranslation();
  const option = useMemo(
    () =>
      groupedBarsOption(
        answer.postings.byPeriod.map((p) => ({ label: p.period })),
        [
          {
            name: t('overview.headcount'),
            colour: categorical[0],
            values: answer.postings.byPeriod.map((p) => p.headcount),
          },
          {
            name: t('overview.postings'),
            colour: categorical[1],
            values: answer.postings.byPeriod.map((p) => p.postings),
          },
        ],
        language,
        { description: t('overview.demand.description'), format: 'number' },
      ),
    [answer, language, t],
  );
  return (
    <Chart
      title={t('overview.demand.title')}
      option={option}
      height={240}
      testId="overview-demand-chart"
      caption={
        <>
          {t('overview.demand.caption')}
          <Explain metric="postingHeadcount" />
        </>
      }
    />
  );
}

export function GraduatesChart({ answer }: { answer: RegionOverview }) {
  const { language, t } = useTranslation();
  const option = useMemo(
    () =>
      groupedBarsOption(
        answer.graduates.byYear.map((y) => ({ label: String(y.year) })),
        [
          {
            name: t('overview.graduates'),
            colour: categorical[2],
            values: answer.graduates.byYear.map((y) => y.graduates),
          },
        ],
        language,
        { description: t('overview.graduatesChart.description'), format: 'number' },
      ),
    [answer, language, t],
  );
  return (
    <Chart
      title={t('overview.graduatesChart.title')}
      option={option}
      height={220}
      testId="overview-graduates-chart"
      caption={<Explain metric="cohortGraduates" />}
    />
  );
}
