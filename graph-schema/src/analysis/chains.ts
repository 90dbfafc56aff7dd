/**
 * Answers of the chain analyses as they cross the wire: the talent map, the skill gap and the weak
 * links (补链·强链). The server builds them, documents them in OpenAPI and validates what it sends;
 * the web client imports the inferred types.
 */
import { z } from 'zod';
import { demandModeSchema, highlightSchema, named, share } from './common.ts';

export const borrowedFromSchema = z.strictObject({
  key: z.string(),
  rel: z.enum(['SAME_AS', 'BROADER_MATCH']),
  score: z.number(),
});
export type BorrowedFrom = z.infer<typeof borrowedFromSchema>;

export const occupationDemandSchema = named({
  demand: z.number().describe('d_o'),
  segments: z.array(z.string()),
  postings: z.array(z.string()).describe('Postings counted (demand=postings)'),
  profileFrom: borrowedFromSchema
    .optional()
    .describe('Present when the occupation borrows a mapped profile (mappings=follow)'),
});
export type OccupationDemand = z.infer<typeof occupationDemandSchema>;

export const competencyDemandSchema = named({
  dimension: z.string().describe('knowledge / skill / quality (知识 / 能力 / 素质)'),
  demand: z.number().describe('D_c = Σ_o d_o·w_oc'),
  share: share('δ_c = D_c / ΣD'),
  requiredLevel: z.number().describe('max_o L_oc over occupations with demand'),
  occupations: z.array(
    z.strictObject({
      key: z.string(),
      weight: z.number(),
      level: z.number(),
      contribution: z.number(),
    }),
  ),
});
export type CompetencyDemand = z.infer<typeof competencyDemandSchema>;

export const talentMapSchema = z.strictObject({
  chain: named({}),
  region: z.string().nullable(),
  demandMode: demandModeSchema,
  period: z.string().nullable(),
  totalDemand: z.number(),
  segments: z.array(
    named({
      position: z.string(),
      order: z.number().nullable(),
      occupations: z.array(z.strictObject({ key: z.string(), demand: z.number() })),
    }),
  ),
  occupations: z.array(occupationDemandSchema).describe('By demand, largest first'),
  competencies: z.array(competencyDemandSchema).describe('By demand, largest first'),
  dimensions: z.record(
    z.string(),
    z.strictObject({ demand: z.number(), share: z.number(), competencies: z.number() }),
  ),
});
export type TalentMap = z.infer<typeof talentMapSchema>;

/** What can supply competencies. */
export const supplierKindSchema = z.enum(['Institution', 'Program', 'MicroCredential']);
export type SupplierKind = z.infer<typeof supplierKindSchema>;

export const supplierSchema = z.strictObject({ kind: supplierKindSchema, key: z.string() });
export type Supplier = z.infer<typeof supplierSchema>;

export const competencyGapSchema = named({
  dimension: z.string().describe('knowledge / skill / quality (知识 / 能力 / 素质)'),
  demand: z.number(),
  share: share('δ_c, the competency’s share of the chain’s demand'),
  requiredLevel: z.number(),
  taughtLevel: z.number(),
  supply: share('S_c = min(1, taught / required)'),
  gap: share('g_c = δ_c · (1 − S_c)'),
  courses: z
    .array(z.strictObject({ kind: z.string(), key: z.string(), level: z.number() }))
    .describe('The teaching items behind the supply, best level first'),
  occupations: z.array(z.strictObject({ key: z.string(), contribution: z.number() })),
});
export type CompetencyGap = z.infer<typeof competencyGapSchema>;

export const skillGapSchema = z.strictObject({
  chain: z.string(),
  region: z.string().nullable(),
  supplier: supplierSchema,
  demandMode: demandModeSchema,
  period: z.string().nullable(),
  coverage: share('Σ δ_c · S_c').nullable().describe('Null when there is no demand (see reason)'),
  reason: z.string().optional(),
  totalDemand: z.number(),
  competencies: z.array(competencyGapSchema).describe('By gap, largest first'),
  highlight: highlightSchema,
});
export type SkillGap = z.infer<typeof skillGapSchema>;

export const linkStatusSchema = z.enum(['missing', 'weak', 'normal', 'strong']);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

export const weakLinkThresholdsSchema = z.strictObject({
  weakBelow: z.number(),
  strongAbove: z.number(),
  minLocalEnterprises: z
    .number()
    .int()
    .describe(
      'A quotient resting on fewer local enterprises than this is flagged `fewEnterprises`',
    ),
});
export type WeakLinkThresholds = z.infer<typeof weakLinkThresholdsSchema>;

export const segmentStrengthSchema = named({
  position: z.string().describe('upstream / midstream / downstream'),
  order: z.number().nullable(),
  localEnterprises: z.number().int(),
  enterprises: z.number().int().describe('Enterprises anywhere operating in the segment'),
  locationQuotient: z.number().nullable().describe('(n_s,R / n_K,R) / (n_s / n_K)'),
  status: linkStatusSchema,
  local: z.array(z.string()).describe('Keys of the local enterprises'),
  localShare: z
    .number()
    .nullable()
    .describe('n_s,R / n_K,R: the segment’s share of the chain’s local enterprises'),
  baselineShare: z
    .number()
    .nullable()
    .describe(
      'n_s / n_K: the segment’s share of the chain’s enterprises anywhere, the baseline LQ compares with',
    ),
  fewEnterprises: z
    .boolean()
    .describe(
      'The quotient rests on fewer local enterprises than `thresholds.minLocalEnterprises`',
    ),
  candidates: z
    .array(
      named({
        tier: z.string().nullable(),
        scale: z.string().nullable(),
        locations: z.array(named({ kind: z.string() })),
      }),
    )
    .describe(
      'Missing or weak segments: enterprises outside the region operating in the segment, at most `candidateLimit`, by tier, then scale, then key',
    ),
});
export type SegmentStrength = z.infer<typeof segmentStrengthSchema>;
export type WeakLinkCandidate = SegmentStrength['candidates'][number];

export const weakLinksSchema = z.strictObject({
  chain: z.string(),
  region: z.string(),
  thresholds: weakLinkThresholdsSchema,
  localEnterprises: z.number().int(),
  enterprises: z.number().int(),
  candidateLimit: z.number().int().describe('The most candidate enterprises listed per segment'),
  segments: z.array(segmentStrengthSchema).describe('Upstream → downstream, by segment order'),
  highlight: highlightSchema,
});
export type WeakLinks = z.infer<typeof weakLinksSchema>;
