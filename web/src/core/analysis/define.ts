/**
 * One analysis view's pipeline, written once for all of them (Gephi Lite's producers): URL
 * parameters → request parameters (or the reason there are none) → fetch → answer → the graph the
 * view draws, refilled before the answer is shown → the nodes brought forward for the picked node.
 * A view declares an `AnalysisDefinition`; `createAnalysis` gives it a request state (an atom) and
 * `ask`, which fetches only when the parameters changed, cancels the request they replace, and
 * drops answers that arrive late. `analysisView` is what the view renders from.
 */
import { api, ApiError, isAbortError, type ApiClient } from '../api/index.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { atom, type ReadableAtom } from '../utils/atoms.ts';
import {
  checkedKey,
  initialRequestState,
  isAskedFor,
  requestAnswered,
  requestFailed,
  requestInvalid,
  requestStarted,
  type Checked,
  type RequestState,
} from './request.ts';
import { answerOf, type AnalysisResult } from './result.ts';

/** The URL parameter every analysis view uses for its picked node (a node id, `Kind:key`). */
export type PickedSearch = {
  sel?: string | undefined;
};

export interface AnalysisDefinition<Search extends PickedSearch, Params, Answer> {
  /** The request the URL's parameters make, or what is missing or malformed in them. */
  params(search: Search): Checked<Params>;
  fetch(client: ApiClient, params: Params, signal: AbortSignal): Promise<Answer>;
  /** The graph the view draws; refilled by `draw` from each answer, never replaced. */
  graph?: AtlasGraph;
  /** Refills `graph` from an answer just before the answer is shown, so table and graph agree. */
  draw?(graph: AtlasGraph, answer: Answer): void;
  /** The nodes brought forward when `selected` (a node id) is picked in the table or the graph. */
  focus?(answer: Answer, selected: string): ReadonlySet<string>;
  /** Work after an answer is shown, such as fetching the names it gives by key only. */
  shown?(answer: Answer, client: ApiClient): void;
}

export interface Analysis<Search extends PickedSearch, Params, Answer> {
  readonly definition: AnalysisDefinition<Search, Params, Answer>;
  readonly atom: ReadableAtom<RequestState<Answer>>;
  /** Fetches the answer for the search's parameters unless it is on screen or under way. */
  ask(search: Search, client?: ApiClient): Promise<void>;
  /** Fetches the last parameters again (after a failure). */
  retry(client?: ApiClient): Promise<void>;
}

function failureOf(error: unknown): { message: string; code?: string } {
  if (error instanceof ApiError) return { message: error.message, code: error.code };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function createAnalysis<Search extends PickedSearch, Params, Answer>(
  definition: AnalysisDefinition<Search, Params, Answer>,
): Analysis<Search, Params, Answer> {
  const state = atom<RequestState<Answer>>(initialRequestState<Answer>());
  let inflight: AbortController | null = null;
  let lastParams: Params | null = null;

  async function run(params: Params, key: string, client: ApiClient): Promise<void> {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    lastParams = params;
    state.set(requestStarted<Answer>(key));
    const { requestId } = state.get();
    try {
      const answer = await definition.fetch(client, params, controller.signal);
      if (state.get().requestId !== requestId) return;
      if (definition.graph && definition.draw) definition.draw(definition.graph, answer);
      state.set(requestAnswered<Answer>(requestId, answer));
      definition.shown?.(answer, client);
    } catch (error) {
      if (isAbortError(error)) return;
      const { message, code } = failureOf(error);
      state.set(requestFailed<Answer>(requestId, message, code));
    } finally {
      if (inflight === controller) inflight = null;
    }
  }

  return {
    definition,
    atom: state,
    ask(search, client = api) {
      const checked = definition.params(search);
      if ('problem' in checked) {
        inflight?.abort();
        inflight = null;
        state.set(requestInvalid<Answer>(checked.problem));
        return Promise.resolve();
      }
      const key = checkedKey(checked);
      if (isAskedFor(state.get(), key)) return Promise.resolve();
      return run(checked.params, key, client);
    },
    retry(client = api) {
      if (lastParams === null) return Promise.resolve();
      const params = lastParams;
      return run(params, checkedKey({ params }), client);
    },
  };
}

export interface AnalysisViewState<Answer> {
  result: AnalysisResult<Answer>;
  /** The answer on screen (the previous one while a newer request is under way). */
  answer: Answer | null;
  /** The nodes brought forward for the picked node; null when nothing is picked. */
  focus: ReadonlySet<string> | null;
}

/** What a view renders: the request's result, the answer on screen, the picked node's focus. */
export function analysisView<Search extends PickedSearch, Params, Answer>(
  definition: AnalysisDefinition<Search, Params, Answer>,
  state: RequestState<Answer>,
  selected: string | undefined,
): AnalysisViewState<Answer> {
  const answer = answerOf(state.result);
  const focus = answer && selected && definition.focus ? definition.focus(answer, selected) : null;
  // A pick the answer does not hold (a link to an older answer) brings nothing forward.
  return { result: state.result, answer, focus: focus && focus.size > 0 ? focus : null };
}
