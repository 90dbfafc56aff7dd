/**
 * Every analysis as a pair: the loader that reads what its parameters reach from the store, and
 * the pure function that answers on that graph. Routes call the pairs directly; this table is for
 * what drives all of them alike — the benchmark and the tests that compare loaders with the whole
 * graph.
 */
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
import { loadAlignment, loadProgramAdjustment } from './load/programs.ts';
import { loadOverview } from './load/region.ts';
import { candidatesForPosting, postingsForCandidate } from './matching.ts';
import { regionOverview } from './overview.ts';
import { programAdjustment } from './program-adjustment.ts';
import { relatedOccupations, relatedSegments } from './relatedness.ts';
import { skillGap } from './skill-gap.ts';
import { talentMap } from './talent-map.ts';
import { weakLinks } from './weak-links.ts';

export interface Analysis<Q, A> {
  load: (store: GraphStore, query: Q, maxNodes: number) => Promise<AnalysisGraph>;
  run: (graph: AnalysisGraph, query: Q) => A;
}

const pair = <Q, A>(load: Analysis<Q, A>['load'], run: Analysis<Q, A>['run']): Analysis<Q, A> => ({
  load,
  run,
});

export const analyses = {
  talentMap: pair(loadTalentMap, talentMap),
  skillGap: pair(loadSkillGap, skillGap),
  weakLinks: pair(loadWeakLinks, weakLinks),
  alignment: pair(loadAlignment, alignment),
  programAdjustment: pair(loadProgramAdjustment, programAdjustment),
  candidatesForPosting: pair(loadCandidatesForPosting, candidatesForPosting),
  postingsForCandidate: pair(loadPostingsForCandidate, postingsForCandidate),
  relatedOccupations: pair(loadRelatedOccupations, relatedOccupations),
  relatedSegments: pair(loadRelatedSegments, relatedSegments),
  experts: pair(loadExperts, findExperts),
  overview: pair(loadOverview, (graph: AnalysisGraph, query: { region: string }) =>
    regionOverview(graph, query),
  ),
};

export type AnalysisName = keyof typeof analyses;
