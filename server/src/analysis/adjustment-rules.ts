/**
 * The rule language of program adjustment: an ordered list of rules `{id, recommendation, when:
 * [{field, op, value}], note?}` that is data — the defaults below, or a list a request sends — and
 * `decide`, which applies them to one program's metrics: the first rule whose conditions all hold
 * fires (a condition on a null field does not hold; an empty `when` always holds); when none does,
 * the fallback is `maintain`. The fields, operators and recommendations are declared in
 * graph-schema, shared with the client that edits rules.
 */
import { z } from 'zod';
import {
  adjustmentFields,
  adjustmentRuleSchema,
  operators,
  recommendations,
  type AdjustmentField,
  type AdjustmentRule,
  type Condition,
  type FiredRule,
  type Metrics,
  type Operator,
  type Recommendation,
} from '@chanjiao/graph-schema';
import { BadRequestError } from '../errors.ts';

export const adjustmentRulesSchema = z
  .array(adjustmentRuleSchema)
  .max(50)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate rule id ${JSON.stringify(rule.id)}`,
        });
      seen.add(rule.id);
    });
  });

export type {
  AdjustmentField,
  AdjustmentRule,
  Condition,
  FiredRule,
  Metrics,
  Operator,
  Recommendation,
};
export { adjustmentFields, adjustmentRuleSchema, operators, recommendations };

/**
 * The default rules, in order (first match wins; none → maintain):
 * 1. shrink when demand for the target occupations fell by 30 % or more AND fewer than 40 % of the
 *    employed graduates work in them — the market and the graduates both say the program is
 *    oversized;
 * 2. reform when fewer than 40 % of employed graduates work in the target occupations — the
 *    graduates are needed, but elsewhere: re-target the curriculum;
 * 3. reform when the courses teach less than a quarter (demand-weighted) of what the target
 *    occupations require in the chain — fix the curriculum before growing it. The threshold is low on
 *    purpose: target coverage also counts quality (素质) competencies that course data rarely list
 *    and competencies no course in the region teaches (a region-wide gap, for a micro-credential,
 *    not one program's fault); the demo's programs range 0.31–0.92;
 * 4. expand when demand rose by 30 % or more AND at least 60 % of employed graduates work in the
 *    target occupations AND the program graduates no more people than the region posts jobs for
 *    (graduatesPerPosting ≤ 1) — growth that the graduates demonstrably fill and the market absorbs.
 * Reform comes before expand on purpose: a program that does not teach what its jobs need should
 * be fixed before it is grown.
 */
export const defaultAdjustmentRules: AdjustmentRule[] = [
  {
    id: 'shrink-falling-demand-low-relevance',
    recommendation: 'shrink',
    when: [
      { field: 'trend', op: '<=', value: -0.3 },
      { field: 'relevanceRate', op: '<', value: 0.4 },
    ],
    note: 'Postings for the target occupations fell by 30 % or more and under 40 % of employed graduates work in them.',
  },
  {
    id: 'reform-low-relevance',
    recommendation: 'reform',
    when: [{ field: 'relevanceRate', op: '<', value: 0.4 }],
    note: 'Under 40 % of employed graduates work in the occupations the program prepares for.',
  },
  {
    id: 'reform-low-target-coverage',
    recommendation: 'reform',
    when: [{ field: 'targetCoverage', op: '<', value: 0.25 }],
    note: 'The courses teach less than a quarter of what the target occupations require in the chain.',
  },
  {
    id: 'expand-rising-demand',
    recommendation: 'expand',
    when: [
      { field: 'trend', op: '>=', value: 0.3 },
      { field: 'relevanceRate', op: '>=', value: 0.6 },
      { field: 'graduatesPerPosting', op: '<=', value: 1 },
    ],
    note: 'Postings rose by 30 % or more, at least 60 % of employed graduates work in the target occupations, and graduates do not outnumber postings.',
  },
];

export const fallbackRecommendation: Recommendation = 'maintain';

/** Parses the `rules` query parameter (JSON); throws BadRequestError naming the problem. */
export function parseAdjustmentRules(text: string): AdjustmentRule[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `not valid JSON (${(error as Error).message})`;
    throw new BadRequestError(`rules: ${message}`, [{ field: 'querystring.rules', message }]);
  }
  const parsed = adjustmentRulesSchema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      field: `querystring.rules${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
      message: issue.message,
    }));
    throw new BadRequestError(
      details.map((d) => `${d.field.replace(/^querystring\./, '')}: ${d.message}`).join('; '),
      details,
    );
  }
  return parsed.data;
}

const symbol: Record<Operator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export function conditionText(when: Condition[]): string {
  return when.length === 0
    ? 'always'
    : when.map((c) => `${c.field} ${symbol[c.op]} ${c.value}`).join(' and ');
}

function holds(c: Condition, value: number | null): boolean {
  if (value === null) return false;
  switch (c.op) {
    case '<':
      return value < c.value;
    case '<=':
      return value <= c.value;
    case '>':
      return value > c.value;
    case '>=':
      return value >= c.value;
    case '==':
      return value === c.value;
    case '!=':
      return value !== c.value;
  }
}

export interface Decision {
  recommendation: Recommendation;
  rule: FiredRule;
  /** The rules tried before, each with the first condition that did not hold. */
  notFired: { id: string; recommendation: Recommendation; failed: string }[];
}

const show = (value: number | null) => (value === null ? 'null' : String(round(value)));

/** Applies the rules in order to one program's metrics: the first that fires decides. */
export function decide(metrics: Metrics, rules: AdjustmentRule[]): Decision {
  const notFired: Decision['notFired'] = [];
  for (const rule of rules) {
    const failing = rule.when.find((c) => !holds(c, metrics[c.field]));
    if (failing) {
      notFired.push({
        id: rule.id,
        recommendation: rule.recommendation,
        failed: `${failing.field} = ${show(metrics[failing.field])} is not ${symbol[failing.op]} ${failing.value}`,
      });
      continue;
    }
    const values: Partial<Metrics> = {};
    for (const c of rule.when) values[c.field] = metrics[c.field];
    return {
      recommendation: rule.recommendation,
      rule: {
        id: rule.id,
        recommendation: rule.recommendation,
        condition: conditionText(rule.when),
        values,
        explanation:
          rule.when.length === 0
            ? 'always'
            : rule.when
                .map((c) => `${c.field} = ${show(metrics[c.field])} ${symbol[c.op]} ${c.value}`)
                .join(' and '),
        ...(rule.note !== undefined && { note: rule.note }),
      },
      notFired,
    };
  }
  return {
    recommendation: fallbackRecommendation,
    rule: {
      id: 'default',
      recommendation: fallbackRecommendation,
      condition: 'no rule fired',
      values: {},
      explanation: 'no rule fired',
    },
    notFired,
  };
}
