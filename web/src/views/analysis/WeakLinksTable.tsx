/**
 * The chain's segments in order, upstream → downstream: position, status, local and all
 * enterprises, both shares the location quotient divides (the segment's share of the region's
 * chain enterprises, and its baseline share of the chain's enterprises anywhere), the quotient —
 * flagged when it rests on very few local enterprises — and how many enterprises elsewhere could
 * fill a missing or weak segment. Sorts, filters and exports like every analysis table.
 */
import { useMemo } from 'react';
import type { SegmentStrength, WeakLinksAnswer } from '../../core/analysis/index.ts';
import { formatPercent, formatQuotient } from '../../core/analysis/format.ts';
import { nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const positionKeys: Record<string, MessageKey> = {
  upstream: 'weakLinks.position.upstream',
  midstream: 'weakLinks.position.midstream',
  downstream: 'weakLinks.position.downstream',
};

export function WeakLinksTable({
  answer,
  selected,
  onToggle,
  title,
  about,
}: {
  answer: WeakLinksAnswer;
  /** Key of the picked segment. */
  selected: string | null;
  /** Picks a segment, or un-picks it when it is picked already. */
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const columns = useMemo((): DataColumn<SegmentStrength>[] => {
    const share = (value: number | null) => (value === null ? '—' : formatPercent(language, value));
    return [
      {
        id: 'order',
        label: t('weakLinks.col.order'),
        value: (s) => s.order,
        format: 'integer',
        className: 'cell-number cell-order',
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
        value: (s) => {
          const key = positionKeys[s.position];
          return key ? t(key) : s.position;
        },
      },
      {
        id: 'status',
        label: t('weakLinks.col.status'),
        value: (s) => t(`weakLinks.status.${s.status}`),
        render: (s) => <StatusBadge status={s.status} />,
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
      {
        id: 'localShare',
        label: t('weakLinks.col.localShare'),
        value: (s) => s.localShare,
        text: (s) => share(s.localShare),
        format: 'percent',
        className: 'cell-number',
        explain: 'locationQuotient',
      },
      {
        id: 'baselineShare',
        label: t('weakLinks.col.baselineShare'),
        value: (s) => s.baselineShare,
        text: (s) => share(s.baselineShare),
        format: 'percent',
        className: 'cell-number',
        explain: 'locationQuotient',
      },
      {
        id: 'lq',
        label: t('weakLinks.col.lq'),
        value: (s) => s.locationQuotient,
        text: (s) =>
          `${formatQuotient(language, s.locationQuotient)}${s.fewEnterprises ? ` ${t('weakLinks.few')}` : ''}`,
        format: 'number',
        className: 'cell-number',
        explain: 'locationQuotient',
        render: (s) => (
          <>
            {formatQuotient(language, s.locationQuotient)}
            {s.fewEnterprises && (
              <span
                className="warning-badge"
                title={t('weakLinks.fewHint', { count: answer.thresholds.minLocalEnterprises })}
                data-testid="few-enterprises"
              >
                {t('weakLinks.few')}
              </span>
            )}
          </>
        ),
      },
      {
        id: 'candidates',
        label: t('weakLinks.col.candidates'),
        value: (s) => (s.candidates.length > 0 ? s.candidates.length : null),
        format: 'integer',
        className: 'cell-number',
      },
    ];
  }, [answer, language, t]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.segments}
      rowKey={(s) => s.key}
      testId="weak-links-table"
      rowTestId="weak-link-row"
      rowData={(s) => ({ 'data-status': s.status })}
      picked={selected}
      onToggle={onToggle}
      empty={t('weakLinks.empty')}
      about={about}
    />
  );
}
