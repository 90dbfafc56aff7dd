/**
 * The API client: one function per endpoint the explorer uses, each taking an optional
 * `AbortSignal` so a newer request (the next keystroke, another node) can cancel an older one.
 * Responses are checked for the shape the client relies on before they reach the state.
 */
import type {
  Health,
  Neighbourhood,
  NodeDetail,
  SchemaDescription,
  SearchHit,
} from '@chanjiao/graph-schema';
import { skillGapSchema, weakLinksSchema } from '@chanjiao/graph-schema';
import type {
  SkillGapAnswer,
  SkillGapParams,
  WeakLinksAnswer,
  WeakLinksParams,
} from '../analysis/types.ts';
import { createAnalysisApi, parseAnswer, type AnalysisApi } from './analysisClient.ts';
import { ApiError, errorFromResponse } from './errors.ts';
import { apiPaths, type NeighbourhoodParams, type NodeRef, type SearchParams } from './urls.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient extends AnalysisApi {
  schema(signal?: AbortSignal): Promise<SchemaDescription>;
  health(signal?: AbortSignal): Promise<Health>;
  search(params: SearchParams, signal?: AbortSignal): Promise<SearchHit[]>;
  /** A node with its relationships (at most `relationships` of them; 0 for its degree alone). */
  node(
    ref: NodeRef,
    signal?: AbortSignal,
    options?: { relationships?: number },
  ): Promise<NodeDetail>;
  neighbourhood(params: NeighbourhoodParams, signal?: AbortSignal): Promise<Neighbourhood>;
  skillGap(params: SkillGapParams, signal?: AbortSignal): Promise<SkillGapAnswer>;
  weakLinks(params: WeakLinksParams, signal?: AbortSignal): Promise<WeakLinksAnswer>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badResponse(path: string, expected: string): ApiError {
  return new ApiError(
    `Unexpected response from ${path}: expected ${expected}`,
    200,
    'BAD_RESPONSE',
  );
}

/**
 * One request answered with JSON: the body parsed, or an `ApiError` — the server's (non-2xx, with
 * its code and details), `NETWORK` (no answer) or `BAD_RESPONSE` (not JSON). Aborts pass through.
 * Shared by the endpoint groups (this client, the import client).
 */
export async function fetchJson(
  fetchImpl: Fetch,
  url: string,
  init: RequestInit = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string>) },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new ApiError(error instanceof Error ? error.message : 'network error', 0, 'NETWORK');
  }
  let body: unknown = undefined;
  const text = await response.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      if (response.ok) throw badResponse(url, 'JSON');
    }
  }
  if (!response.ok) throw errorFromResponse(response.status, response.statusText, body);
  return body;
}

export function createApiClient(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  base = '',
): ApiClient {
  const getJson = (path: string, signal?: AbortSignal): Promise<unknown> =>
    fetchJson(fetchImpl, base + path, signal ? { signal } : {});

  return {
    ...createAnalysisApi(getJson),
    async schema(signal) {
      const path = apiPaths.schema();
      const body = await getJson(path, signal);
      if (!isRecord(body) || !Array.isArray(body.kinds) || !Array.isArray(body.relationships))
        throw badResponse(path, '{kinds, relationships}');
      return body as unknown as SchemaDescription;
    },
    async health(signal) {
      const path = apiPaths.health();
      const body = await getJson(path, signal);
      if (!isRecord(body) || typeof body.nodes !== 'number')
        throw badResponse(path, '{status, nodes}');
      return body as unknown as Health;
    },
    async search(params, signal) {
      const path = apiPaths.search(params);
      const body = await getJson(path, signal);
      if (!isRecord(body) || !Array.isArray(body.hits)) throw badResponse(path, '{hits: [...]}');
      return body.hits as SearchHit[];
    },
    async node(ref, signal, options) {
      const path = apiPaths.node(ref, options?.relationships);
      const body = await getJson(path, signal);
      if (!isRecord(body) || typeof body.kind !== 'string' || !Array.isArray(body.relationships))
        throw badResponse(path, 'a node with relationships');
      return body as unknown as NodeDetail;
    },
    async neighbourhood(params, signal) {
      const path = apiPaths.neighbourhood(params);
      const body = await getJson(path, signal);
      if (!isRecord(body) || !Array.isArray(body.nodes) || !Array.isArray(body.edges))
        throw badResponse(path, 'a serialised graph {nodes, edges}');
      return body as unknown as Neighbourhood;
    },
    async skillGap(params, signal) {
      const path = apiPaths.skillGap(params);
      return parseAnswer(path, await getJson(path, signal), skillGapSchema);
    },
    async weakLinks(params, signal) {
      const path = apiPaths.weakLinks(params);
      return parseAnswer(path, await getJson(path, signal), weakLinksSchema);
    },
  };
}
