/**
 * Answers of the program office's analyses — program–chain alignment and program adjustment
 * (专业设置动态调整) — and the adjustment rules, which are data: their fields, operators and
 * recommendations are declared here once, for the server that applies them and the client that
 * edits them.
 */
import { z } from 'zod';
import { demandModeSchema, highlightSchema, named } from './common.ts';

export const gapSummarySchema = named({
  dimension: z.string(),
  share: z.number(),
  requiredLevel: z.number(),
  taughtLevel: z.number(),
  supply: z.number(),
  gap: z.number(),
});
export type GapSummary = z.infer<typeof gapSummarySchema>;

export const chainAlignmentSchema = z.strictObject({
  chain: z.string(),
  coverage: z.number().nullable(),
  reason: z.string().optional(),
  totalDemand: z.number(),
  topGaps: z.array(gapSummarySchema),
});
export type ChainAlignment = z.infer<typeof chainAlignmentSchema>;

export const programAlignmentSchema = named({
  rank: z.number().int().nullable(),
  programGroups: z.array(z.string()),
  best: z.strictObject({ chain: z.string(), coverage: z.number() }).nullable(),
  reason: z.string().optional(),
  chains: z.array(chainAlignmentSchema),
});
export type ProgramAlignment = z.infer<typeof programAlignmentSchema>;

export const alignmentSchema = z.strictObject({
  institution: named({}),
  chain: z.string().nullable(),
  region: z.string().nullable(),
  demandMode: demandModeSchema,
  period: z.string().nullable(),
  programs: z.array(programAlignmentSchema).describe('By best coverage, unranked last'),
  chains: z.array(
    named({
      programs: z.array(
        z.strictObject({
          rank: z.number().int().nullable(),
          key: z.string(),
          coverage: z.number().nullable(),
        }),
      ),
    }),
  ),
  highlight: highlightSchema,
});
export type Alignment = z.infer<typeof alignmentSchema>;

// ── Program adjustment rules ────────────────────────────────────────────────

export const recommendations = ['expand', 'maintain', 'reform', 'shrink'] as const;
export const recommendationSchema = z.enum(recommendations);
export type Recommendation = z.infer<typeof recommendationSchema>;

/** The fields a rule can test, with what each measures. */
export const adjustmentFields = {
  supply: 'graduates of the latest cohort',
  demandNow: 'Σ headcount of postings for the target occupations in the region, this period',
  demandBefore: 'the same, previous period',
  trend: '(demandNow − demandBefore) / demandBefore',
  employmentRate: 'employed / graduates, latest cohort',
  relevanceRate: 'employedInTarget / employed, latest cohort',
  retentionRate: 'stayedInRegion / graduates, latest cohort',
  coverage: 'skill-gap coverage of the program against its chain (best chain)',
  targetCoverage: 'coverage restricted to the occupations the program prepares for',
  structuralDemand: 'Σ EMPLOYS.demand on the target occupations in the chain’s segments',
  graduatesPerPosting: 'supply / demandNow',
} as const;
export type AdjustmentField = keyof typeof adjustmentFields;
const fieldNames = Object.keys(adjustmentFields) as [AdjustmentField, ...AdjustmentField[]];
export const adjustmentFieldSchema = z.enum(fieldNames);

export const operators = ['<', '<=', '>', '>=', '==', '!='] as const;
export type Operator = (typeof operators)[number];

export const adjustmentRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
      'must be 1–64 letters, digits, dots, hyphens or underscores',
    ),
  recommendation: recommendationSchema,
  when: z
    .array(
      z.strictObject({
        field: adjustmentFieldSchema,
        op: z.enum(operators),
        value: z.number().finite(),
      }),
    )
    .max(10),
  note: z.string().max(500).optional(),
});
export type AdjustmentRule = z.infer<typeof adjustmentRuleSchema>;
export type Condition = AdjustmentRule['when'][number];

const metricValue = z.number().nullable();
export const metricsSchema = z.strictObject(
  Object.fromEntries(fieldNames.map((f) => [f, metricValue])) as Record<
    AdjustmentField,
    typeof metricValue
  >,
);
export type Metrics = z.infer<typeof metricsSchema>;

export const firedRuleSchema = z.strictObject({
  id: z.string(),
  recommendation: recommendationSchema,
  condition: z.string(),
  values: metricsSchema.partial().describe('The values of the fields the condition tests'),
  explanation: z.string().describe('The condition with the values it saw'),
  note: z.string().optional(),
});
export type FiredRule = z.infer<typeof firedRuleSchema>;

export const notFiredSchema = z.strictObject({
  id: z.string(),
  recommendation: recommendationSchema,
  failed: z.string().describe('The first condition that did not hold, with its value'),
});

// ── Program adjustment answer ───────────────────────────────────────────────

export const suggestedMicroCredentialSchema = named({
  dimension: z.string(),
  chain: z.string(),
  share: z.number(),
  requiredLevel: z.number(),
  taughtLevel: z.number(),
  supply: z.number(),
  gap: z.number(),
  requiredBy: z.array(z.string()),
  existing: z.array(named({ level: z.number(), offeredBy: z.array(z.string()) })),
});
export type SuggestedMicroCredential = z.infer<typeof suggestedMicroCredentialSchema>;

export const cohortNumbersSchema = z.strictObject({
  key: z.string(),
  year: z.number().int(),
  graduates: z.number().nullable(),
  employed: z.number().nullable(),
  employedInTarget: z.number().nullable(),
  stayedInRegion: z.number().nullable(),
});
export type CohortNumbers = z.infer<typeof cohortNumbersSchema>;

export const programAdjustmentRowSchema = named({
  level: z.string().nullable(),
  programGroups: z.array(z.string()),
  recommendation: recommendationSchema,
  rule: firedRuleSchema,
  notFired: z.array(notFiredSchema),
  metrics: metricsSchema,
  cohort: cohortNumbersSchema
    .extend({
      targetFrom: z.enum(['employedInTarget', 'outcomes']).nullable(),
      outcomes: z.array(
        z.strictObject({ occupation: z.string(), count: z.number(), target: z.boolean() }),
      ),
    })
    .nullable(),
  demand: z.array(
    z.strictObject({
      occupation: z.string(),
      name_zh: z.string(),
      name_en: z.string().optional(),
      now: z.number(),
      before: z.number().nullable(),
      structural: z.number().nullable(),
      postingsNow: z.array(z.string()),
      postingsBefore: z.array(z.string()),
    }),
  ),
  chains: z.array(
    z.strictObject({
      chain: z.string(),
      coverage: z.number().nullable(),
      targetCoverage: z.number().nullable(),
    }),
  ),
  suggestedMicroCredentials: z.array(suggestedMicroCredentialSchema),
  warnings: z.array(z.string()),
});
export type ProgramAdjustmentRow = z.infer<typeof programAdjustmentRowSchema>;

export const programAdjustmentSchema = z.strictObject({
  institution: named({}),
  region: z.string().nullable(),
  regionFrom: z.enum(['parameter', 'institution', 'none']),
  period: z.string().nullable(),
  previousPeriod: z.string().nullable(),
  periodsFound: z.array(z.string()),
  chain: z.string().nullable(),
  rulesFrom: z.enum(['default', 'request']),
  rules: z.array(adjustmentRuleSchema),
  fallback: recommendationSchema,
  fields: z.record(adjustmentFieldSchema, z.string()),
  programs: z.array(programAdjustmentRowSchema),
  summary: z.record(recommendationSchema, z.array(z.string())),
  highlight: highlightSchema,
});
export type ProgramAdjustment = z.infer<typeof programAdjustmentSchema>;
