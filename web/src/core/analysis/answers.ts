/**
 * The answers of the analyses this client shows beyond the skill gap and weak links, as the server
 * sends them (the shapes its OpenAPI documents at `/docs`). They are named as graph-schema names
 * their zod schemas, so the client can take them from there as soon as the package exports them.
 */
import type { DemandMode, LinkStatus } from '@chanjiao/graph-schema';

export interface Named {
  key: string;
  name_zh: string;
  name_en?: string;
}

// ── Talent map ──────────────────────────────────────────────────────────────

export interface OccupationDemand extends Named {
  demand: number;
  segments: string[];
  postings: string[];
  profileFrom?: { key: string; rel: 'SAME_AS' | 'BROADER_MATCH'; score: number };
}

export interface CompetencyDemand extends Named {
  dimension: string;
  demand: number;
  share: number;
  requiredLevel: number;
  occupations: { key: string; weight: number; level: number; contribution: number }[];
}

export interface TalentMap {
  chain: Named;
  region: string | null;
  demandMode: DemandMode;
  period: string | null;
  totalDemand: number;
  segments: (Named & {
    position: string;
    order: number | null;
    occupations: { key: string; demand: number }[];
  })[];
  occupations: OccupationDemand[];
  competencies: CompetencyDemand[];
  dimensions: Record<string, { demand: number; share: number; competencies: number }>;
}

// ── Programs ────────────────────────────────────────────────────────────────

export interface GapSummary extends Named {
  dimension: string;
  share: number;
  requiredLevel: number;
  taughtLevel: number;
  supply: number;
  gap: number;
}

export interface ChainAlignment {
  chain: string;
  coverage: number | null;
  reason?: string;
  totalDemand: number;
  topGaps: GapSummary[];
}

export interface ProgramAlignment extends Named {
  rank: number | null;
  programGroups: string[];
  best: { chain: string; coverage: number } | null;
  reason?: string;
  chains: ChainAlignment[];
}

export interface Alignment {
  institution: Named;
  chain: string | null;
  region: string | null;
  demandMode: DemandMode;
  period: string | null;
  programs: ProgramAlignment[];
  chains: (Named & {
    programs: { rank: number | null; key: string; coverage: number | null }[];
  })[];
  highlight: string[];
}

export type Recommendation = 'expand' | 'maintain' | 'reform' | 'shrink';
export const recommendations: readonly Recommendation[] = [
  'expand',
  'maintain',
  'reform',
  'shrink',
];

export type AdjustmentField =
  | 'supply'
  | 'demandNow'
  | 'demandBefore'
  | 'trend'
  | 'employmentRate'
  | 'relevanceRate'
  | 'retentionRate'
  | 'coverage'
  | 'targetCoverage'
  | 'structuralDemand'
  | 'graduatesPerPosting';

export type Metrics = Record<AdjustmentField, number | null>;

export interface AdjustmentRule {
  id: string;
  recommendation: Recommendation;
  when: { field: AdjustmentField; op: '<' | '<=' | '>' | '>=' | '==' | '!='; value: number }[];
  note?: string;
}

export interface FiredRule {
  id: string;
  recommendation: Recommendation;
  condition: string;
  values: Partial<Metrics>;
  explanation: string;
  note?: string;
}

export interface SuggestedMicroCredential extends Named {
  dimension: string;
  chain: string;
  share: number;
  requiredLevel: number;
  taughtLevel: number;
  supply: number;
  gap: number;
  requiredBy: string[];
  existing: (Named & { level: number; offeredBy: string[] })[];
}

export interface CohortNumbers {
  key: string;
  year: number;
  graduates: number | null;
  employed: number | null;
  employedInTarget: number | null;
  stayedInRegion: number | null;
}

export interface ProgramAdjustmentRow extends Named {
  level: string | null;
  programGroups: string[];
  recommendation: Recommendation;
  rule: FiredRule;
  notFired: { id: string; recommendation: Recommendation; failed: string }[];
  metrics: Metrics;
  cohort:
    | (CohortNumbers & {
        targetFrom: 'employedInTarget' | 'outcomes' | null;
        outcomes: { occupation: string; count: number; target: boolean }[];
      })
    | null;
  demand: {
    occupation: string;
    name_zh: string;
    name_en?: string;
    now: number;
    before: number | null;
    structural: number | null;
    postingsNow: string[];
    postingsBefore: string[];
  }[];
  chains: { chain: string; coverage: number | null; targetCoverage: number | null }[];
  suggestedMicroCredentials: SuggestedMicroCredential[];
  warnings: string[];
}

export interface ProgramAdjustment {
  institution: Named;
  region: string | null;
  regionFrom: 'parameter' | 'institution' | 'none';
  period: string | null;
  previousPeriod: string | null;
  periodsFound: string[];
  chain: string | null;
  rulesFrom: 'default' | 'request';
  rules: AdjustmentRule[];
  fallback: Recommendation;
  fields: Partial<Record<AdjustmentField, string>>;
  programs: ProgramAdjustmentRow[];
  summary: Partial<Record<Recommendation, string[]>>;
  highlight: string[];
}

// ── People ──────────────────────────────────────────────────────────────────

export interface CompetencyMatch extends Named {
  dimension: string;
  weight: number;
  need: number;
  have: number;
  essential: boolean;
  contribution: number;
}

export interface MatchExplanation {
  score: number;
  essentialsMet: boolean;
  matched: CompetencyMatch[];
  partial: CompetencyMatch[];
  missing: CompetencyMatch[];
}

export interface PostingSummary extends Named {
  period: string | null;
  headcount: number | null;
  occupation: string | null;
  enterprise: string | null;
  regions: string[];
}

export interface CandidateSummary extends Named {
  status: string | null;
  graduationYear: number | null;
  regions: string[];
}

export interface CandidatesForPosting {
  posting: PostingSummary;
  filters: { region: string | null; minScore: number | null; minLevel: number | null };
  requirements: (Named & { dimension: string; weight: number; need: number; essential: boolean })[];
  totalWeight: number;
  reason?: string;
  considered: number;
  excluded: { region: number; minLevel: number; minScore: number };
  total: number;
  candidates: (CandidateSummary & MatchExplanation)[];
  highlight: string[];
}

export interface PostingsForCandidate {
  candidate: CandidateSummary & { competencies: { key: string; level: number }[] };
  filters: { region: string | null; period: string | null; minScore: number | null };
  considered: number;
  excluded: { region: number; period: number; minScore: number };
  unscored: string[];
  total: number;
  postings: (PostingSummary & MatchExplanation)[];
  highlight: string[];
}

export interface RelatedOccupation extends Named {
  similarity: number;
  intersection: number;
  union: number;
  shared: (Named & {
    dimension: string;
    weight: number;
    targetWeight: number;
    level: number;
    targetLevel: number;
    levelGap: number;
  })[];
  missing: (Named & { dimension: string; weight: number; level: number })[];
}

export interface RelatedOccupations {
  occupation: Named & { competencies: number };
  reason?: string;
  total: number;
  related: RelatedOccupation[];
  highlight: string[];
}

export type SegmentWeighting = 'demand' | 'uniform' | 'none';

export interface RelatedSegment extends Named {
  chain: string | null;
  weighting: SegmentWeighting;
  similarity: number;
  shared: (Named & { dimension: string; share: number; targetShare: number })[];
  sharedOccupations: string[];
}

export interface RelatedSegments {
  segment: Named & { chain: string | null; weighting: SegmentWeighting; competencies: number };
  reason?: string;
  total: number;
  related: RelatedSegment[];
  highlight: string[];
}

export interface ExpertMatch extends Named {
  title: string | null;
  affiliations: (Named & { kind: string })[];
  services: string[];
  score: number;
  competencyScore: number | null;
  fieldScore: number | null;
  competencies: (Named & { level: number; match: number })[];
  fields: (Named & {
    kind: 'Industry' | 'Chain' | 'Segment';
    match: number;
    via: { kind: string; key: string; hops: number };
  })[];
  uncovered: string[];
}

export interface ExpertFinder {
  request: {
    competencies: string[];
    industries: string[];
    chains: string[];
    segments: string[];
    region: string | null;
  };
  considered: number;
  excludedByRegion: number;
  total: number;
  experts: ExpertMatch[];
  highlight: string[];
}

// ── Region overview ─────────────────────────────────────────────────────────

export interface RegionOverview {
  region: Named & { level: string | null };
  regions: number;
  counts: {
    local: Record<string, number>;
    global: { nodes: number; edges: number; byKind: Record<string, number> } | null;
  };
  chains: (Named & {
    localEnterprises: number;
    enterprises: number;
    localClusters: string[];
    servedBy: string[];
    segments: (Named & {
      position: string;
      order: number | null;
      localEnterprises: number;
      enterprises: number;
      byTier: Record<string, number>;
    })[];
  })[];
  enterprises: { total: number; byTier: Record<string, number>; byScale: Record<string, number> };
  postings: {
    total: { postings: number; headcount: number };
    byPeriod: { period: string; postings: number; headcount: number }[];
  };
  graduates: {
    byProgram: {
      program: string;
      name_zh: string;
      name_en?: string;
      institution: string;
      cohorts: CohortNumbers[];
    }[];
    byYear: { year: number; graduates: number; cohorts: number }[];
  };
}

export type { LinkStatus };
