/**
 * The trends view's tables — the numbers behind each figure, sortable, filterable and exported as
 * CSV or Excel: local enterprises per year (by tier), per segment and year, posted demand per
 * period, graduates per year, coverage per period; every growth rate beside its series.
 */
import { useMemo } from 'react';
import { segmentYearRows, tierNames, type Trends } from '../../core/analysis/trends.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { valueName } from '../../core/i18n/values.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

type About = [string, string][];
const number = 'cell-number';

function useGrowthColumn<Row extends { growth: number | null }>(): DataColumn<Row> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      id: 'growth',
      label: t('trends.growth'),
      value: (row: Row) => row.growth,
      format: 'percent',
      className: number,
      explain: 'trendGrowth',
    }),
    [t],
  );
}

type EnterpriseYear = Trends['enterprises']['total'][number];

export function EnterpriseYearsTable({ answer, about }: { answer: Trends; about: About }) {
  const { language, t } = useTranslation();
  const growth = useGrowthColumn<EnterpriseYear>();
  const columns = useMemo(
    (): DataColumn<EnterpriseYear>[] => [
      { id: 'year', label: t('trends.col.year'), value: (y) => String(y.year), rowHeader: true },
      {
        id: 'count',
        label: t('trends.col.count'),
        value: (y) => y.count,
        format: 'integer',
        className: number,
        explain: 'trendEnterprises',
      },
      {
        id: 'new',
        label: t('trends.col.new'),
        value: (y) => y.new,
        format: 'integer',
        className: number,
      },
      ...tierNames.map((tier): DataColumn<EnterpriseYear> => ({
        id: `tier-${tier}`,
        label: valueName(tier, language),
        value: (y) => y.tiers[tier],
        format: 'integer',
        className: number,
      })),
      growth,
    ],
    [language, t, growth],
  );
  return (
    <DataTable
      title={t('trends.enterpriseTable')}
      columns={columns}
      rows={answer.enterprises.total}
      rowKey={(y) => String(y.year)}
      testId="trends-enterprises"
      about={about}
    />
  );
}

type SegmentYears = ReturnType<typeof segmentYearRows>['rows'][number];

export function SegmentYearsTable({
  answer,
  about,
  picked,
  onToggle,
}: {
  answer: Trends;
  about: About;
  picked: string | null;
  onToggle: (key: string) => void;
}) {
  const { language, t } = useTranslation();
  const grid = useMemo(() => segmentYearRows(answer), [answer]);
  const growth = useGrowthColumn<SegmentYears>();
  const columns = useMemo(
    (): DataColumn<SegmentYears>[] => [
      {
        id: 'segment',
        label: t('trends.col.segment'),
        value: (s) => nodeName(s, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'position',
        label: t('trends.col.position'),
        value: (s) => valueName(s.position, language),
      },
      ...grid.years.map((year): DataColumn<SegmentYears> => ({
        id: `year-${year}`,
        label: String(year),
        value: (s) => s.byYear.get(year) ?? null,
        format: 'integer',
        className: number,
        explain: 'trendEnterprises',
      })),
      growth,
    ],
    [grid, language, t, growth],
  );
  return (
    <DataTable
      title={t('trends.segmentTable')}
      columns={columns}
      rows={grid.rows}
      rowKey={(s) => s.key}
      testId="trends-segments"
      picked={picked}
      onToggle={onToggle}
      about={about}
    />
  );
}

type DemandPeriod = Trends['demand']['periods'][number];

export function DemandTable({ answer, about }: { answer: Trends; about: About }) {
  const { t } = useTranslation();
  const growth = useGrowthColumn<DemandPeriod>();
  const columns = useMemo(
    (): DataColumn<DemandPeriod>[] => [
      { id: 'period', label: t('trends.col.period'), value: (p) => p.period, rowHeader: true },
      {
        id: 'postings',
        label: t('trends.postings'),
        value: (p) => p.postings,
        format: 'integer',
        className: number,
      },
      {
        id: 'headcount',
        label: t('trends.headcount'),
        value: (p) => p.headcount,
        format: 'integer',
        className: number,
        explain: 'trendDemand',
      },
      growth,
    ],
    [t, growth],
  );
  return (
    <DataTable
      title={t('trends.demandTable')}
      columns={columns}
      rows={answer.demand.periods}
      rowKey={(p) => p.period}
      testId="trends-demand"
      about={about}
    />
  );
}

type GraduateYear = Trends['graduates']['years'][number];

export function GraduatesTable({ answer, about }: { answer: Trends; about: About }) {
  const { t } = useTranslation();
  const growth = useGrowthColumn<GraduateYear>();
  const columns = useMemo(
    (): DataColumn<GraduateYear>[] => [
      { id: 'year', label: t('trends.col.year'), value: (y) => String(y.year), rowHeader: true },
      ...(['cohorts', 'graduates', 'employed', 'employedInTarget', 'stayedInRegion'] as const).map(
        (field): DataColumn<GraduateYear> => ({
          id: field,
          label: t(`trends.${field}`),
          value: (y) => y[field],
          format: 'integer',
          className: number,
          ...(field === 'graduates' && { explain: 'trendGraduates' as const }),
        }),
      ),
      growth,
    ],
    [t, growth],
  );
  return (
    <DataTable
      title={t('trends.graduatesTable')}
      columns={columns}
      rows={answer.graduates.years}
      rowKey={(y) => String(y.year)}
      testId="trends-graduates"
      about={about}
    />
  );
}

type CoveragePeriod = Trends['coverage'][number];

export function CoverageTable({ answer, about }: { answer: Trends; about: About }) {
  const { t } = useTranslation();
  const growth = useGrowthColumn<CoveragePeriod>();
  const columns = useMemo(
    (): DataColumn<CoveragePeriod>[] => [
      { id: 'period', label: t('trends.col.period'), value: (c) => c.period, rowHeader: true },
      {
        id: 'coverage',
        label: t('trends.coverage'),
        value: (c) => c.coverage,
        format: 'percent',
        className: number,
        explain: 'trendCoverage',
      },
      {
        id: 'totalDemand',
        label: t('trends.totalDemand'),
        value: (c) => c.totalDemand,
        format: 'number',
        className: number,
        explain: 'competencyDemand',
      },
      growth,
    ],
    [t, growth],
  );
  return (
    <DataTable
      title={t('trends.coverageTable')}
      columns={columns}
      rows={answer.coverage}
      rowKey={(c) => c.period}
      testId="trends-coverage"
      about={about}
    />
  );
}
