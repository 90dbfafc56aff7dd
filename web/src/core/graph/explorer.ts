/**
 * The explorer's state around the graph: which node the current view started from, what is being
 * fetched, the last error, whether the server cut a neighbourhood short, and camera requests.
 * Changes are pure `(args) => (state) => state` functions; `index.ts` sequences them with the API.
 */
import type { Truncation } from './types.ts';

export type RequestPurpose = 'open' | 'expand';

export type RequestState =
  | { type: 'idle' }
  | { type: 'loading'; purpose: RequestPurpose; node: string }
  | { type: 'error'; purpose: RequestPurpose; node: string; message: string };

export type CameraRequest =
  { type: 'fit' } | { type: 'zoom'; direction: 'in' | 'out' } | { type: 'node'; node: string };

export interface ExplorerState {
  /** The node the current view was opened on (a search pick). */
  center: string | null;
  request: RequestState;
  truncation: Truncation | null;
  /** The latest camera request; `nonce` makes a repeated request distinct. */
  camera: (CameraRequest & { nonce: number }) | null;
}

export const initialExplorerState: ExplorerState = {
  center: null,
  request: { type: 'idle' },
  truncation: null,
  camera: null,
};

const nextNonce = (state: ExplorerState) => (state.camera?.nonce ?? 0) + 1;

export const requestStarted =
  (purpose: RequestPurpose, node: string) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    request: { type: 'loading', purpose, node },
  });

export const requestFailed =
  (purpose: RequestPurpose, node: string, message: string) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    request: { type: 'error', purpose, node, message },
  });

export const neighbourhoodOpened =
  (center: string, truncation: Truncation | null) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    center,
    request: { type: 'idle' },
    truncation,
    camera: { type: 'fit', nonce: nextNonce(state) },
  });

/** After an expansion the newest truncation wins; an untruncated one leaves an older notice. */
export const neighbourhoodMerged =
  (truncation: Truncation | null) =>
  (state: ExplorerState): ExplorerState => ({
    ...state,
    request: { type: 'idle' },
    truncation: truncation ?? state.truncation,
  });

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
