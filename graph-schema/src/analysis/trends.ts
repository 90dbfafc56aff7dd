/**
 * Trends over time (动态跟踪) of a chain in a region: enterprises by segment and tier per year,
 * posting demand per period, graduates per year, coverage per period, with growth rates; and the
 * chain's segments classified pillar / characteristic / emerging (支柱 / 特色 / 新兴) by rules that
 * are data — their fields, classes and the default order are declared here for the server that
 * applies them and the client that shows them.
 */
import { z } from 'zod';
import { highlightSchema, named, namedSchema } from './common.ts';
import { operators } from './programs.ts';

export const segmentClasses = ['pillar', 'characteristic', 'emerging', 'other'] as const;
export const segmentClassSchema = z.enum(segmentClasses);
export type SegmentClass = z.infer<typeof segmentClassSchema>;

/** The fields a classification rule can test, with what each measures (for the segment, in the region). */
export const segmentClassFields = {
  enterprises:
    'local enterprises operating in the segment at the last year (founded by then, or undated)',
  enterpriseShare: 'enterprises / the chain’s local enterprises',
  employeeShare:
    'Σ employees of those enterprises / Σ employees of the chain’s local enterprises (an enterprise in two segments counts in both)',
  lq: 'location quotient (n_s,R / n_K,R) / (n_s / n_K), enterprises anywhere counted in the store',
  growth:
    'enterprise growth over the window: (enterprises at the last year − at the last year − window) / the latter; null from 0',
  recentShare:
    'share of the segment’s local enterprises founded in the window (after the last year − window)',
  tieredShare: 'share of them recognised specialised or little giant (专精特新 or 小巨人)',
  demandGrowth:
    'growth of posted headcount for the occupations the segment EMPLOYS between the last two periods; null without both',
} as const;
export type SegmentClassField = keyof typeof segmentClassFields;
const fieldNames = Object.keys(segmentClassFields) as [SegmentClassField, ...SegmentClassField[]];
export const segmentClassFieldSchema = z.enum(fieldNames);

export const segmentClassRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
      'must be 1–64 letters, digits, dots, hyphens or underscores',
    ),
  class: z.enum(['pillar', 'characteristic', 'emerging']),
  when: z
    .array(
      z.strictObject({
        field: segmentClassFieldSchema,
        op: z.enum(operators),
        value: z.number().finite(),
      }),
    )
    .max(10),
  note: z.string().max(500).optional(),
});
export type SegmentClassRule = z.infer<typeof segmentClassRuleSchema>;

const metric = z.number().nullable();
export const segmentMetricsSchema = z.strictObject(
  Object.fromEntries(fieldNames.map((f) => [f, metric])) as Record<
    SegmentClassField,
    typeof metric
  >,
);
export type SegmentMetrics = z.infer<typeof segmentMetricsSchema>;

const growth = z
  .number()
  .nullable()
  .describe('(this − previous) / previous; null for the first point or from 0');
const tierCounts = z.strictObject({
  innovative: z.number().int(),
  specialised: z.number().int(),
  'little-giant': z.number().int(),
});

export const enterpriseYearSchema = z.strictObject({
  year: z.number().int(),
  count: z.number().int().describe('Local enterprises founded by this year'),
  new: z.number().int().describe('Founded this year'),
  tiers: tierCounts.describe('Of them, recognised in each tier by this year (their current tier)'),
  growth,
});
export type EnterpriseYear = z.infer<typeof enterpriseYearSchema>;

export const demandPeriodSchema = z.strictObject({
  period: z.string(),
  postings: z.number().int(),
  headcount: z.number(),
  growth: growth.describe('Growth of headcount from the previous period'),
});
export type DemandPeriod = z.infer<typeof demandPeriodSchema>;

export const graduateYearSchema = z.strictObject({
  year: z.number().int(),
  cohorts: z.number().int(),
  graduates: z.number(),
  employed: z.number(),
  employedInTarget: z.number(),
  stayedInRegion: z.number(),
  growth: growth.describe('Growth of graduates from the previous year'),
});

export const trendsSchema = z.strictObject({
  chain: namedSchema,
  region: named({}),
  years: z
    .strictObject({
      from: z.number().int().nullable(),
      to: z.number().int().nullable(),
      window: z.number().int(),
    })
    .describe(
      'The yearly series run from..to (null when the data hold no year); `window` years back from `to` for growth',
    ),
  enterprises: z.strictObject({
    total: z.array(enterpriseYearSchema),
    bySegment: z.array(
      named({
        position: z.string(),
        order: z.number().nullable(),
        series: z.array(enterpriseYearSchema),
      }),
    ),
    undated: z.number().int().describe('Local enterprises of the chain without a founding year'),
  }),
  demand: z.strictObject({
    periods: z.array(demandPeriodSchema),
    byOccupation: z.array(named({ series: z.array(demandPeriodSchema) })),
    structural: z
      .array(z.strictObject({ period: z.string().nullable(), demand: z.number() }))
      .describe('Σ EMPLOYS.demand over the chain’s segments by EMPLOYS.period (null: no period)'),
    reducedToYears: z
      .boolean()
      .describe('The postings mixed granularities (2025 and 2025-H1), so periods are years'),
  }),
  graduates: z.strictObject({
    programs: z.array(z.string()).describe('The programs counted'),
    years: z.array(graduateYearSchema),
  }),
  coverage: z.array(
    z.strictObject({
      period: z.string(),
      coverage: z.number().nullable(),
      totalDemand: z.number(),
      growth: growth.describe('Change of coverage from the previous period, relative'),
    }),
  ),
  segments: z.array(
    named({
      position: z.string(),
      order: z.number().nullable(),
      class: segmentClassSchema,
      rule: z.string().describe('The id of the rule that fired, or `default`'),
      explanation: z.string().describe('The rule’s condition with the values it saw'),
      metrics: segmentMetricsSchema,
    }),
  ),
  rulesFrom: z.enum(['default', 'request']),
  rules: z.array(segmentClassRuleSchema),
  fields: z.record(segmentClassFieldSchema, z.string()),
  highlight: highlightSchema,
});
export type Trends = z.infer<typeof trendsSchema>;
