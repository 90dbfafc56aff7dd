/** The overview's tables: the chains shown, the picked chain's segments, graduates by program and year. */
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { RegionOverview } from '../../core/analysis/answers.ts';
import { graduatesGrid, tierOrder } from '../../core/analysis/overview.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { useTierName } from './OverviewCharts.tsx';

type ChainRow = RegionOverview['chains'][number];
type SegmentRow = ChainRow['segments'][number];

export function ChainsTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: RegionOverview;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const columns = useMemo((): DataColumn<ChainRow>[] => {
    const join = (ids: string[]) =>
      ids.map((id) => nameOf(id, id.slice(id.indexOf(':') + 1))).join('、');
    return [
      {
        id: 'chain',
        label: t('facts.chain'),
        value: (c) => nodeName(c, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'local',
        label: t('overview.col.local'),
        value: (c) => c.localEnterprises,
        format: 'integer',
        className: 'cell-number',
        explain: 'localEnterprises',
      },
      {
        id: 'all',
        label: t('overview.col.all'),
        value: (c) => c.enterprises,
        format: 'integer',
        className: 'cell-number',
        explain: 'enterprisesAnywhere',
      },
      {
        id: 'missing',
        label: t('overview.col.missingSegments'),
        value: (c) => c.segments.filter((s) => s.localEnterprises === 0).length,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'clusters',
        label: t('overview.col.clusters'),
        value: (c) => join(c.localClusters.map((k) => `Cluster:${k}`)),
      },
      {
        id: 'servedBy',
        label: t('overview.col.servedBy'),
        value: (c) => join(c.servedBy.map((k) => `ProgramGroup:${k}`)),
        className: 'cell-list',
      },
      {
        id: 'open',
        label: '',
        value: () => null,
        sortable: false,
        exported: false,
        render: (c) => (
          <Link
            to="/weak-links"
            search={{ chain: c.key, region: answer.region.key }}
            className="link-button"
            onClick={(event) => event.stopPropagation()}
          >
            {t('overview.openWeakLinks')}
          </Link>
        ),
      },
    ];
  }, [answer, language, t, nameOf]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.chains}
      rowKey={(c) => c.key}
      testId="overview-chains"
      picked={picked}
      onToggle={onToggle}
      empty={t('overview.noChains')}
      about={about}
    />
  );
}

export function SegmentsTable({
  chain,
  title,
  about,
}: {
  chain: ChainRow;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const tierName = useTierName();
  const columns = useMemo(
    (): DataColumn<SegmentRow>[] => [
      {
        id: 'order',
        label: '#',
        value: (s) => s.order,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'segment',
        label: t('weakLinks.col.segment'),
        value: (s) => nodeName(s, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'position',
        label: t('weakLinks.col.position'),
        value: (s) =>
          s.position === 'upstream' || s.position === 'midstream' || s.position === 'downstream'
            ? t(`weakLinks.position.${s.position}`)
            : s.position,
      },
      {
        id: 'local',
        label: t('overview.col.local'),
        value: (s) => s.localEnterprises,
        format: 'integer',
        className: 'cell-number',
        explain: 'localEnterprises',
      },
      {
        id: 'all',
        label: t('overview.col.all'),
        value: (s) => s.enterprises,
        format: 'integer',
        className: 'cell-number',
        explain: 'enterprisesAnywhere',
      },
      ...tierOrder.map((tier): DataColumn<SegmentRow> => ({
        id: `tier-${tier}`,
        label: tierName(tier),
        value: (s) => s.byTier[tier] ?? 0,
        format: 'integer',
        className: 'cell-number',
      })),
    ],
    [language, t, tierName],
  );
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={chain.segments}
      rowKey={(s) => s.key}
      testId="overview-segments"
      rowData={(s) => ({ 'data-local': String(s.localEnterprises) })}
      about={about}
    />
  );
}

type GraduatesRow = ReturnType<typeof graduatesGrid>['rows'][number];

export function GraduatesTable({
  answer,
  title,
  about,
}: {
  answer: RegionOverview;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const grid = useMemo(() => graduatesGrid(answer), [answer]);
  const columns = useMemo(
    (): DataColumn<GraduatesRow>[] => [
      {
        id: 'program',
        label: t('alignment.col.program'),
        value: (r) => nodeName(r, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'institution',
        label: t('facts.institution'),
        value: (r) => nameOf(`Institution:${r.institution}`, r.institution),
      },
      ...grid.years.map((year): DataColumn<GraduatesRow> => ({
        id: `year-${year}`,
        label: String(year),
        value: (r) => r.byYear.get(year) ?? null,
        format: 'integer',
        className: 'cell-number',
        explain: 'cohortGraduates',
      })),
    ],
    [grid, language, t, nameOf],
  );
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={grid.rows}
      rowKey={(r) => r.program}
      testId="overview-graduates"
      empty={t('overview.noGraduates')}
      about={about}
    />
  );
}
