/**
 * Every analysis as a triple: the loader that reads what its parameters reach from the store, the
 * pure function that answers on that graph, and the schema of the answer on the wire. Routes call
 * them directly; this table is for what drives all of them alike — the benchmark and the tests
 * that compare loaders with the whole graph and check answers against their schemas.
 */
import type { z } from 'zod';
import {
  alignmentSchema,
  allListsSchema,
  listSchema,
  trendsSchema,
  type ListName,
  candidatesForPostingSchema,
  expertFinderSchema,
  postingsForCandidateSchema,
  programAdjustmentSchema,
  regionOverviewSchema,
  relatedOccupationsSchema,
  relatedSegmentsSchema,
  skillGapSchema,
  talentMapSchema,
  weakLinksSchema,
} from '@chanjiao/graph-schema';
import type { GraphStore } from '../store/port.ts';
import { alignment } from './alignment.ts';
import { findExperts } from './experts.ts';
import type { AnalysisGraph } from './graph.ts';
import { loadSkillGap, loadTalentMap, loadWeakLinks } from './load/chains.ts';
import {
  loadCandidatesForPosting,
  loadExperts,
  loadPostingsForCandidate,
  loadRelatedOccupations,
  loadRelatedSegments,
} from './load/people.ts';
import { loadLists } from './load/lists.ts';
import { loadAlignment, loadProgramAdjustment } from './load/programs.ts';
import { loadTrends } from './load/trends.ts';
import { trends } from './trends/index.ts';
import { allLists, nList, type ListQuery } from './lists/index.ts';
import { loadOverview } from './load/region.ts';
import { candidatesForPosting } from './matching.ts';
import { postingsForCandidate } from './postings-for-candidate.ts';
import { regionOverview } from './overview.ts';
import { programAdjustment } from './program-adjustment.ts';
import { relatedOccupations, relatedSegments } from './relatedness.ts';
import { skillGap } from './skill-gap.ts';
import { talentMap } from './talent-map.ts';
import { weakLinks } from './weak-links.ts';

export interface Analysis<Q, A> {
  load: (store: GraphStore, query: Q, maxNodes: number) => Promise<AnalysisGraph>;
  run: (graph: AnalysisGraph, query: Q) => A;
  schema: z.ZodType<A>;
}

const triple = <Q, A>(
  load: Analysis<Q, A>['load'],
  run: Analysis<Q, A>['run'],
  schema: z.ZodType<A>,
): Analysis<Q, A> => ({ load, run, schema });

export const analyses = {
  talentMap: triple(loadTalentMap, talentMap, talentMapSchema),
  skillGap: triple(loadSkillGap, skillGap, skillGapSchema),
  weakLinks: triple(loadWeakLinks, weakLinks, weakLinksSchema),
  alignment: triple(loadAlignment, alignment, alignmentSchema),
  programAdjustment: triple(loadProgramAdjustment, programAdjustment, programAdjustmentSchema),
  candidatesForPosting: triple(
    loadCandidatesForPosting,
    candidatesForPosting,
    candidatesForPostingSchema,
  ),
  postingsForCandidate: triple(
    loadPostingsForCandidate,
    postingsForCandidate,
    postingsForCandidateSchema,
  ),
  relatedOccupations: triple(loadRelatedOccupations, relatedOccupations, relatedOccupationsSchema),
  relatedSegments: triple(loadRelatedSegments, relatedSegments, relatedSegmentsSchema),
  experts: triple(loadExperts, findExperts, expertFinderSchema),
  overview: triple(
    loadOverview,
    (graph: AnalysisGraph, query: { region: string }) => regionOverview(graph, query),
    regionOverviewSchema,
  ),
  list: triple(
    (store: GraphStore, query: ListQuery & { list: ListName }, maxNodes: number) =>
      loadLists(store, query, maxNodes),
    nList,
    listSchema,
  ),
  lists: triple(loadLists, allLists, allListsSchema),
  trends: triple(loadTrends, trends, trendsSchema),
};

export type AnalysisName = keyof typeof analyses;
