/**
 * The request state every analysis view shares, as pure changes: a view's URL parameters become
 * either the request's parameters or the reason it cannot be sent (`Checked`); a request is
 * identified by a key of its parameters, so that the same parameters are never fetched twice (a
 * new selection, a language switch or a remount do not refetch) and an answer that arrives after
 * a newer request started is dropped.
 */
import { answerOf, type AnalysisResult, type QueryProblem } from './result.ts';

/** The request a view's parameters make, or why there is none yet. */
export type Checked<Params> = { params: Params } | { problem: QueryProblem };

export interface RequestState<Answer> {
  /** Key of the parameters last asked for; null when nothing askable was asked. */
  key: string | null;
  requestId: number;
  result: AnalysisResult<Answer>;
}

export function initialRequestState<Answer>(): RequestState<Answer> {
  return { key: null, requestId: 0, result: { type: 'idle' } };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Equal for equal parameters whatever their key order; `undefined` fields do not count. */
export function requestKey(params: unknown): string {
  return JSON.stringify(canonical(params));
}

/** The key of a check: the parameters' key, or the problem's. */
export function checkedKey<Params>(checked: Checked<Params>): string {
  return 'params' in checked ? requestKey(checked.params) : `problem:${checked.problem}`;
}

/** Whether the parameters with `key` are being fetched or shown already. */
export function isAskedFor<Answer>(state: RequestState<Answer>, key: string): boolean {
  return state.key === key && (state.result.type === 'loading' || state.result.type === 'ready');
}

export const requestInvalid =
  <Answer>(problem: QueryProblem) =>
  (state: RequestState<Answer>): RequestState<Answer> => ({
    ...state,
    key: null,
    result: { type: 'invalid', problem, previous: answerOf(state.result) },
  });

export const requestStarted =
  <Answer>(key: string) =>
  (state: RequestState<Answer>): RequestState<Answer> => {
    const requestId = state.requestId + 1;
    return {
      key,
      requestId,
      result: { type: 'loading', requestId, previous: answerOf(state.result) },
    };
  };

export const requestAnswered =
  <Answer>(requestId: number, answer: Answer) =>
  (state: RequestState<Answer>): RequestState<Answer> =>
    requestId !== state.requestId
      ? state
      : { ...state, result: { type: 'ready', requestId, answer } };

export const requestFailed =
  <Answer>(requestId: number, message: string, code?: string) =>
  (state: RequestState<Answer>): RequestState<Answer> =>
    requestId !== state.requestId
      ? state
      : {
          ...state,
          result: { type: 'error', requestId, message, ...(code !== undefined && { code }) },
        };
