/**
 * The analysis views' state and the actions that change it: load the pickers' choices and their
 * defaults once, run the skill gap or the weak links for the current query (a newer request
 * cancels the older), rebuild and lay out the graph each view draws from the answer (a fixed number
 * of ForceAtlas2 steps, so the picture does not depend on the machine), fetch the names the answer
 * only gives as keys, and open a node in the explorer. Changes are the pure functions of the
 * sibling modules; this file sequences them with the API.
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { api, isAbortError, type ApiClient } from '../api/index.ts';
import type { NodeRef } from '../api/urls.ts';
import { nodeId, openNode, parseNodeId } from '../graph/index.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { forceAtlas2Sync, stopLayout } from '../layout/index.ts';
import { atom } from '../utils/atoms.ts';
import { enterpriseId, fillSkillGapGraph, fillWeakLinksGraph, skillGapNodeRefs } from './graphs.ts';
import { setMode } from './mode.ts';
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
import {
  competencyPicked,
  competencyToggled,
  initialSkillGapState,
  skillGapAnswered,
  skillGapDefaultsApplied,
  skillGapFailed,
  skillGapParams,
  skillGapQueryChanged,
  skillGapRequested,
  type SkillGapQuery,
  type SkillGapState,
} from './skillGap.ts';
import {
  initialWeakLinksState,
  segmentPicked,
  segmentToggled,
  weakLinksAnswered,
  weakLinksDefaultsApplied,
  weakLinksFailed,
  weakLinksParams,
  weakLinksQueryChanged,
  weakLinksRequested,
  type WeakLinksQuery,
  type WeakLinksState,
} from './weakLinks.ts';

export * from './types.ts';
export { answerOf, type AnalysisResult, type QueryProblem } from './result.ts';
export { modeAtom, setMode, followHash, type AppMode } from './mode.ts';
export type { PickerOption, PickerOptions, PickerOptionsState } from './options.ts';
export type { SkillGapQuery, SkillGapState } from './skillGap.ts';
export type { WeakLinksQuery, WeakLinksState } from './weakLinks.ts';
export type { NameMap, NodeNames } from './names.ts';

export const pickerOptionsAtom = atom<PickerOptionsState>({ type: 'idle' });
export const skillGapAtom = atom<SkillGapState>(initialSkillGapState);
export const weakLinksAtom = atom<WeakLinksState>(initialWeakLinksState);
/** Names of nodes the answers give by key only, by node id. */
export const namesAtom = atom<NameMap>(new Map());
/** The node under the pointer in the analysis graph on screen. */
export const analysisHoverAtom = atom<string | null>(null);

/** The graphs the two views draw; refilled, never replaced, so sigma keeps its instance. */
export const skillGapGraph: AtlasGraph = createAtlasGraph();
export const weakLinksGraph: AtlasGraph = createAtlasGraph();

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

/** Lists the pickers' choices once (again after a failure) and fills both views' defaults. */
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
      skillGapAtom.set(skillGapDefaultsApplied(defaults));
      weakLinksAtom.set(weakLinksDefaultsApplied(defaults));
    } catch (error) {
      optionsLoad = null;
      pickerOptionsAtom.set({ type: 'error', message: messageOf(error) });
    }
  })();
  return optionsLoad;
}

/** ForceAtlas2 steps for a fresh skill-gap graph, and for one that mostly kept its positions. */
export const skillGapLayoutIterations = { fresh: 300, settle: 80 } as const;

// ── Skill gap ────────────────────────────────────────────────────────────

let skillGapInflight: AbortController | null = null;

export async function runSkillGap(client: ApiClient = api): Promise<void> {
  skillGapInflight?.abort();
  skillGapAtom.set(skillGapRequested());
  const state = skillGapAtom.get();
  const checked = skillGapParams(state.query);
  if (state.result.type !== 'loading' || 'problem' in checked) return;
  const { requestId } = state.result;
  const controller = new AbortController();
  skillGapInflight = controller;
  try {
    const answer = await client.skillGap(checked.params, controller.signal);
    if (skillGapAtom.get().requestId !== requestId) return;
    namesAtom.set(
      namesAdded(answer.competencies.map((c) => [`Competency:${c.key}`, namesOf(c)] as const)),
    );
    stopLayout(skillGapGraph);
    const before = skillGapGraph.order;
    const { added } = fillSkillGapGraph(skillGapGraph, answer);
    forceAtlas2Sync(
      skillGapGraph,
      added > before / 2 ? skillGapLayoutIterations.fresh : skillGapLayoutIterations.settle,
    );
    skillGapAtom.set(skillGapAnswered(requestId, answer));
    void ensureNames(skillGapNodeRefs(answer), client);
  } catch (error) {
    if (isAbortError(error)) return;
    skillGapAtom.set(skillGapFailed(requestId, messageOf(error)));
  }
}

/** Opening the view: choices first, then an answer if there is none yet. */
export async function openSkillGap(client: ApiClient = api): Promise<void> {
  await loadPickerOptions(client);
  const { result } = skillGapAtom.get();
  if (result.type === 'idle' || result.type === 'error') await runSkillGap(client);
}

export function changeSkillGapQuery(change: Partial<SkillGapQuery>, client: ApiClient = api) {
  skillGapAtom.set(skillGapQueryChanged(change, readyOptions(pickerOptionsAtom.get())));
  void runSkillGap(client);
}

export function toggleCompetency(key: string | null): void {
  skillGapAtom.set(competencyToggled(key));
}

export function pickCompetency(key: string | null): void {
  skillGapAtom.set(competencyPicked(key));
}

// ── Weak links ───────────────────────────────────────────────────────────

let weakLinksInflight: AbortController | null = null;

export async function runWeakLinks(client: ApiClient = api): Promise<void> {
  weakLinksInflight?.abort();
  weakLinksAtom.set(weakLinksRequested());
  const state = weakLinksAtom.get();
  const checked = weakLinksParams(state.query);
  if (state.result.type !== 'loading' || 'problem' in checked) return;
  const { requestId } = state.result;
  const controller = new AbortController();
  weakLinksInflight = controller;
  try {
    const answer = await client.weakLinks(checked.params, controller.signal);
    if (weakLinksAtom.get().requestId !== requestId) return;
    namesAtom.set(
      namesAdded(answer.segments.map((s) => [`Segment:${s.key}`, namesOf(s)] as const)),
    );
    fillWeakLinksGraph(
      weakLinksGraph,
      answer,
      namesAtom.get().get(nodeId({ kind: 'Chain', key: answer.chain })),
    );
    weakLinksAtom.set(weakLinksAnswered(requestId, answer));
    void ensureNames(
      answer.segments.flatMap((s) => s.local.map(enterpriseId)),
      client,
    );
  } catch (error) {
    if (isAbortError(error)) return;
    weakLinksAtom.set(weakLinksFailed(requestId, messageOf(error)));
  }
}

export async function openWeakLinks(client: ApiClient = api): Promise<void> {
  await loadPickerOptions(client);
  const { result } = weakLinksAtom.get();
  if (result.type === 'idle' || result.type === 'error') await runWeakLinks(client);
}

export function changeWeakLinksQuery(change: Partial<WeakLinksQuery>, client: ApiClient = api) {
  weakLinksAtom.set(weakLinksQueryChanged(change));
  void runWeakLinks(client);
}

export function toggleSegment(key: string | null): void {
  weakLinksAtom.set(segmentToggled(key));
}

export function pickSegment(key: string | null): void {
  weakLinksAtom.set(segmentPicked(key));
}

// ── Leaving for the explorer ─────────────────────────────────────────────

/** Switches to the explorer and opens the node's neighbourhood there. */
export function openInExplorer(ref: NodeRef, client: ApiClient = api): Promise<void> {
  setMode('explorer');
  return openNode(ref, client);
}
