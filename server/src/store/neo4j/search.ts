/**
 * Search on Neo4j: candidates come from the full-text index or a label scan (cypher/search.ts),
 * and the shared ranking of search-rank.ts scores, filters and orders them, so both stores answer
 * alike.
 */
import { nodeKindNames, type SearchHit } from '@chanjiao/graph-schema';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeRow, SearchQuery } from '../port.ts';
import { compareHits, matchScore, normaliseQuery, toHit } from '../search-rank.ts';
import { fullTextQuery } from './cypher/fulltext.ts';
import { fullTextCandidates, listKind, scanCandidates } from './cypher/search.ts';
import { run, type Executor, type Statement } from './executor.ts';
import { kindOf } from './names.ts';
import { nodeProps } from './values.ts';

function candidateRow(record: Neo4jRecord): NodeRow {
  return {
    kind: kindOf(record.get('labels') as string[]),
    key: record.get('key') as string,
    props: nodeProps(record.get('p') as Record<string, unknown>),
  };
}

export async function search(exec: Executor, query: SearchQuery): Promise<SearchHit[]> {
  const text = normaliseQuery(query.text);
  const kinds = query.kinds?.length ? query.kinds : null;
  if (text === '' && !kinds) return [];
  let statements: Statement[];
  if (text === '') statements = kinds!.map(listKind);
  else {
    const lucene = fullTextQuery(text);
    statements = lucene
      ? [fullTextCandidates(lucene, kinds)]
      : (kinds ?? nodeKindNames).map((kind) => scanCandidates(kind, text));
  }
  const rows = await exec.read('search', async (tx) => {
    const out: NodeRow[] = [];
    for (const statement of statements)
      for (const record of (await run(tx, statement)).records) out.push(candidateRow(record));
    return out;
  });
  const hits = rows
    .map((row) => toHit(row, matchScore(text, row)))
    .filter((h) => text === '' || h.score > 0);
  hits.sort(compareHits);
  return hits.slice(0, query.limit);
}
