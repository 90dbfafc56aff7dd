/**
 * The answers of the analyses beyond the skill gap and weak links, as graph-schema defines them
 * (the zod schemas the server's routes answer with and the client parses with), re-exported for
 * the views under one roof, with the few derived shapes the views name.
 */
import type { CandidatesForPosting } from '@chanjiao/graph-schema';

export type {
  AdjustmentField,
  AdjustmentRule,
  Alignment,
  CandidatesForPosting,
  CandidateSummary,
  ChainAlignment,
  CohortNumbers,
  CompetencyDemand,
  CompetencyMatch,
  ExpertFinder,
  ExpertMatch,
  FiredRule,
  GapSummary,
  Metrics,
  Named,
  OccupationDemand,
  PostingsForCandidate,
  PostingSummary,
  ProgramAdjustment,
  ProgramAdjustmentRow,
  ProgramAlignment,
  Recommendation,
  RegionOverview,
  RelatedOccupation,
  RelatedOccupations,
  RelatedSegment,
  RelatedSegments,
  SegmentWeighting,
  SuggestedMicroCredential,
  TalentMap,
} from '@chanjiao/graph-schema';
export { recommendations } from '@chanjiao/graph-schema';

/** Why a pair scored what it did: the score and the matched, partial and missing competencies. */
export type MatchExplanation = Pick<
  CandidatesForPosting['candidates'][number],
  'score' | 'essentialsMet' | 'matched' | 'partial' | 'missing'
>;
