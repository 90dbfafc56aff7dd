import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  conditionText,
  firstFailed,
  thresholdText,
  warningOf,
  type ConditionWords,
} from './adjustmentText.ts';
import type { ProgramAdjustmentRow } from './answers.ts';

const words: ConditionWords = {
  field: (name) => ({ trend: '需求趋势', relevanceRate: '对口率' })[name] ?? name,
  value: (_field, value) => `${Math.round(value * 100)}%`,
  missing: '无数据',
};

describe('program adjustment rules in words', () => {
  const rule = {
    id: 'shrink',
    recommendation: 'shrink' as const,
    when: [
      { field: 'trend' as const, op: '<=' as const, value: -0.3 },
      { field: 'relevanceRate' as const, op: '<' as const, value: 0.4 },
    ],
  };

  it('writes a condition with the value seen, or says it had none', () => {
    expect(conditionText(rule.when[0]!, -0.52, words)).toBe('需求趋势 -52% ≤ -30%');
    expect(conditionText(rule.when[1]!, null, words)).toBe('对口率 无数据 < 40%');
    expect(thresholdText(rule.when[1]!, words)).toBe('对口率 < 40%');
  });

  it('finds the first condition that fails, a missing value failing as on the server', () => {
    const metrics = { trend: -0.5, relevanceRate: 0.6 } as ProgramAdjustmentRow['metrics'];
    expect(firstFailed(rule, metrics)).toEqual(rule.when[1]);
    expect(firstFailed(rule, { ...metrics, relevanceRate: 0.2 })).toBeNull();
    expect(firstFailed(rule, { ...metrics, trend: null })).toEqual(rule.when[0]);
    expect(conditionHolds({ field: 'trend', op: '!=', value: 0 }, 0)).toBe(false);
    expect(conditionHolds({ field: 'trend', op: '==', value: 0 }, undefined)).toBe(false);
  });

  it('recognises the server’s warnings with their numbers; keeps others as written', () => {
    expect(warningOf('employed / graduates: 12 exceeds 10; rate capped at 1')).toEqual({
      key: 'capped',
      what: 'employed / graduates',
      numerator: '12',
      denominator: '10',
    });
    expect(warningOf('no cohort (COHORT_OF) with a year: supply and rates are null').key).toBe(
      'noCohort',
    );
    expect(warningOf('something new')).toEqual({ key: 'other', text: 'something new' });
  });
});
