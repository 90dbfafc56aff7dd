/** Search, scored and ordered by the shared rules in search-rank.ts, over the nodes table. */
import type Database from 'better-sqlite3';
import type { NodeKind, SearchHit } from '@chanjiao/graph-schema';
import type { SearchQuery } from '../port.ts';
import { compareHits, matchScore, normaliseQuery, toHit } from '../search-rank.ts';
import { parseProps } from './rows.ts';

export function search(reader: Database.Database, query: SearchQuery): SearchHit[] {
  const text = normaliseQuery(query.text);
  const kinds = query.kinds?.length ? query.kinds : null;
  if (text === '' && !kinds) return [];
  const rows = (
    kinds
      ? reader
          .prepare(
            'SELECT kind, key, props FROM nodes WHERE kind IN (SELECT value FROM json_each(?))',
          )
          .raw()
          .iterate(JSON.stringify(kinds))
      : reader.prepare('SELECT kind, key, props FROM nodes').raw().iterate()
  ) as Iterable<[NodeKind, string, string]>;
  const hits: SearchHit[] = [];
  for (const [kind, key, props] of rows) {
    const node = { kind, key, props: parseProps(props) };
    const score = matchScore(text, node);
    if (text === '' || score > 0) hits.push(toHit(node, score));
  }
  hits.sort(compareHits);
  return hits.slice(0, query.limit);
}
