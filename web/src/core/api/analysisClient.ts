/**
 * The analysis endpoints of the API client beyond the skill gap and weak links. Each answer is
 * parsed with the zod schema graph-schema defines for it — the one the server answers with — so a
 * view gets the typed answer or a `BAD_RESPONSE` error naming the first field that differs, never
 * half an answer.
 */
import {
  allListsSchema,
  alignmentSchema,
  candidatesForPostingSchema,
  expertFinderSchema,
  postingsForCandidateSchema,
  programAdjustmentSchema,
  regionOverviewSchema,
  relatedOccupationsSchema,
  relatedSegmentsSchema,
  talentMapSchema,
  trendsSchema,
  type AllLists,
  type Alignment,
  type CandidatesForPosting,
  type ExpertFinder,
  type PostingsForCandidate,
  type ProgramAdjustment,
  type RegionOverview,
  type RelatedOccupations,
  type RelatedSegments,
  type TalentMap,
  type Trends,
} from '@chanjiao/graph-schema';
import type { z } from 'zod';
import {
  analysisPaths,
  type AlignmentParams,
  type CandidateMatchParams,
  type ExpertsParams,
  type ListsParams,
  type OverviewParams,
  type PostingMatchParams,
  type ProgramAdjustmentParams,
  type RelatedOccupationsParams,
  type RelatedSegmentsParams,
  type TalentMapParams,
  type TrendsParams,
} from './analysisPaths.ts';
import { ApiError } from './errors.ts';

export interface AnalysisApi {
  talentMap(params: TalentMapParams, signal?: AbortSignal): Promise<TalentMap>;
  alignment(params: AlignmentParams, signal?: AbortSignal): Promise<Alignment>;
  programAdjustment(
    params: ProgramAdjustmentParams,
    signal?: AbortSignal,
  ): Promise<ProgramAdjustment>;
  matchPosting(params: PostingMatchParams, signal?: AbortSignal): Promise<CandidatesForPosting>;
  matchCandidate(params: CandidateMatchParams, signal?: AbortSignal): Promise<PostingsForCandidate>;
  relatedOccupations(
    params: RelatedOccupationsParams,
    signal?: AbortSignal,
  ): Promise<RelatedOccupations>;
  relatedSegments(params: RelatedSegmentsParams, signal?: AbortSignal): Promise<RelatedSegments>;
  experts(params: ExpertsParams, signal?: AbortSignal): Promise<ExpertFinder>;
  overview(params: OverviewParams, signal?: AbortSignal): Promise<RegionOverview>;
  trends(params: TrendsParams, signal?: AbortSignal): Promise<Trends>;
  lists(params: ListsParams, signal?: AbortSignal): Promise<AllLists>;
}

type GetJson = (path: string, signal?: AbortSignal) => Promise<unknown>;

/** An answer parsed with its graph-schema schema; any other shape is `BAD_RESPONSE`, naming what. */
export function parseAnswer<T>(path: string, body: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(answer)'}: ${issue.message}` : 'unknown shape';
  throw new ApiError(`Unexpected response from ${path}: ${where}`, 200, 'BAD_RESPONSE');
}

export function createAnalysisApi(getJson: GetJson): AnalysisApi {
  const get =
    <P, T>(build: (params: P) => string, schema: z.ZodType<T>) =>
    async (params: P, signal?: AbortSignal): Promise<T> => {
      const path = build(params);
      return parseAnswer(path, await getJson(path, signal), schema);
    };
  return {
    talentMap: get(analysisPaths.talentMap, talentMapSchema),
    alignment: get(analysisPaths.alignment, alignmentSchema),
    programAdjustment: get(analysisPaths.programAdjustment, programAdjustmentSchema),
    matchPosting: get(analysisPaths.matchPosting, candidatesForPostingSchema),
    matchCandidate: get(analysisPaths.matchCandidate, postingsForCandidateSchema),
    relatedOccupations: get(analysisPaths.relatedOccupations, relatedOccupationsSchema),
    relatedSegments: get(analysisPaths.relatedSegments, relatedSegmentsSchema),
    experts: get(analysisPaths.experts, expertFinderSchema),
    overview: get(analysisPaths.overview, regionOverviewSchema),
    trends: get(analysisPaths.trends, trendsSchema),
    lists: get((p: ListsParams) => analysisPaths.lists(p), allListsSchema),
  };
}

/** An `AnalysisApi` whose every call fails: for fake clients in tests that use other endpoints. */
export function unusedAnalysisApi(): AnalysisApi {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    talentMap: unused,
    alignment: unused,
    programAdjustment: unused,
    matchPosting: unused,
    matchCandidate: unused,
    relatedOccupations: unused,
    relatedSegments: unused,
    experts: unused,
    overview: unused,
    trends: unused,
    lists: unused,
  };
}
