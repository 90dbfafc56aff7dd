/** The rule language: conditions on null never hold, the first rule that fires wins, bad JSON is named. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BadRequestError } from '../errors.ts';
import { conditionText, explain, firstMatch, holds, parseRules, type Rule } from './rules.ts';

const rules: Rule<'size'>[] = [
  { id: 'big', when: [{ field: 'size', op: '>=', value: 10 }] },
  { id: 'any', when: [] },
];

describe('rules', () => {
  it('tests each operator, and never holds on null', () => {
    const at = (op: '<' | '<=' | '>' | '>=' | '==' | '!=', value: number | null) =>
      holds({ field: 'x', op, value: 2 }, value);
    expect([at('<', 1), at('<=', 2), at('>', 3), at('>=', 2), at('==', 2), at('!=', 3)]).toEqual(
      Array(6).fill(true),
    );
    expect([at('<', 2), at('>', 2), at('==', 3), at('!=', 2)]).toEqual(Array(4).fill(false));
    expect(at('!=', null)).toBe(false);
  });

  it('picks the first rule whose conditions all hold', () => {
    expect(firstMatch(rules, { size: 12 })?.id).toBe('big');
    expect(firstMatch(rules, { size: 3 })?.id).toBe('any');
    expect(firstMatch(rules, { size: null })?.id).toBe('any');
    expect(firstMatch(rules.slice(0, 1), { size: null })).toBeUndefined();
  });

  it('writes conditions and the values they saw', () => {
    expect(conditionText(rules[0]!.when)).toBe('size ≥ 10');
    expect(explain(rules[0]!.when, { size: 12.3456 })).toBe('size = 12.346 ≥ 10');
    expect(explain([], {})).toBe('always');
  });

  it('reads rules from JSON, naming what is wrong where', () => {
    const schema = z.array(z.strictObject({ id: z.string(), when: z.array(z.unknown()) }));
    expect(parseRules(schema, '[{"id":"a","when":[]}]')).toEqual([{ id: 'a', when: [] }]);
    expect(() => parseRules(schema, '[{')).toThrow(BadRequestError);
    try {
      parseRules(schema, '[{"id":"a","when":[]},{"id":3,"when":[]}]');
      expect.unreachable();
    } catch (error) {
      expect((error as BadRequestError).details).toEqual([
        { field: 'querystring.rules[1].id', message: expect.stringMatching(/string/) },
      ]);
    }
  });
});
