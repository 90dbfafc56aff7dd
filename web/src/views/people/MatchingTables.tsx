/**
 * The matching tables: the ranked candidates (or postings) with their score and, in words, what
 * each has fully, partly and not at all; and for the picked row every competency of the
 * explanation — weight, needed and held level, contribution to the score.
 */
import { useMemo } from 'react';
import type { CompetencyMatch } from '../../core/analysis/answers.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import {
  rowCompetencies,
  type MatchDirection,
  type MatchRow,
  type MatchStatus,
} from '../../core/analysis/matching.ts';
import { supplyColour } from '../../core/analysis/visuals.ts';
import { formatNumber, nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { BarCell, DimensionChip, Tags, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

const statusKeys: Record<string, MessageKey> = {
  student: 'matching.statusValue.student',
  graduate: 'matching.statusValue.graduate',
  jobseeker: 'matching.statusValue.jobseeker',
};

function tagsOf(list: readonly CompetencyMatch[], language: 'zh' | 'en', withLevels: boolean) {
  return list.map((c) => ({
    key: c.key,
    label: withLevels
      ? `${nodeName(c, language)} ${formatLevel(c.have)}/${formatLevel(c.need)}`
      : nodeName(c, language),
    title: `${c.key}: ${formatLevel(c.have)} / ${formatLevel(c.need)}`,
  }));
}

export function MatchTable({
  direction,
  rows,
  picked,
  onToggle,
  title,
  about,
}: {
  direction: MatchDirection;
  rows: readonly MatchRow[];
  picked: string | null;
  onToggle: (id: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const columns = useMemo((): DataColumn<MatchRow>[] => {
    const join = (list: readonly CompetencyMatch[], levels: boolean) =>
      tagsOf(list, language, levels)
        .map((tag) => tag.label)
        .join(language === 'zh' ? '、' : ', ');
    const postingColumns: DataColumn<MatchRow>[] =
      direction === 'candidate'
        ? [
            {
              id: 'enterprise',
              label: t('matching.col.enterprise'),
              value: (r) =>
                r.enterprise ? nameOf(`Enterprise:${r.enterprise}`, r.enterprise) : '',
            },
            { id: 'period', label: t('facts.period'), value: (r) => r.period ?? '' },
            {
              id: 'headcount',
              label: t('matching.col.headcount'),
              value: (r) => r.headcount ?? null,
              format: 'integer',
              className: 'cell-number',
            },
          ]
        : [
            {
              id: 'status',
              label: t('matching.col.status'),
              value: (r) =>
                r.status && r.status in statusKeys
                  ? t(statusKeys[r.status] as MessageKey)
                  : (r.status ?? ''),
            },
            {
              id: 'graduation',
              label: t('matching.col.graduation'),
              value: (r) => r.graduationYear ?? null,
              text: (r) => (r.graduationYear ? String(r.graduationYear) : ''),
              format: 'integer',
              className: 'cell-number',
            },
          ];
    return [
      {
        id: 'rank',
        label: t('alignment.col.rank'),
        value: (r) => r.rank,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'name',
        label: direction === 'posting' ? t('matching.candidate') : t('matching.posting'),
        value: (r) => nodeName(r, language),
        rowHeader: true,
        className: 'cell-name',
      },
      ...postingColumns,
      {
        id: 'score',
        label: t('matching.col.score'),
        value: (r) => r.score,
        text: (r) => formatPercent(language, r.score, 0),
        format: 'percent',
        explain: 'matchScore',
        render: (r) => (
          <BarCell
            value={r.score}
            max={1}
            text={formatPercent(language, r.score, 0)}
            colour={supplyColour(r.score)}
          />
        ),
      },
      {
        id: 'essentials',
        label: t('matching.col.essentials'),
        value: (r) => (r.essentialsMet ? t('value.true') : t('value.false')),
      },
      {
        id: 'matched',
        label: t('matching.col.matched'),
        value: (r) => join(r.matched, false),
        className: 'cell-list',
        render: (r) => <Tags items={tagsOf(r.matched, language, false)} tone="matched" />,
      },
      {
        id: 'partial',
        label: t('matching.col.partial'),
        value: (r) => join(r.partial, true),
        className: 'cell-list',
        render: (r) => <Tags items={tagsOf(r.partial, language, true)} tone="partial" />,
      },
      {
        id: 'missing',
        label: t('matching.col.missing'),
        value: (r) => join(r.missing, false),
        className: 'cell-list',
        render: (r) => <Tags items={tagsOf(r.missing, language, false)} tone="missing" />,
      },
    ];
  }, [direction, language, t, nameOf]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      testId="matching-rows"
      picked={picked}
      onToggle={onToggle}
      empty={t('matching.empty')}
      about={about}
    />
  );
}

type ExplainedCompetency = CompetencyMatch & { status: MatchStatus };

export function MatchExplanationTable({
  row,
  title,
  about,
}: {
  row: MatchRow;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const dimensionName = useDimensionName();
  const rows = useMemo(() => rowCompetencies(row), [row]);
  const columns = useMemo(
    (): DataColumn<ExplainedCompetency>[] => [
      {
        id: 'competency',
        label: t('skillGap.col.competency'),
        value: (c) => nodeName(c, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'status',
        label: t('matching.col.standing'),
        value: (c) => t(`matching.status.${c.status}`),
        render: (c) => (
          <span className={`cell-tag cell-tag-${c.status}`}>
            {t(`matching.status.${c.status}`)}
          </span>
        ),
      },
      {
        id: 'dimension',
        label: t('skillGap.col.dimension'),
        value: (c) => dimensionName(c.dimension),
        render: (c) => (
          <DimensionChip dimension={c.dimension}>{dimensionName(c.dimension)}</DimensionChip>
        ),
      },
      {
        id: 'essential',
        label: t('matching.col.essential'),
        value: (c) => (c.essential ? t('value.true') : t('value.false')),
      },
      {
        id: 'weight',
        label: t('matching.col.weight'),
        value: (c) => c.weight,
        text: (c) => formatNumber(language, Math.round(c.weight * 100) / 100),
        format: 'number',
        className: 'cell-number',
      },
      {
        id: 'need',
        label: t('matching.col.need'),
        value: (c) => c.need,
        text: (c) => formatLevel(c.need),
        format: 'number',
        className: 'cell-number',
        explain: 'needHave',
      },
      {
        id: 'have',
        label: t('matching.col.have'),
        value: (c) => c.have,
        text: (c) => formatLevel(c.have),
        format: 'number',
        className: 'cell-number',
        explain: 'needHave',
      },
      {
        id: 'contribution',
        label: t('matching.col.contribution'),
        value: (c) => c.contribution,
        text: (c) => formatPercent(language, c.contribution, 1),
        format: 'percent',
        className: 'cell-number',
        explain: 'contribution',
      },
    ],
    [language, t, dimensionName],
  );
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.key}
      testId="matching-explanation"
      rowData={(c) => ({ 'data-status': c.status })}
      about={about}
    />
  );
}
