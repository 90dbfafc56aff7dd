/**
 * The analyses behind the views added to the skill gap and weak links — talent map, alignment,
 * program adjustment, matching, relatedness, experts, region overview — each one `Analysis` of the
 * shared pipeline (`define.ts`): the address's parameters, the client call, the graph it redraws
 * from each answer and the nodes a pick brings forward.
 */
import type { TalentMapParams } from '../api/analysisPaths.ts';
import { dimensionColours } from '../charts/palette.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import type { TalentMap } from './answers.ts';
import { createAnalysis } from './define.ts';
import { fillLayeredGraph } from './layered.ts';
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
