/**
 * The search box's state: the query, the hits of the latest request, which hit the keyboard is
 * on, and whether the list is open. Responses carry the id of the request they answer, so a slow
 * answer to an older query never replaces a newer one.
 */
import type { SearchHit } from '@chanjiao/graph-schema';

export type { SearchHit };

/** Milliseconds to wait after a keystroke before searching. */
export const searchDebounceMs = 150;
export const searchLimit = 12;

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export interface SearchState {
  query: string;
  status: SearchStatus;
  hits: SearchHit[];
  /** Index of the hit under keyboard focus, -1 for none. */
  active: number;
  open: boolean;
  error: string | null;
  requestId: number;
}

export const initialSearchState: SearchState = {
  query: '',
  status: 'idle',
  hits: [],
  active: -1,
  open: false,
  error: null,
  requestId: 0,
};

export const isSearchable = (query: string) => query.trim().length > 0;

export const queryChanged =
  (query: string) =>
  (state: SearchState): SearchState => {
    const searchable = isSearchable(query);
    return {
      ...state,
      query,
      status: searchable ? 'loading' : 'idle',
      hits: searchable ? state.hits : [],
      active: -1,
      open: searchable,
      error: null,
      requestId: state.requestId + 1,
    };
  };

export const hitsReceived =
  (requestId: number, hits: SearchHit[]) =>
  (state: SearchState): SearchState =>
    requestId !== state.requestId
      ? state
      : { ...state, status: 'done', hits, active: hits.length > 0 ? 0 : -1, error: null };

export const searchFailed =
  (requestId: number, message: string) =>
  (state: SearchState): SearchState =>
    requestId !== state.requestId
      ? state
      : { ...state, status: 'error', hits: [], active: -1, error: message };

/** Moves the keyboard focus by `delta`, wrapping around the list. */
export const activeMoved =
  (delta: number) =>
  (state: SearchState): SearchState => {
    const count = state.hits.length;
    if (count === 0) return state;
    const from = state.active < 0 ? (delta > 0 ? -1 : count) : state.active;
    return { ...state, open: true, active: (((from + delta) % count) + count) % count };
  };

export const activeSet =
  (index: number) =>
  (state: SearchState): SearchState =>
    index >= 0 && index < state.hits.length ? { ...state, active: index } : state;

export const listClosed =
  () =>
  (state: SearchState): SearchState =>
    state.open ? { ...state, open: false } : state;

export const listOpened =
  () =>
  (state: SearchState): SearchState =>
    isSearchable(state.query) && !state.open ? { ...state, open: true } : state;

/** After a pick: keep the query visible, close the list. */
export const hitPicked =
  () =>
  (state: SearchState): SearchState => ({ ...state, open: false });

/** The hit Enter opens: the active one, else the first. */
export function hitToOpen(state: SearchState): SearchHit | null {
  return state.hits[state.active] ?? state.hits[0] ?? null;
}
