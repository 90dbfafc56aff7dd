/**
 * Statements of the full export: pages of one kind's nodes in key order, and pages of one
 * relationship type in (from kind, from key, to kind, to key) order, each starting after the last
 * row of the previous page.
 */
import neo4j from 'neo4j-driver';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';

export function nodePage(kind: NodeKind, after: string | null, limit: number): Statement {
  return {
    cypher: `MATCH (n:${label(kind)}) WHERE $after IS NULL OR n.key > $after
RETURN n.key AS key, properties(n) AS p ORDER BY n.key LIMIT $limit`,
    params: { after, limit: neo4j.int(limit) },
  };
}

export function edgePage(rel: RelType, after: string[] | null, limit: number): Statement {
  return {
    cypher: `MATCH (a)-[r:${relType(rel)}]->(b)
WITH a, r, b, [labels(a)[0], a.key, labels(b)[0], b.key] AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p, sortKey
ORDER BY sortKey LIMIT $limit`,
    params: { after, limit: neo4j.int(limit) },
  };
}
