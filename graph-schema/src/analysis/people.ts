/**
 * Answers of the people analyses: person–job matching (人岗匹配) both ways, related occupations
 * (career transitions) and chain segments, and the expert finder.
 */
import { z } from 'zod';
import { highlightSchema, named } from './common.ts';

export const competencyMatchSchema = named({
  dimension: z.string(),
  weight: z.number(),
  need: z.number(),
  have: z.number(),
  essential: z.boolean(),
  contribution: z.number().describe('w_c · min(1, have/need) / Σ w; they sum to the score'),
});
export type CompetencyMatch = z.infer<typeof competencyMatchSchema>;

const explanation = {
  score: z.number(),
  essentialsMet: z.boolean(),
  matched: z.array(competencyMatchSchema),
  partial: z.array(competencyMatchSchema),
  missing: z.array(competencyMatchSchema),
};

export const postingSummarySchema = named({
  period: z.string().nullable(),
  headcount: z.number().nullable(),
  occupation: z.string().nullable(),
  enterprise: z.string().nullable(),
  regions: z.array(z.string()),
});
export type PostingSummary = z.infer<typeof postingSummarySchema>;

export const candidateSummarySchema = named({
  status: z.string().nullable(),
  graduationYear: z.number().nullable(),
  regions: z.array(z.string()),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export const candidatesForPostingSchema = z.strictObject({
  posting: postingSummarySchema,
  filters: z.strictObject({
    region: z.string().nullable(),
    minScore: z.number().nullable(),
    minLevel: z.number().nullable(),
  }),
  requirements: z.array(
    named({
      dimension: z.string(),
      weight: z.number(),
      need: z.number(),
      essential: z.boolean(),
    }),
  ),
  totalWeight: z.number(),
  reason: z.string().optional(),
  considered: z.number().int().describe('Candidates in the store'),
  excluded: z.strictObject({
    region: z.number().int(),
    minLevel: z.number().int(),
    minScore: z.number().int(),
  }),
  total: z.number().int().describe('Ranked candidates before `limit`'),
  candidates: z.array(candidateSummarySchema.extend(explanation)),
  highlight: highlightSchema,
});
export type CandidatesForPosting = z.infer<typeof candidatesForPostingSchema>;

export const postingsForCandidateSchema = z.strictObject({
  candidate: candidateSummarySchema.extend({
    competencies: z.array(z.strictObject({ key: z.string(), level: z.number() })),
  }),
  filters: z.strictObject({
    region: z.string().nullable(),
    period: z.string().nullable(),
    minScore: z.number().nullable(),
  }),
  considered: z.number().int().describe('Postings in the store'),
  excluded: z.strictObject({
    region: z.number().int(),
    period: z.number().int(),
    minScore: z.number().int(),
  }),
  unscored: z
    .array(z.string())
    .describe('Postings that passed the filters but list no requirement'),
  total: z.number().int(),
  postings: z.array(postingSummarySchema.extend(explanation)),
  highlight: highlightSchema,
});
export type PostingsForCandidate = z.infer<typeof postingsForCandidateSchema>;

export const relatedOccupationSchema = named({
  similarity: z.number().describe('Weighted Jaccard J = Σ min / Σ max, to 12 decimal places'),
  intersection: z.number(),
  union: z.number(),
  shared: z.array(
    named({
      dimension: z.string(),
      weight: z.number(),
      targetWeight: z.number(),
      level: z.number(),
      targetLevel: z.number(),
      levelGap: z.number(),
    }),
  ),
  missing: z.array(named({ dimension: z.string(), weight: z.number(), level: z.number() })),
});
export type RelatedOccupation = z.infer<typeof relatedOccupationSchema>;

export const relatedOccupationsSchema = z.strictObject({
  occupation: named({ competencies: z.number().int() }),
  reason: z.string().optional(),
  total: z.number().int(),
  related: z.array(relatedOccupationSchema),
  highlight: highlightSchema,
});
export type RelatedOccupations = z.infer<typeof relatedOccupationsSchema>;

export const segmentWeightingSchema = z.enum(['demand', 'uniform', 'none']);
export type SegmentWeighting = z.infer<typeof segmentWeightingSchema>;

export const relatedSegmentSchema = named({
  chain: z.string().nullable(),
  weighting: segmentWeightingSchema,
  similarity: z.number(),
  shared: z.array(named({ dimension: z.string(), share: z.number(), targetShare: z.number() })),
  sharedOccupations: z.array(z.string()),
});
export type RelatedSegment = z.infer<typeof relatedSegmentSchema>;

export const relatedSegmentsSchema = z.strictObject({
  segment: named({
    chain: z.string().nullable(),
    weighting: segmentWeightingSchema,
    competencies: z.number().int(),
  }),
  reason: z.string().optional(),
  total: z.number().int(),
  related: z.array(relatedSegmentSchema),
  highlight: highlightSchema,
});
export type RelatedSegments = z.infer<typeof relatedSegmentsSchema>;

export const expertFieldKindSchema = z.enum(['Industry', 'Chain', 'Segment']);

export const expertMatchSchema = named({
  title: z.string().nullable(),
  affiliations: z.array(named({ kind: z.string() })),
  services: z.array(z.string()),
  score: z.number(),
  competencyScore: z.number().nullable(),
  fieldScore: z.number().nullable(),
  competencies: z.array(named({ level: z.number(), match: z.number() })),
  fields: z.array(
    named({
      kind: expertFieldKindSchema,
      match: z.number(),
      via: z.strictObject({ kind: z.string(), key: z.string(), hops: z.number().int() }),
    }),
  ),
  uncovered: z.array(z.string()).describe('Requested items not covered, as `Kind:key`'),
});
export type ExpertMatch = z.infer<typeof expertMatchSchema>;

export const expertFinderSchema = z.strictObject({
  request: z.strictObject({
    competencies: z.array(z.string()),
    industries: z.array(z.string()),
    chains: z.array(z.string()),
    segments: z.array(z.string()),
    region: z.string().nullable(),
  }),
  considered: z.number().int().describe('Experts in the store'),
  excludedByRegion: z.number().int(),
  total: z.number().int(),
  experts: z.array(expertMatchSchema),
  highlight: highlightSchema,
});
export type ExpertFinder = z.infer<typeof expertFinderSchema>;
