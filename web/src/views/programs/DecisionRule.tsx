/**
 * The rule behind a program's recommendation, in the reader's language: the rule that fired with
 * each condition and the value it saw, the rules tried before it with the first condition each
 * failed, and the answer's warnings. Written from the rules as data (see `adjustmentText.ts`).
 */
import { useMemo } from 'react';
import {
  conditionText,
  firstFailed,
  warningOf,
  type ConditionWords,
} from '../../core/analysis/adjustmentText.ts';
import type { ProgramAdjustment, ProgramAdjustmentRow } from '../../core/analysis/answers.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { formatNumber, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

/** Fields that are ratios or relative changes, written as percentages. */
const percentFields = new Set([
  'trend',
  'employmentRate',
  'relevanceRate',
  'retentionRate',
  'coverage',
  'targetCoverage',
]);

/** The server names a capped rate by its fraction; the reader sees the rate's name. */
const rateOfFraction: Record<string, string> = {
  'employed / graduates': 'employmentRate',
  'employedInTarget / employed': 'relevanceRate',
  'stayedInRegion / graduates': 'retentionRate',
};

export function useConditionWords(): ConditionWords {
  const { language, t } = useTranslation();
  return useMemo(
    () => ({
      field: (name: string) => t(`adjustment.metric.${name}` as MessageKey),
      value: (field: string, value: number) =>
        percentFields.has(field)
          ? formatPercent(language, value, 0)
          : formatNumber(language, Math.round(value * 100) / 100),
      missing: t('adjustment.noValue'),
    }),
    [language, t],
  );
}

export function DecisionRule({
  answer,
  program,
}: {
  answer: ProgramAdjustment;
  program: ProgramAdjustmentRow;
}) {
  const { language, t } = useTranslation();
  const words = useConditionWords();
  const fired = answer.rules.find((r) => r.id === program.rule.id);
  const and = ` ${t('trends.rules.and')} `;
  const warning = (text: string) => {
    const known = warningOf(text);
    if (known.key === 'other') return known.text;
    if (known.key === 'capped')
      return t('adjustment.warning.capped', {
        rate: words.field(rateOfFraction[known.what] ?? known.what),
        numerator: known.numerator,
        denominator: known.denominator,
      });
    return t(`adjustment.warning.${known.key}`);
  };
  return (
    <div className="decision-rule" data-testid="adjustment-rule">
      <p>
        <span className="decision-label">{t('adjustment.ruleFired')}</span>{' '}
        <code>{program.rule.id}</code>
        {fired && fired.when.length > 0 && (
          <>
            {' '}
            ·{' '}
            <span data-testid="adjustment-explanation">
              {fired.when
                .map((c) => conditionText(c, program.rule.values[c.field], words))
                .join(and)}
            </span>
          </>
        )}
        {!fired && program.rule.condition && (
          <>
            {' '}
            · <code data-testid="adjustment-explanation">{program.rule.explanation}</code>
          </>
        )}
      </p>
      {language === 'en' && program.rule.note && (
        <p className="decision-note">{program.rule.note}</p>
      )}
      {program.notFired.length > 0 && (
        <ul className="decision-not-fired">
          {program.notFired.map((rule) => {
            const full = answer.rules.find((r) => r.id === rule.id);
            const failed = full ? firstFailed(full, program.metrics) : null;
            return (
              <li key={rule.id}>
                {t('adjustment.notFired', { rule: rule.id })}{' '}
                {failed ? (
                  <span>{conditionText(failed, program.metrics[failed.field], words)}</span>
                ) : (
                  <code>{rule.failed}</code>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {program.warnings.map((text) => (
        <p key={text} className="decision-warning" role="note">
          {warning(text)}
        </p>
      ))}
    </div>
  );
}
