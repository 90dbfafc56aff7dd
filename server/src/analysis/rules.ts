/**
 * A small rule language for analyses whose decisions are data: a rule is `{id, when: [{field, op,
 * value}]}` plus what it decides; it fires when every condition holds (an empty `when` always
 * holds; a condition on a null value never does); the first rule that fires decides. Here: testing
 * conditions, finding the rule that fires, writing a condition and the values it saw as text, and
 * reading rules a request sends as JSON, with errors that name the rule and field.
 */
import type { z } from 'zod';
import type { Operator } from '@chanjiao/graph-schema';
import { BadRequestError } from '../errors.ts';

export interface RuleCondition<F extends string = string> {
  field: F;
  op: Operator;
  value: number;
}

export interface Rule<F extends string = string> {
  id: string;
  when: RuleCondition<F>[];
}

const symbol: Record<Operator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

export function holds(condition: RuleCondition, value: number | null): boolean {
  if (value === null) return false;
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

/** The first rule whose conditions all hold, or undefined. */
export function firstMatch<F extends string, R extends Rule<F>>(
  rules: readonly R[],
  values: Record<F, number | null>,
): R | undefined {
  return rules.find((rule) => rule.when.every((c) => holds(c, values[c.field])));
}

export function conditionText(when: readonly RuleCondition[]): string {
  return when.length === 0
    ? 'always'
    : when.map((c) => `${c.field} ${symbol[c.op]} ${c.value}`).join(' and ');
}

const shown = (value: number | null) =>
  value === null ? 'null' : String(Math.round(value * 1000) / 1000);

/** The condition with the values it saw, e.g. `lq = 1.25 ≥ 1 and enterprises = 3 ≥ 2`. */
export function explain<F extends string>(
  when: readonly RuleCondition<F>[],
  values: Record<F, number | null>,
): string {
  return when.length === 0
    ? 'always'
    : when
        .map((c) => `${c.field} = ${shown(values[c.field])} ${symbol[c.op]} ${c.value}`)
        .join(' and ');
}

/** Parses rules sent as JSON in a query parameter; throws BadRequestError naming the problem. */
export function parseRules<T>(schema: z.ZodType<T>, text: string, parameter = 'rules'): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `not valid JSON (${(error as Error).message})`;
    throw new BadRequestError(`${parameter}: ${message}`, [
      { field: `querystring.${parameter}`, message },
    ]);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    field: `querystring.${parameter}${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
    message: issue.message,
  }));
  throw new BadRequestError(
    details.map((d) => `${d.field.replace(/^querystring\./, '')}: ${d.message}`).join('; '),
    details,
  );
}
