/**
 * The search box's state: the query, the kinds it is narrowed to (facets), the hits received so
 * far and how many there are in all, which hit the keyboard is on, and whether the list is open.
 * Every request carries an id and only the answer to the latest one is taken, so a slow answer to
 * an older query (or an older page) never replaces a newer one.
 *
 * The server answers `{hits, total, totalExact, facets}` and pages with `offset` (see
 * `api.ts`). An older server answers `{hits}` alone: then there are no facets, and "more" asks
 * again for a longer first page instead of the next one.
 */
import type { SearchHit } from '@chanjiao/graph-schema';

export type { SearchHit };

/** Milliseconds to wait after a keystroke before searching. */
export const searchDebounceMs = 150;
/** Hits a page asks for, and the most one request may ask for (the server's cap). */
export const searchLimit = 12;
export const searchMaxLimit = 200;

export type SearchStatus = 'idle' | 'loading' | 'loadingMore' | 'done' | 'error';

/** One answer of the search API, with what an older server leaves out as null. */
export interface SearchPage {
  hits: SearchHit[];
  /** Matches in all for the query and kinds; null when the server does not say. */
  total: number | null;
  /** False when the server stopped counting (a very common word). */
  totalExact: boolean;
  /** Matches per kind for the query without the kind restriction; null without facets. */
  facets: Readonly<Record<string, number>> | null;
}

/** What the next request asks for. */
export interface SearchRequest {
  q: string;
  kinds: readonly string[];
  limit: number;
  offset: number;
}

export interface SearchState {
  query: string;
  /** Kinds the hits are narrowed to; empty for every kind. */
  kinds: readonly string[];
  status: SearchStatus;
  hits: SearchHit[];
  total: number | null;
  totalExact: boolean;
  facets: Readonly<Record<string, number>> | null;
  /** Index of the hit under keyboard focus, -1 for none. */
  active: number;
  open: boolean;
  error: string | null;
  /** The error's code from the server, for a message in the reader's language. */
  errorCode: string | null;
  requestId: number;
  /** What the latest request asked for. */
  request: SearchRequest | null;
}

export const initialSearchState: SearchState = {
  query: '',
  kinds: [],
  status: 'idle',
  hits: [],
  total: null,
  totalExact: true,
  facets: null,
  active: -1,
  open: false,
  error: null,
  errorCode: null,
  requestId: 0,
  request: null,
};

export const isSearchable = (query: string) => query.trim().length > 0;

/** A fresh first page for the state's query and kinds. */
function firstPage(state: SearchState): SearchState {
  const searchable = isSearchable(state.query);
  return {
    ...state,
    status: searchable ? 'loading' : 'idle',
    hits: searchable ? state.hits : [],
    total: searchable ? state.total : null,
    facets: searchable ? state.facets : null,
    active: -1,
    open: searchable,
    error: null,
    errorCode: null,
    requestId: state.requestId + 1,
    request: searchable
      ? { q: state.query.trim(), kinds: state.kinds, limit: searchLimit, offset: 0 }
      : null,
  };
}

export const queryChanged =
  (query: string) =>
  (state: SearchState): SearchState =>
    firstPage({ ...state, query });

/** Narrows the hits to a kind, or widens them again (a facet chip). */
export const kindToggled =
  (kind: string) =>
  (state: SearchState): SearchState =>
    firstPage({
      ...state,
      kinds: state.kinds.includes(kind)
        ? state.kinds.filter((k) => k !== kind)
        : [...state.kinds, kind],
    });

export const allKindsSearched =
  () =>
  (state: SearchState): SearchState =>
    state.kinds.length === 0 ? state : firstPage({ ...state, kinds: [] });

/** Whether there are more hits than received: by the total, or (no total) a full last page. */
export function hasMore(state: SearchState): boolean {
  if (state.status !== 'done' || !state.request) return false;
  if (state.total !== null) return state.hits.length < state.total;
  return state.hits.length >= state.request.limit && state.request.limit < searchMaxLimit;
}

/**
 * Asks for the next page: by `offset` when the server pages (it said how many there are), else
 * the first page again, longer.
 */
export const moreRequested =
  () =>
  (state: SearchState): SearchState => {
    if (!hasMore(state) || !state.request) return state;
    const paging = state.total !== null;
    const request: SearchRequest = paging
      ? { ...state.request, limit: searchLimit, offset: state.hits.length }
      : {
          ...state.request,
          limit: Math.min(searchMaxLimit, state.request.limit + searchLimit),
          offset: 0,
        };
    return { ...state, status: 'loadingMore', requestId: state.requestId + 1, request };
  };

export const hitsReceived =
  (requestId: number, page: SearchPage) =>
  (state: SearchState): SearchState => {
    if (requestId !== state.requestId || !state.request) return state;
    const appending = state.request.offset > 0;
    const hits = appending ? [...state.hits, ...page.hits] : page.hits;
    // "More" keeps the keyboard where it was; a new query starts on the first hit.
    const active =
      state.status === 'loadingMore'
        ? Math.min(state.active, hits.length - 1)
        : hits.length > 0
          ? 0
          : -1;
    return {
      ...state,
      status: 'done',
      hits,
      total: page.total,
      totalExact: page.totalExact,
      // Facets count the query over every kind: a narrowed answer keeps them as they were.
      facets: page.facets ?? (state.kinds.length > 0 ? state.facets : null),
      active,
      error: null,
      errorCode: null,
    };
  };

export const searchFailed =
  (requestId: number, message: string, code: string | null = null) =>
  (state: SearchState): SearchState =>
    requestId !== state.requestId
      ? state
      : state.status === 'loadingMore'
        ? { ...state, status: 'done', error: message, errorCode: code }
        : { ...state, status: 'error', hits: [], active: -1, error: message, errorCode: code };

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

/**
 * The facet chips to offer, in the schema's kind order: every kind with a match, with its count.
 * A kind the hits are narrowed to stays even when it has no match (so it can be un-narrowed).
 */
export function facetChips(
  state: SearchState,
  kindRank: (kind: string) => number,
): { kind: string; count: number; selected: boolean }[] {
  if (!state.facets) return [];
  const kinds = new Set([...Object.keys(state.facets), ...state.kinds]);
  return [...kinds]
    .map((kind) => ({
      kind,
      count: state.facets?.[kind] ?? 0,
      selected: state.kinds.includes(kind),
    }))
    .filter((chip) => chip.count > 0 || chip.selected)
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind));
}
