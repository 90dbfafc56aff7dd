/**
 * The search endpoint as the search box uses it: several kinds, paging by `offset`, and the
 * answer's `total`, `totalExact` and `facets` (the agreed shape of `GET /api/search`). Each is read
 * leniently — a server that does not send them yet answers `{hits}`, which reads as a page without
 * a total and without facets — and checked before it reaches the state.
 */
import { badResponse, fetchJson, isRecord, type Fetch } from '../api/client.ts';
import { queryString } from '../api/urls.ts';
import type { SearchHit, SearchPage, SearchRequest } from './index.ts';

export function searchPath({ q, kinds, limit, offset }: SearchRequest): string {
  const kindPart = kinds.map((kind) => `&${queryString({ kind })}`).join('');
  const offsetPart = offset > 0 ? `&${queryString({ offset })}` : '';
  return `/api/search?${queryString({ q, limit })}${kindPart}${offsetPart}`;
}

function isHit(value: unknown): value is SearchHit {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    typeof value.key === 'string' &&
    typeof value.name_zh === 'string'
  );
}

/** Reads an answer; throws BAD_RESPONSE when it has no list of hits. */
export function readSearchPage(path: string, body: unknown): SearchPage {
  if (!isRecord(body) || !Array.isArray(body.hits) || !body.hits.every(isHit))
    throw badResponse(path, '{hits: [{kind, key, name_zh}…]}');
  const facets: Record<string, number> = {};
  if (isRecord(body.facets))
    for (const [kind, count] of Object.entries(body.facets))
      if (typeof count === 'number' && Number.isFinite(count)) facets[kind] = count;
  return {
    hits: body.hits,
    total: typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : null,
    totalExact: body.totalExact !== false,
    facets: isRecord(body.facets) ? facets : null,
  };
}

export function createSearchClient(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  base = '',
) {
  return {
    async page(request: SearchRequest, signal?: AbortSignal): Promise<SearchPage> {
      const path = searchPath(request);
      const body = await fetchJson(fetchImpl, base + path, signal ? { signal } : {});
      return readSearchPage(path, body);
    },
  };
}

export type SearchClient = ReturnType<typeof createSearchClient>;

export const searchClient = createSearchClient();
