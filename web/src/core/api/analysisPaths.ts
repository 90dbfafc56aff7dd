/**
 * Paths of the analysis endpoints beyond the skill gap and weak links, with their parameters under
 * the API's own names (so a view's address and its request read alike). Repeated parameters
 * (`competency=a&competency=b`) carry lists.
 */
import type { DemandMode } from '@chanjiao/graph-schema';

export interface TalentMapParams {
  chain: string;
  region?: string;
  demand: DemandMode;
  period?: string;
  mappings?: 'follow';
}

export interface AlignmentParams {
  institution: string;
  chain?: string;
  region?: string;
  demand: DemandMode;
  period?: string;
}

export interface ProgramAdjustmentParams {
  institution: string;
  region?: string;
  period?: string;
  previousPeriod?: string;
  chain?: string;
}

export interface PostingMatchParams {
  posting: string;
  region?: string;
  minScore?: number;
  minLevel?: number;
  limit?: number;
}

export interface CandidateMatchParams {
  candidate: string;
  region?: string;
  period?: string;
  minScore?: number;
  limit?: number;
}

export interface RelatedOccupationsParams {
  occupation: string;
  limit?: number;
}

export interface RelatedSegmentsParams {
  segment: string;
  limit?: number;
}

export interface ExpertsParams {
  competency?: string[];
  industry?: string[];
  chain?: string[];
  segment?: string[];
  region?: string;
  limit?: number;
}

export interface OverviewParams {
  region: string;
}

export interface ListsParams {
  chain: string;
  region: string;
}

export interface TrendsParams {
  chain: string;
  region: string;
}

type QueryValue = string | number | readonly string[] | undefined;

/** `name=value` pairs; a list repeats its name; absent values are left out; `%20` for spaces. */
export function listQueryString(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const item of values)
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
  }
  return parts.join('&');
}

const path = (route: string, params: Record<string, QueryValue>) =>
  `/api/analysis/${route}?${listQueryString(params)}`;

export const analysisPaths = {
  talentMap: (p: TalentMapParams) =>
    path('talent-map', {
      chain: p.chain,
      region: p.region,
      demand: p.demand,
      period: p.period,
      mappings: p.mappings,
    }),
  alignment: (p: AlignmentParams) =>
    path('alignment', {
      institution: p.institution,
      chain: p.chain,
      region: p.region,
      demand: p.demand,
      period: p.period,
    }),
  programAdjustment: (p: ProgramAdjustmentParams) =>
    path('program-adjustment', {
      institution: p.institution,
      region: p.region,
      period: p.period,
      previousPeriod: p.previousPeriod,
      chain: p.chain,
    }),
  matchPosting: (p: PostingMatchParams) =>
    path('match/posting', {
      posting: p.posting,
      region: p.region,
      minScore: p.minScore,
      minLevel: p.minLevel,
      limit: p.limit,
    }),
  matchCandidate: (p: CandidateMatchParams) =>
    path('match/candidate', {
      candidate: p.candidate,
      region: p.region,
      period: p.period,
      minScore: p.minScore,
      limit: p.limit,
    }),
  relatedOccupations: (p: RelatedOccupationsParams) =>
    path('related/occupations', { occupation: p.occupation, limit: p.limit }),
  relatedSegments: (p: RelatedSegmentsParams) =>
    path('related/segments', { segment: p.segment, limit: p.limit }),
  experts: (p: ExpertsParams) =>
    path('experts', {
      competency: p.competency,
      industry: p.industry,
      chain: p.chain,
      segment: p.segment,
      region: p.region,
      limit: p.limit,
    }),
  overview: (p: OverviewParams) => path('overview', { region: p.region }),
  trends: (p: TrendsParams) => path('trends', { chain: p.chain, region: p.region }),
  /** Every N list of a chain in a region: JSON, or (for a download link) one XLSX workbook. */
  lists: (p: ListsParams, download?: { format: 'xlsx'; lang: 'zh' | 'en' }) =>
    `/api/lists?${listQueryString({ chain: p.chain, region: p.region, ...download })}`,
};
