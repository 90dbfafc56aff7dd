/**
 * The analysis endpoints of the API client beyond the skill gap and weak links. Each answer is
 * checked for the fields the views read first (a wrong server or proxy answers `BAD_RESPONSE`
 * rather than breaking a view half-way); the full shapes are documented at `/docs`.
 */
import type {
  Alignment,
  CandidatesForPosting,
  ExpertFinder,
  PostingsForCandidate,
  ProgramAdjustment,
  RegionOverview,
  RelatedOccupations,
  RelatedSegments,
  TalentMap,
} from '../analysis/answers.ts';
import {
  analysisPaths,
  type AlignmentParams,
  type CandidateMatchParams,
  type ExpertsParams,
  type OverviewParams,
  type PostingMatchParams,
  type ProgramAdjustmentParams,
  type RelatedOccupationsParams,
  type RelatedSegmentsParams,
  type TalentMapParams,
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
}

type GetJson = (path: string, signal?: AbortSignal) => Promise<unknown>;

/** The fields an answer must have, by what they must be. */
type Expected = Record<string, 'array' | 'object'>;

function checked<T>(path: string, body: unknown, expected: Expected): T {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : null;
  const fine =
    record !== null &&
    Object.entries(expected).every(([field, kind]) => {
      const value = (record as Record<string, unknown>)[field];
      return kind === 'array'
        ? Array.isArray(value)
        : typeof value === 'object' && value !== null && !Array.isArray(value);
    });
  if (!fine)
    throw new ApiError(
      `Unexpected response from ${path}: expected {${Object.keys(expected).join(', ')}}`,
      200,
      'BAD_RESPONSE',
    );
  return body as T;
}

export function createAnalysisApi(getJson: GetJson): AnalysisApi {
  const get =
    <P, T>(build: (params: P) => string, expected: Expected) =>
    async (params: P, signal?: AbortSignal): Promise<T> => {
      const path = build(params);
      return checked<T>(path, await getJson(path, signal), expected);
    };
  return {
    talentMap: get(analysisPaths.talentMap, { segments: 'array', competencies: 'array' }),
    alignment: get(analysisPaths.alignment, { programs: 'array', chains: 'array' }),
    programAdjustment: get(analysisPaths.programAdjustment, { programs: 'array', rules: 'array' }),
    matchPosting: get(analysisPaths.matchPosting, { posting: 'object', candidates: 'array' }),
    matchCandidate: get(analysisPaths.matchCandidate, { candidate: 'object', postings: 'array' }),
    relatedOccupations: get(analysisPaths.relatedOccupations, {
      occupation: 'object',
      related: 'array',
    }),
    relatedSegments: get(analysisPaths.relatedSegments, { segment: 'object', related: 'array' }),
    experts: get(analysisPaths.experts, { request: 'object', experts: 'array' }),
    overview: get(analysisPaths.overview, { region: 'object', chains: 'array' }),
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
  };
}
