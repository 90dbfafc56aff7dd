/**
 * Statements of search: candidates from the full-text index (when fulltext.ts says the index finds
 * every match), or a scan of the labels asked for, and the listing of whole kinds for an empty
 * query. They return only what ranking needs: kind, key, names and aliases.
 */
import { fullTextIndex, type NodeKind } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label } from '../names.ts';

const fields =
  'labels(n) AS labels, n.key AS key, {name_zh: n.name_zh, name_en: n.name_en, aliases: n.aliases} AS p';

export function fullTextCandidates(lucene: string, kinds: NodeKind[] | null): Statement {
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
RETURN ${fields}`,
    params: { index: fullTextIndex.name, lucene, kinds },
  };
}

/** The substring rule of search-rank.ts as a scan of one label. */
export function scanCandidates(kind: NodeKind, text: string): Statement {
  return {
    cypher: `MATCH (n:${label(kind)})
WHERE toLower(n.key) CONTAINS $q OR toLower(n.name_zh) CONTAINS $q
   OR toLower(coalesce(n.name_en, '')) CONTAINS $q
   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q)
RETURN ${fields}`,
    params: { q: text },
  };
}

export function listKind(kind: NodeKind): Statement {
  return { cypher: `MATCH (n:${label(kind)}) RETURN ${fields}`, params: {} };
}
