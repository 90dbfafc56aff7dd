/**
 * The chain's segments classified pillar / characteristic / emerging (支柱 / 特色 / 新兴) in a region
 * by rules that are data: `defaultSegmentClassRules` in order, first match wins, `other` when none
 * fires; a request may send its own (`rules=<JSON>`). The metrics they test are defined in
 * graph-schema (`segmentClassFields`) and computed here per segment at the last year of the
 * window.
 */
import { z } from 'zod';
import {
  segmentClassRuleSchema,
  type SegmentClass,
  type SegmentClassRule,
  type SegmentMetrics,
} from '@chanjiao/graph-schema';
import { numberProp } from '../graph.ts';
import { intProp, type ListContext } from '../lists/context.ts';
import { explain, firstMatch, parseRules } from '../rules.ts';
import { foundedBy, foundedOf, growthRate } from './series.ts';

/**
 * The default rules, in order (first match wins; none → other):
 * 1. pillar: the segment employs at least 15 % of the people working in the chain's local
 *    enterprises and is at least as concentrated here as the chain is (LQ ≥ 1) — large and local;
 * 2. emerging: at least half of its local enterprises were founded within the window (5 years by
 *    default) and there are at least two — a young cluster forming;
 * 3. emerging: posted demand for its occupations grew by half or more between the last two
 *    periods, with local enterprises present — growing faster than it is building firms;
 * 4. characteristic: at least half its local enterprises are specialised SMEs or little giants
 *    (专精特新, 小巨人) and it is concentrated here (LQ ≥ 1) — a distinctive local strength.
 * Pillar comes first because size and concentration dominate; emerging before characteristic
 * because a young segment's specialised firms are its newcomers, not an established strength.
 */
export const defaultSegmentClassRules: SegmentClassRule[] = [
  {
    id: 'pillar-large-concentrated',
    class: 'pillar',
    when: [
      { field: 'employeeShare', op: '>=', value: 0.15 },
      { field: 'lq', op: '>=', value: 1 },
    ],
    note: 'At least 15 % of the chain’s local workforce, and at least as concentrated here as the chain.',
  },
  {
    id: 'emerging-young-firms',
    class: 'emerging',
    when: [
      { field: 'recentShare', op: '>=', value: 0.5 },
      { field: 'enterprises', op: '>=', value: 2 },
    ],
    note: 'At least half of its local enterprises, and at least two, were founded within the window.',
  },
  {
    id: 'emerging-rising-demand',
    class: 'emerging',
    when: [
      { field: 'demandGrowth', op: '>=', value: 0.5 },
      { field: 'enterprises', op: '>=', value: 1 },
    ],
    note: 'Posted demand for its occupations grew by half or more, with local enterprises present.',
  },
  {
    id: 'characteristic-specialised',
    class: 'characteristic',
    when: [
      { field: 'tieredShare', op: '>=', value: 0.5 },
      { field: 'lq', op: '>=', value: 1 },
    ],
    note: 'At least half its local enterprises are specialised SMEs or little giants, concentrated here.',
  },
];

export const segmentClassRulesSchema = z
  .array(segmentClassRuleSchema)
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

export const parseSegmentClassRules = (text: string): SegmentClassRule[] =>
  parseRules(segmentClassRulesSchema, text);

export const defaultWindow = 5;

export interface ClassInput {
  context: ListContext;
  to: number | null;
  window: number;
  /** Per segment id, posted headcount for its occupations in the last and the previous period. */
  demand: Map<string, { last: number; previous: number } | null>;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Enterprises present at `to`: founded by then, or undated. */
function present(input: ClassInput, ids: string[]): string[] {
  const { graph } = input.context;
  if (input.to === null) return ids;
  return ids.filter((id) => {
    const founded = foundedOf(graph, id);
    return founded === null || founded <= input.to!;
  });
}

export function segmentMetrics(input: ClassInput, segmentId: string): SegmentMetrics {
  const { context } = input;
  const { graph } = context;
  const employees = (ids: string[]) =>
    ids.reduce((sum, id) => sum + (intProp(graph.node(id)!.props, 'employees') ?? 0), 0);
  const local = context.enterprisesBySegment.get(segmentId)!;
  const here = present(input, local);
  const chain = present(input, context.chainEnterprises);
  // LQ over enterprises now, as the weak links count them (anywhere: counted in the store).
  const everywhere = graph.neighbourCounts(context.segments, 'OPERATES_IN', 'in', 'Enterprise');
  const lqLocal = share(local.length, context.chainEnterprises.length);
  const lqAll = share(everywhere.of(segmentId), everywhere.distinct);
  const to = input.to;
  const dated = to === null ? [] : foundedBy(graph, local, to);
  const recent = to === null ? [] : dated.filter((id) => foundedOf(graph, id)! > to - input.window);
  const before = to === null ? [] : foundedBy(graph, local, to - input.window);
  const demand = input.demand.get(segmentId);
  const tiered = here.filter((id) => {
    const props = graph.node(id)!.props;
    const tierYear = numberProp(props, 'tierYear');
    const recognised = to === null || tierYear === undefined || tierYear <= to;
    return (props.tier === 'specialised' || props.tier === 'little-giant') && recognised;
  });
  return {
    enterprises: here.length,
    enterpriseShare: share(here.length, chain.length),
    employeeShare: share(employees(here), employees(chain)),
    lq: lqLocal !== null && lqAll ? lqLocal / lqAll : null,
    growth: to === null ? null : growthRate(dated.length, before.length),
    recentShare: share(recent.length, dated.length),
    tieredShare: share(tiered.length, here.length),
    demandGrowth: demand ? growthRate(demand.last, demand.previous) : null,
  };
}

export function classify(
  rules: readonly SegmentClassRule[],
  metrics: SegmentMetrics,
): { class: SegmentClass; rule: string; explanation: string } {
  const fired = firstMatch(rules, metrics);
  if (!fired) return { class: 'other', rule: 'default', explanation: 'no rule fired' };
  return { class: fired.class, rule: fired.id, explanation: explain(fired.when, metrics) };
}
