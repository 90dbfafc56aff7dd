/**
 * The analyses behind the views added to the skill gap and weak links — talent map, alignment,
 * program adjustment, matching, relatedness, experts, region overview, the N lists, trends — each one `Analysis` of the
 * shared pipeline (`define.ts`): the address's parameters, the client call, the graph it redraws
 * from each answer and the nodes a pick brings forward.
 */
import type {
  AlignmentParams,
  ProgramAdjustmentParams,
  TalentMapParams,
} from '../api/analysisPaths.ts';
import { dimensionColours } from '../charts/palette.ts';
import { statusColours, supplyColour } from './visuals.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import type { Alignment, ProgramAdjustment, TalentMap } from './answers.ts';
import { createAnalysis } from './define.ts';
import type {
  ExpertsParams,
  ListsParams,
  OverviewParams,
  TrendsParams,
} from '../api/analysisPaths.ts';
import type { AllLists, Trends } from '@chanjiao/graph-schema';
import { listsParams, type ListsSearch } from './lists.ts';
import { trendsFocus, trendsParams, type TrendsSearch } from './trends.ts';
import type { ExpertFinder, RegionOverview } from './answers.ts';
import { overviewFocus, overviewLayers, overviewParams, type OverviewSearch } from './overview.ts';
import {
  expertsFocus,
  expertsLayers,
  expertsParams,
  requestedIds,
  type ExpertsSearch,
} from './experts.ts';
import { ensureNames, namesAtom } from './index.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  adjustmentFocus,
  adjustmentLayers,
  adjustmentParams,
  alignmentFocus,
  alignmentLayers,
  alignmentParams,
  type AdjustmentSearch,
  type AlignmentSearch,
} from './programs.ts';
import {
  matchFocus,
  matchingParams,
  matchLayers,
  type MatchAnswer,
  type MatchingSearch,
  type MatchParams,
} from './matching.ts';
import {
  relatedFocus,
  relatedLayers,
  relatedParams,
  type RelatedAnswer,
  type RelatedParams,
  type RelatedSearch,
} from './related.ts';
import {
  talentMapFocus,
  talentMapLayers,
  talentMapParams,
  type TalentMapSearch,
} from './talentMap.ts';

const dimensionColour = (dimension: string) => dimensionColours[dimension] ?? '#64748b';

export const talentMapGraph: AtlasGraph = createAtlasGraph();

export const talentMap = createAnalysis<TalentMapSearch, TalentMapParams, TalentMap>({
  params: talentMapParams,
  fetch: (client, params, signal) => client.talentMap(params, signal),
  graph: talentMapGraph,
  draw(graph, answer) {
    const { layers, edges } = talentMapLayers(answer, dimensionColour);
    fillLayeredGraph(graph, layers, edges);
  },
  focus: talentMapFocus,
});

export const alignmentGraph: AtlasGraph = createAtlasGraph();

export const alignment = createAnalysis<AlignmentSearch, AlignmentParams, Alignment>({
  params: alignmentParams,
  fetch: (client, params, signal) => client.alignment(params, signal),
  graph: alignmentGraph,
  draw(graph, answer) {
    const { layers, edges } = alignmentLayers(answer);
    fillLayeredGraph(graph, layers, edges);
  },
  focus: alignmentFocus,
  shown(answer, client) {
    void ensureNames(
      answer.programs.flatMap((p) => p.programGroups.map((g) => `ProgramGroup:${g}`)),
      client,
    );
  },
});

export const adjustmentGraph: AtlasGraph = createAtlasGraph();

export const programAdjustment = createAnalysis<
  AdjustmentSearch,
  ProgramAdjustmentParams,
  ProgramAdjustment
>({
  params: adjustmentParams,
  fetch: (client, params, signal) => client.programAdjustment(params, signal),
  graph: adjustmentGraph,
  draw(graph, answer) {
    const { layers, edges } = adjustmentLayers(answer);
    fillLayeredGraph(graph, layers, edges);
  },
  focus: adjustmentFocus,
});

export const matchingGraph: AtlasGraph = createAtlasGraph();

export const matching = createAnalysis<MatchingSearch, MatchParams, MatchAnswer>({
  params: matchingParams,
  async fetch(client, params, signal): Promise<MatchAnswer> {
    if (params.direction === 'posting') {
      const { direction, ...query } = params;
      return { direction, result: await client.matchPosting(query, signal) };
    }
    const { direction, ...query } = params;
    return { direction, result: await client.matchCandidate(query, signal) };
  },
  graph: matchingGraph,
  draw(graph, answer) {
    // A score reads like supply: red for nothing met, green for everything.
    const { layers, edges } = matchLayers(answer, supplyColour, dimensionColour);
    fillLayeredGraph(graph, layers, edges);
  },
  focus: matchFocus,
  shown(answer, client) {
    if (answer.direction === 'candidate')
      void ensureNames(
        answer.result.postings.flatMap((p) => [
          ...(p.enterprise ? [`Enterprise:${p.enterprise}`] : []),
          ...(p.occupation ? [`Occupation:${p.occupation}`] : []),
        ]),
        client,
      );
    else if (answer.result.posting.enterprise)
      void ensureNames([`Enterprise:${answer.result.posting.enterprise}`], client);
  },
});

export const relatedGraph: AtlasGraph = createAtlasGraph();

export const related = createAnalysis<RelatedSearch, RelatedParams, RelatedAnswer>({
  params: relatedParams,
  async fetch(client, params, signal): Promise<RelatedAnswer> {
    if (params.kind === 'occupation') {
      const { kind, ...query } = params;
      return { kind, result: await client.relatedOccupations(query, signal) };
    }
    const { kind, ...query } = params;
    return { kind, result: await client.relatedSegments(query, signal) };
  },
  graph: relatedGraph,
  draw(graph, answer) {
    const { layers, edges } = relatedLayers(answer, dimensionColour);
    fillLayeredGraph(graph, layers, edges);
  },
  focus: relatedFocus,
  shown(answer, client) {
    if (answer.kind === 'segment')
      void ensureNames(
        answer.result.related.flatMap((r) => [
          ...(r.chain ? [`Chain:${r.chain}`] : []),
          ...r.sharedOccupations.map((o) => `Occupation:${o}`),
        ]),
        client,
      );
  },
});

export const expertsGraph: AtlasGraph = createAtlasGraph();

export const experts = createAnalysis<ExpertsSearch, ExpertsParams, ExpertFinder>({
  params: expertsParams,
  fetch: (client, params, signal) => client.experts(params, signal),
  graph: expertsGraph,
  draw(graph, answer) {
    const { layers, edges } = expertsLayers(answer, (id) => namesAtom.get().get(id) ?? {});
    fillLayeredGraph(graph, layers, edges);
  },
  focus: expertsFocus,
  shown(answer, client) {
    const { request } = answer;
    void ensureNames(
      requestedIds({
        competency: request.competencies,
        chain: request.chains,
        segment: request.segments,
        industry: request.industries,
      }),
      client,
    );
  },
});

export const overviewGraph: AtlasGraph = createAtlasGraph();

export const overview = createAnalysis<OverviewSearch, OverviewParams, RegionOverview>({
  params: overviewParams,
  fetch: (client, params, signal) => client.overview(params, signal),
  graph: overviewGraph,
  draw(graph, answer) {
    const { layers, edges } = overviewLayers(answer, {
      missing: statusColours.missing,
      present: statusColours.normal,
    });
    fillLayeredGraph(graph, layers, edges);
  },
  focus: overviewFocus,
  shown(answer, client) {
    void ensureNames(
      [
        ...answer.chains.flatMap((c) => [
          ...c.localClusters.map((k) => `Cluster:${k}`),
          ...c.servedBy.map((k) => `ProgramGroup:${k}`),
        ]),
        ...answer.graduates.byProgram.map((p) => `Institution:${p.institution}`),
      ],
      client,
    );
  },
});

/** The N lists of a chain in a region: every list at once, so switching lists asks nothing. */
export const lists = createAnalysis<ListsSearch, ListsParams, AllLists>({
  params: listsParams,
  fetch: (client, params, signal) => client.lists(params, signal),
});

/** Trends over time of a chain in a region; charts and tables only, no graph. */
export const trends = createAnalysis<TrendsSearch, TrendsParams, Trends>({
  params: trendsParams,
  fetch: (client, params, signal) => client.trends(params, signal),
  focus: trendsFocus,
});
