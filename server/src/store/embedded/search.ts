/** Search over the in-memory mirror, scored and ordered by the shared rules in search-rank.ts. */
import type { SearchHit } from '@chanjiao/graph-schema';
import type { SearchQuery } from '../port.ts';
import { compareHits, matchScore, normaliseQuery, toHit } from '../search-rank.ts';
import type { GraphMirror } from './mirror.ts';

export function search(mirror: GraphMirror, query: SearchQuery): SearchHit[] {
  const text = normaliseQuery(query.text);
  const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
  if (text === '' && !kinds) return [];
  const hits: SearchHit[] = [];
  mirror.graph.forEachNode((_id, attrs) => {
    if (kinds && !kinds.has(attrs.kind)) return;
    const score = matchScore(text, attrs);
    if (text === '' || score > 0) hits.push(toHit(attrs, score));
  });
  hits.sort(compareHits);
  return hits.slice(0, query.limit);
}
