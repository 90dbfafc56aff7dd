/**
 * The analysis views' shared state and their definitions: the pickers' choices and the defaults
 * chosen from them (listed once), the names of nodes the answers give by key only, and one
 * `Analysis` per view (see `define.ts`) — skill gap and weak links — whose parameters come from
 * the address. Changes are the pure functions of the sibling modules; this file sequences them
 * with the API.
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { api, type ApiClient } from '../api/index.ts';
import { nodeId, parseNodeId } from '../graph/index.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { forceAtlas2Steps, stopLayout } from '../layout/index.ts';
import { atom } from '../utils/atoms.ts';
import { createAnalysis } from './define.ts';
import {
  competencyFocus,
  enterpriseId,
  fillSkillGapGraph,
  fillWeakLinksGraph,
  segmentFocus,
  skillGapNodeRefs,
} from './graphs.ts';
import {
  forEachLimited,
  missingNames,
  namesAdded,
  namesOf,
  type NameMap,
  type NodeNames,
} from './names.ts';
import {
  defaultsFrom,
  optionsFromHits,
  pickerKinds,
  pickerLimit,
  relatedKeys,
  type PickerOptions,
  type PickerOptionsState,
} from './options.ts';
import { skillGapParams, type SkillGapSearch } from './skillGap.ts';
import type { SkillGapAnswer, SkillGapParams, WeakLinksAnswer, WeakLinksParams } from './types.ts';
import { weakLinksParams, type WeakLinksSearch } from './weakLinks.ts';

export * from './types.ts';
export { answerOf, type AnalysisResult, type QueryProblem } from './result.ts';
export {
  analysisView,
  createAnalysis,
  type Analysis,
  type AnalysisDefinition,
  type AnalysisViewState,
  type PickedSearch,
} from './define.ts';
export type { Checked, RequestState } from './request.ts';
export type { PickerOption, PickerOptions, PickerOptionsState } from './options.ts';
export type { SkillGapQuery, SkillGapSearch } from './skillGap.ts';
export type { WeakLinksQuery, WeakLinksSearch } from './weakLinks.ts';
export type { NameMap, NodeNames } from './names.ts';

export const pickerOptionsAtom = atom<PickerOptionsState>({ type: 'idle' });
/** Names of nodes the answers give by key only, by node id. */
export const namesAtom = atom<NameMap>(new Map());
/** The node under the pointer in the analysis graph on screen. */
export const analysisHoverAtom = atom<string | null>(null);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readyOptions(state: PickerOptionsState): PickerOptions | null {
  return state.type === 'ready' ? state.options : null;
}

// ── Names ────────────────────────────────────────────────────────────────

const pendingNames = new Set<string>();
const nameConcurrency = 6;

/** Fetches the names of the nodes not known yet, a few at a time, and publishes them in batches. */
export async function ensureNames(ids: Iterable<string>, client: ApiClient = api): Promise<void> {
  const missing = missingNames(ids, namesAtom.get(), pendingNames);
  if (missing.length === 0) return;
  for (const id of missing) pendingNames.add(id);
  let batch: [string, NodeNames][] = [];
  const flush = () => {
    if (batch.length === 0) return;
    namesAtom.set(namesAdded(batch));
    batch = [];
  };
  await forEachLimited(missing, nameConcurrency, async (id) => {
    const ref = parseNodeId(id);
    let names: NodeNames = {};
    if (ref)
      try {
        names = namesOf((await client.node(ref)).props);
      } catch {
        // Shown by its key; not asked for again this session.
      }
    pendingNames.delete(id);
    batch.push([id, names]);
    if (batch.length >= nameConcurrency * 2) flush();
  });
  flush();
}

function rememberHits(kind: string, hits: readonly SearchHit[]): void {
  namesAtom.set(namesAdded(hits.map((hit) => [nodeId({ kind, key: hit.key }), namesOf(hit)])));
}

// ── Picker choices and defaults ──────────────────────────────────────────

let optionsLoad: Promise<void> | null = null;

/**
 * The region a chain is rooted in: where the cluster it belongs to is located (a chain has no
 * region of its own). Null when the data does not say.
 */
async function chainRegion(chain: string | undefined, client: ApiClient): Promise<string | null> {
  if (!chain) return null;
  const detail = await client.node({ kind: 'Chain', key: chain });
  for (const cluster of relatedKeys(detail, 'PART_OF', 'out', 'Cluster')) {
    const clusterDetail = await client.node({ kind: 'Cluster', key: cluster });
    const region = relatedKeys(clusterDetail, 'LOCATED_IN', 'out', 'Region')[0];
    if (region) return region;
  }
  return null;
}

/** Lists the pickers' choices once (again after a failure) and the defaults chosen from them. */
export function loadPickerOptions(client: ApiClient = api): Promise<void> {
  if (optionsLoad) return optionsLoad;
  pickerOptionsAtom.set({ type: 'loading' });
  optionsLoad = (async () => {
    try {
      const lists = await Promise.all(
        pickerKinds.map((kind) => client.search({ q: '', kind, limit: pickerLimit })),
      );
      const hits = Object.fromEntries(pickerKinds.map((kind, i) => [kind, lists[i] ?? []]));
      for (const kind of pickerKinds) rememberHits(kind, hits[kind] ?? []);
      const options = optionsFromHits(hits as Parameters<typeof optionsFromHits>[0]);
      const region = await chainRegion(options.chains[0]?.key, client).catch(() => null);
      const defaults = defaultsFrom(options, region);
      pickerOptionsAtom.set({ type: 'ready', options, defaults });
    } catch (error) {
      optionsLoad = null;
      pickerOptionsAtom.set({ type: 'error', message: messageOf(error) });
    }
  })();
  return optionsLoad;
}

/** ForceAtlas2 steps for a fresh skill-gap graph, and for one that mostly kept its positions. */
export const skillGapLayoutIterations = { fresh: 300, settle: 80 } as const;

/** The node a picked id names, when it is of `kind`. */
function keyOfKind(id: string, kind: string): string | null {
  const ref = parseNodeId(id);
  return ref?.kind === kind ? ref.key : null;
}

/** Occupations → competencies ← courses, laid out in a fixed number of steps (the same picture on any machine). */
export const skillGapGraph: AtlasGraph = createAtlasGraph();

export const skillGap = createAnalysis<SkillGapSearch, SkillGapParams, SkillGapAnswer>({
  params: skillGapParams,
  fetch: (client, params, signal) => client.skillGap(params, signal),
  graph: skillGapGraph,
  draw(graph, answer) {
    namesAtom.set(
      namesAdded(answer.competencies.map((c) => [`Competency:${c.key}`, namesOf(c)] as const)),
    );
    stopLayout(graph);
    const before = graph.order;
    const { added } = fillSkillGapGraph(graph, answer);
    void forceAtlas2Steps(
      graph,
      added > before / 2 ? skillGapLayoutIterations.fresh : skillGapLayoutIterations.settle,
    );
  },
  focus(answer, selected) {
    const key = keyOfKind(selected, 'Competency');
    return key === null ? new Set() : competencyFocus(answer, key);
  },
  shown(answer, client) {
    void ensureNames(skillGapNodeRefs(answer), client);
  },
});

/** The chain in its lanes: segments upstream → downstream in order, local enterprises under them. */
export const weakLinksGraph: AtlasGraph = createAtlasGraph();

export const weakLinks = createAnalysis<WeakLinksSearch, WeakLinksParams, WeakLinksAnswer>({
  params: weakLinksParams,
  fetch: (client, params, signal) => client.weakLinks(params, signal),
  graph: weakLinksGraph,
  draw(graph, answer) {
    namesAtom.set(
      namesAdded(answer.segments.map((s) => [`Segment:${s.key}`, namesOf(s)] as const)),
    );
    fillWeakLinksGraph(
      graph,
      answer,
      namesAtom.get().get(nodeId({ kind: 'Chain', key: answer.chain })),
    );
  },
  focus(answer, selected) {
    const key = keyOfKind(selected, 'Segment');
    return key === null ? new Set() : segmentFocus(answer, key);
  },
  shown(answer, client) {
    void ensureNames(
      answer.segments.flatMap((s) => s.local.map(enterpriseId)),
      client,
    );
  },
});
