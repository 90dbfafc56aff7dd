/**
 * The segments classified pillar / characteristic / emerging (支柱 / 特色 / 新兴): the rules in
 * the order they are tried, written in the reader's language, and a table of the segments with
 * the class, the rule that fired, the values it saw and every field a rule can test. A picked
 * segment stays in the address.
 */
import { useCallback, useMemo } from 'react';
import type { SegmentClassRule } from '@chanjiao/graph-schema';
import { formatPercent, formatQuotient } from '../../core/analysis/format.ts';
import {
  classifiedSegments,
  percentFields,
  ruleCondition,
  type Trends,
} from '../../core/analysis/trends.ts';
import { formatNumber, nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { valueName } from '../../core/i18n/values.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { Explain } from '../explain/Explain.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

type Segment = Trends['segments'][number];
const fieldOrder = [
  'enterprises',
  'enterpriseShare',
  'employeeShare',
  'lq',
  'growth',
  'recentShare',
  'tieredShare',
  'demandGrowth',
] as const;

function useRuleText() {
  const { language, t } = useTranslation();
  const fieldName = useCallback((field: string) => t(`trends.field.${field}` as MessageKey), [t]);
  const formatValue = useCallback(
    (field: string, value: number) =>
      percentFields.has(field)
        ? formatPercent(language, value)
        : field === 'lq'
          ? formatQuotient(language, value)
          : formatNumber(language, value),
    [language],
  );
  const words = useMemo(
    () => ({ and: t('trends.rules.and'), always: t('trends.rules.always') }),
    [t],
  );
  return { fieldName, formatValue, words };
}

export function ClassRules({ answer }: { answer: Trends }) {
  const { language, t } = useTranslation();
  const { fieldName, formatValue, words } = useRuleText();
  return (
    <section className="trends-rules panel" aria-labelledby="trends-rules-heading">
      <h2 className="panel-heading" id="trends-rules-heading">
        {t('trends.rules.title')}
        <Explain metric="segmentClass" />
      </h2>
      <ol className="trends-rule-list" data-testid="trends-rules">
        {answer.rules.map((rule: SegmentClassRule) => (
          <li key={rule.id} data-rule={rule.id}>
            <span className={`class-badge class-${rule.class}`}>
              {t(`trends.class.${rule.class}`)}
            </span>{' '}
            <span>{ruleCondition(rule, fieldName, formatValue, words)}</span>{' '}
            <code className="trends-rule-id">{rule.id}</code>
            {language === 'en' && rule.note && (
              <span className="trends-rule-note"> — {rule.note}</span>
            )}
          </li>
        ))}
      </ol>
      <p className="analysis-hint">
        {t('trends.rules.source', { source: t(`trends.rules.from.${answer.rulesFrom}`) })}{' '}
        {t('trends.rules.otherwise')}
      </p>
    </section>
  );
}

export function ClassesTable({
  answer,
  about,
  picked,
  onToggle,
}: {
  answer: Trends;
  about: [string, string][];
  picked: string | null;
  onToggle: (key: string) => void;
}) {
  const { language, t } = useTranslation();
  const { fieldName, formatValue, words } = useRuleText();
  const rows = useMemo(() => classifiedSegments(answer), [answer]);
  const because = useCallback(
    (segment: Segment): string => {
      const rule = answer.rules.find((r) => r.id === segment.rule);
      if (!rule) return t('trends.rules.noRule');
      const seen = rule.when.map((c) => {
        const value = segment.metrics[c.field];
        return `${fieldName(c.field)} ${value === null ? '—' : formatValue(c.field, value)}`;
      });
      return `${ruleCondition(rule, fieldName, formatValue, words)} (${seen.join(language === 'zh' ? '，' : ', ')})`;
    },
    [answer, fieldName, formatValue, words, language, t],
  );
  const columns = useMemo(
    (): DataColumn<Segment>[] => [
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
      {
        id: 'class',
        label: t('trends.col.class'),
        value: (s) => t(`trends.class.${s.class}`),
        render: (s) => (
          <span className={`class-badge class-${s.class}`}>{t(`trends.class.${s.class}`)}</span>
        ),
        explain: 'segmentClass',
      },
      {
        id: 'rule',
        label: t('trends.col.rule'),
        value: (s) => (s.rule === 'default' ? '—' : s.rule),
      },
      { id: 'because', label: t('trends.col.because'), value: because, className: 'cell-list' },
      ...fieldOrder.map((field): DataColumn<Segment> => ({
        id: field,
        label: fieldName(field),
        value: (s) => s.metrics[field],
        format: percentFields.has(field) ? 'percent' : 'number',
        className: 'cell-number',
        ...(field === 'lq' && { explain: 'locationQuotient' as const }),
      })),
    ],
    [language, t, because, fieldName],
  );
  return (
    <DataTable
      title={t('trends.classes.table')}
      columns={columns}
      rows={rows}
      rowKey={(s) => s.key}
      testId="trends-classes"
      rowData={(s) => ({ 'data-class': s.class })}
      picked={picked}
      onToggle={onToggle}
      about={about}
    />
  );
}
