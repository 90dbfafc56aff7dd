/** The client the app uses (same origin; in development Vite proxies `/api` to the server). */
import { createApiClient } from './client.ts';

export const api = createApiClient();

export { createApiClient, fetchJson, type ApiClient, type Fetch } from './client.ts';
export { ApiError, isAbortError } from './errors.ts';
export {
  apiPaths,
  type Depth,
  type NeighbourhoodParams,
  type NodeRef,
  type SearchParams,
} from './urls.ts';
export * from './analysisPaths.ts';
export { unusedAnalysisApi, type AnalysisApi } from './analysisClient.ts';
