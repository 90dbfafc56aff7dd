/**
 * The program-adjustment tables: every program with its recommendation, the rule that fired and the
 * numbers rules test; the picked program's suggested micro-credentials (the knowledge and skill
 * competencies with the largest chain gaps among those its target occupations require); and the
 * rules themselves, which are data.
 */
import { useMemo } from 'react';
import type {
  AdjustmentRule,
  ProgramAdjustment,
  ProgramAdjustmentRow,
  SuggestedMicroCredential,
} from '../../core/analysis/answers.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { recommendationColours } from '../../core/analysis/programs.ts';
import type { MetricId } from '../../core/explain/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { DimensionChip, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { thresholdText } from '../../core/analysis/adjustmentText.ts';
import { useConditionWords } from './DecisionRule.tsx';
import { joinLabels } from '../table/ItemList.tsx';

export function RecommendationChip({ recommendation }: { recommendation: string }) {
  const { t } = useTranslation();
  const colour = recommendationColours[recommendation as keyof typeof recommendationColours];
  return (
    <span
      className="recommendation-chip"
      style={colour ? { background: colour } : undefined}
      data-recommendation={recommendation}
    >
      {t(`adjustment.recommendation.${recommendation}` as 'adjustment.recommendation.expand')}
    </span>
  );
}

type MetricColumn = [
  keyof ProgramAdjustmentRow['metrics'],
  MetricId,
  'percent' | 'number' | 'integer',
];

const metricColumns: MetricColumn[] = [
  ['supply', 'graduates', 'integer'],
  ['demandBefore', 'demandBefore', 'integer'],
  ['demandNow', 'demandNow', 'integer'],
  ['trend', 'trend', 'percent'],
  ['employmentRate', 'employmentRate', 'percent'],
  ['relevanceRate', 'relevanceRate', 'percent'],
  ['retentionRate', 'retentionRate', 'percent'],
  ['coverage', 'coverage', 'percent'],
  ['targetCoverage', 'targetCoverage', 'percent'],
  ['graduatesPerPosting', 'graduatesPerPosting', 'number'],
];

export function AdjustmentProgramsTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: ProgramAdjustment;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const columns = useMemo((): DataColumn<ProgramAdjustmentRow>[] => {
    const numberText = (value: number | null, format: MetricColumn[2]) => {
      if (value === null) return '—';
      if (format === 'percent') return formatPercent(language, value, 0);
      if (format === 'integer') return formatNumber(language, Math.round(value));
      return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
    };
    return [
      {
        id: 'program',
        label: t('alignment.col.program'),
        value: (p) => nodeName(p, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'recommendation',
        label: t('adjustment.col.recommendation'),
        value: (p) => t(`adjustment.recommendation.${p.recommendation}`),
        render: (p) => <RecommendationChip recommendation={p.recommendation} />,
      },
      {
        id: 'rule',
        label: t('adjustment.col.rule'),
        value: (p) => p.rule.id,
        className: 'cell-code',
      },
      ...metricColumns.map(([field, metric, format]): DataColumn<ProgramAdjustmentRow> => ({
        id: field,
        label: t(`adjustment.metric.${field}`),
        value: (p) => p.metrics[field],
        text: (p) => numberText(p.metrics[field], format),
        format,
        className: 'cell-number',
        explain: metric,
      })),
    ];
  }, [language, t]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.programs}
      rowKey={(p) => p.key}
      testId="adjustment-programs"
      rowData={(p) => ({ 'data-recommendation': p.recommendation })}
      picked={picked}
      onToggle={onToggle}
      empty={t('alignment.empty')}
      about={about}
    />
  );
}

export function SuggestionsTable({
  program,
  title,
  about,
}: {
  program: ProgramAdjustmentRow;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const dimensionName = useDimensionName();
  const occupationName = useMemo(
    () =>
      new Map(
        program.demand.map((d) => [d.occupation, nodeName({ ...d, key: d.occupation }, language)]),
      ),
    [program, language],
  );
  const columns = useMemo(
    (): DataColumn<SuggestedMicroCredential>[] => [
      {
        id: 'competency',
        label: t('adjustment.col.suggestion'),
        value: (s) => nodeName(s, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'dimension',
        label: t('skillGap.col.dimension'),
        value: (s) => dimensionName(s.dimension),
        render: (s) => (
          <DimensionChip dimension={s.dimension}>{dimensionName(s.dimension)}</DimensionChip>
        ),
      },
      {
        id: 'gap',
        label: t('adjustment.col.chainGap'),
        value: (s) => s.gap,
        text: (s) => formatPercent(language, s.gap, 2),
        format: 'percent',
        className: 'cell-number',
        explain: 'microGap',
      },
      {
        id: 'required',
        label: t('skillGap.col.required'),
        value: (s) => s.requiredLevel,
        text: (s) => formatLevel(s.requiredLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'requiredLevel',
      },
      {
        id: 'taught',
        label: t('skillGap.col.taught'),
        value: (s) => s.taughtLevel,
        text: (s) => formatLevel(s.taughtLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'taughtLevel',
      },
      {
        id: 'requiredBy',
        label: t('skillGap.col.occupations'),
        value: (s) =>
          joinLabels(
            s.requiredBy.map((o) => ({
              id: o,
              label: occupationName.get(o) ?? nameOf(`Occupation:${o}`, o),
            })),
            language,
          ),
        className: 'cell-list',
      },
      {
        id: 'existing',
        label: t('adjustment.col.existing'),
        value: (s) =>
          s.existing.length === 0
            ? t('adjustment.noneExisting')
            : joinLabels(
                s.existing.map((e) => ({
                  id: e.key,
                  label: `${nodeName(e, language)} ${formatLevel(e.level)}`,
                })),
                language,
              ),
        className: 'cell-list',
      },
    ],
    [language, t, dimensionName, occupationName, nameOf],
  );
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={program.suggestedMicroCredentials}
      rowKey={(s) => s.key}
      testId="adjustment-suggestions"
      empty={t('adjustment.noSuggestions')}
      about={about}
    />
  );
}

export function RulesTable({
  answer,
  title,
  about,
}: {
  answer: ProgramAdjustment;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const words = useConditionWords();
  const columns = useMemo(
    (): DataColumn<AdjustmentRule & { order: number }>[] => [
      {
        id: 'order',
        label: '#',
        value: (r) => r.order,
        format: 'integer',
        className: 'cell-number',
      },
      { id: 'id', label: t('adjustment.col.rule'), value: (r) => r.id, className: 'cell-code' },
      {
        id: 'recommendation',
        label: t('adjustment.col.recommendation'),
        value: (r) => t(`adjustment.recommendation.${r.recommendation}`),
        render: (r) => <RecommendationChip recommendation={r.recommendation} />,
      },
      {
        id: 'when',
        label: t('adjustment.col.when'),
        value: (r) =>
          r.when.length === 0
            ? t('adjustment.always')
            : r.when.map((c) => thresholdText(c, words)).join(` ${t('trends.rules.and')} `),
      },
      // The rules' notes are the rule authors' English; in Chinese the condition says it all.
      ...(language === 'en'
        ? [
            {
              id: 'note',
              label: t('adjustment.col.note'),
              value: (r: AdjustmentRule) => r.note ?? '',
            },
          ]
        : []),
    ],
    [t, words, language],
  );
  const rows = useMemo(() => answer.rules.map((r, i) => ({ ...r, order: i + 1 })), [answer]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      testId="adjustment-rules"
      about={about}
      description={t('adjustment.rulesHint', {
        fallback: t(`adjustment.recommendation.${answer.fallback}`),
      })}
    />
  );
}
