/**
 * The program-adjustment decision in the reader's language. The answer states its rules as data
 * (field, operator, value) and writes its explanations and warnings in English for the API's
 * readers; the view writes the fired rule's conditions with the values seen, the first condition
 * each earlier rule failed, and the known warnings from that data instead, so a Chinese screen
 * reads in Chinese. A warning the client does not know is shown as the server wrote it.
 */
import type { AdjustmentRule, ProgramAdjustmentRow } from './answers.ts';

export type Condition = AdjustmentRule['when'][number];
type Metrics = ProgramAdjustmentRow['metrics'];

const signs: Record<string, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

/** Whether a condition holds for a value; a missing value never holds (as on the server). */
export function conditionHolds(condition: Condition, value: number | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  switch (condition.op) {
    case '<':
      return value < condition.value;
    case '<=':
      return value <= condition.value;
    case '>':
      return value > condition.value;
    case '>=':
      return value >= condition.value;
    case '==':
      return value === condition.value;
    case '!=':
      return value !== condition.value;
  }
}

export interface ConditionWords {
  field(name: string): string;
  value(field: string, value: number): string;
  missing: string;
}

/** "对口率 33% < 40%": the field, the value seen, the sign, the threshold. */
export function conditionText(
  condition: Condition,
  seen: number | null | undefined,
  words: ConditionWords,
): string {
  const value =
    seen === null || seen === undefined ? words.missing : words.value(condition.field, seen);
  return `${words.field(condition.field)} ${value} ${signs[condition.op] ?? condition.op} ${words.value(condition.field, condition.value)}`;
}

/** The first condition of a rule that does not hold for the metrics; null when all hold. */
export function firstFailed(rule: AdjustmentRule, metrics: Metrics): Condition | null {
  return rule.when.find((c) => !conditionHolds(c, metrics[c.field])) ?? null;
}

export type WarningText =
  | { key: 'noTarget' | 'noCohort' | 'noChain' }
  | { key: 'capped'; what: string; numerator: string; denominator: string }
  | { key: 'other'; text: string };

/** Which of the server's warnings a text is, with its numbers; `other` for one not known here. */
export function warningOf(text: string): WarningText {
  if (text.startsWith('the program PREPARES_FOR no occupation')) return { key: 'noTarget' };
  if (text.startsWith('no cohort (COHORT_OF)')) return { key: 'noCohort' };
  if (text.startsWith('the program and its program groups serve no chain'))
    return { key: 'noChain' };
  const capped = /^(.+): ([\d.]+) exceeds ([\d.]+); rate capped at 1$/.exec(text);
  if (capped)
    return {
      key: 'capped',
      what: capped[1] ?? '',
      numerator: capped[2] ?? '',
      denominator: capped[3] ?? '',
    };
  return { key: 'other', text };
}

/** "需求趋势 ≤ -30%": a condition as a rule states it, without a value seen. */
export function thresholdText(condition: Condition, words: ConditionWords): string {
  return `${words.field(condition.field)} ${signs[condition.op] ?? condition.op} ${words.value(condition.field, condition.value)}`;
}
