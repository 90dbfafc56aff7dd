/**
 * The explorer's state around the graph: what the drawn graph was built from (the opened node and
 * the expansions applied since, see `sync.ts`), what is being fetched, the last error, whether the
 * server cut a neighbourhood short, camera requests and a node waiting to be brought into view.
 * Changes are pure `(args) => (state) => state` functions; `index.ts` sequences them with the API.
 */
import type { Expansion, LoadedGraph } from './sync.ts';
import type { Truncation } from './types.ts';

export type RequestPurpose = 'open' | 'expand';

export type RequestState =
  | { type: 'idle' }
  | { type: 'loading'; purpose: RequestPurpose; node: string }
  | {
      type: 'error';
      purpose: RequestPurpose;
      node: string;
      message: string;
      /** The API error's code (`NOT_FOUND`, `NETWORK`…), for a message in the reader's language. */
      code: string | null;
    };

export type CameraRequest =
  /** `soft`: only if the reader has not moved the camera since the last fit (an overlay changed). */
  | { type: 'fit'; soft?: boolean }
  | { type: 'zoom'; direction: 'in' | 'out' }
  | { type: 'node'; node: string };

export interface ExplorerState extends LoadedGraph {
  /** The node the current graph was opened on (a search pick). */
  center: string | null;
  /** The expansions applied since, in order, with what each added. */
  expansions: readonly Expansion[];
  /** Whether the server cut the opened neighbourhood short. */
  openTruncation: Truncation | null;
  request: RequestState;
  /** The truncation to report: the latest of the open and the expansions, until dismissed. */
  truncation: Truncation | null;
  /** The latest camera request; `nonce` makes a repeated request distinct. */
  camera: (CameraRequest & { nonce: number }) | null;
  /** A node to move the camera to once it is drawn (reached from the details panel). */
  pendingFocus: string | null;
}

export const initialExplorerState: ExplorerState = {
  center: null,
  expansions: [],
  openTruncation: null,
  request: { type: 'idle' },
  truncation: null,
  camera: null,
  pendingFocus: null,
};

const nextNonce = (state: ExplorerState) => (state.camera?.nonce ?? 0) + 1;

export const requestStarted =
  (purpose: RequestPurpose, node: string) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    request: { type: 'loading', purpose, node },
  });

export const requestFailed =
  (purpose: RequestPurpose, node: string, message: string, code: string | null = null) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    request: { type: 'error', purpose, node, message, code },
  });

/** A request was cancelled by a newer address: nothing is under way any more. */
export const requestCancelled =
  () =>
  (state: ExplorerState): ExplorerState =>
    state.request.type === 'loading' ? { ...state, request: { type: 'idle' } } : state;

/** The graph now holds `center`'s neighbourhood (or nothing, when fetching it failed). */
export const neighbourhoodOpened =
  (center: string, truncation: Truncation | null) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    center,
    expansions: [],
    openTruncation: truncation,
    request: { type: 'idle' },
    truncation,
    camera: { type: 'fit', nonce: nextNonce(state) },
  });

/** After an expansion the newest truncation wins; an untruncated one leaves an older notice. */
export const expansionApplied =
  (expansion: Expansion) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    expansions: [...state.expansions, expansion],
    request: state.request.type === 'loading' ? { type: 'idle' } : state.request,
    truncation: expansion.truncation ?? state.truncation,
  });

/** The latest `count` expansions were undone; the notice falls back to what is still drawn. */
export const expansionsRetracted =
  (count: number) =>
  (state: ExplorerState): ExplorerState => {
    const expansions = state.expansions.slice(0, Math.max(0, state.expansions.length - count));
    const truncation =
      [...expansions].reverse().find((e) => e.truncation)?.truncation ?? state.openTruncation;
    return { ...state, expansions, truncation };
  };

/** Forgets what the graph was built from, so the next sync rebuilds it (a retry). */
export const loadedForgotten =
  () =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    center: null,
    expansions: [],
    openTruncation: null,
    request: { type: 'idle' },
  });

export const focusPending =
  (node: string | null) =>
  (state: ExplorerState): ExplorerState =>
    state.pendingFocus === node ? state : { ...state, pendingFocus: node };

export const truncationDismissed =
  () =>
  (state: ExplorerState): ExplorerState => ({ ...state, truncation: null });

export const errorDismissed =
  () =>
  (state: ExplorerState): ExplorerState =>
    state.request.type === 'error' ? { ...state, request: { type: 'idle' } } : state;

export const cameraRequested =
  (request: CameraRequest) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    camera: { ...request, nonce: nextNonce(state) },
  });

export const explorerCleared =
  () =>
  (state: ExplorerState): ExplorerState => ({
    ...initialExplorerState,
    camera: { type: 'fit', nonce: nextNonce(state) },
  });

/** The pending focus is drawn now: move the camera to it. */
export const pendingFocusReached =
  () =>
  (state: ExplorerState): ExplorerState =>
    state.pendingFocus === null
      ? state
      : {
          ...state,
          pendingFocus: null,
          camera: { type: 'node', node: state.pendingFocus, nonce: nextNonce(state) },
        };
