/**
 * Statements of an analysis projection (every node of some kinds, every relationship of some types
 * between them): the node count first, from the count store, so an oversized projection is refused
 * before anything is read.
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';

export function countKinds(kinds: NodeKind[]): Statement {
  return {
    cypher: kinds
      .map((kind) => `MATCH (n:${label(kind)}) RETURN count(n) AS c`)
      .join('\nUNION ALL\n'),
    params: {},
  };
}

export function nodesOfKind(kind: NodeKind): Statement {
  return {
    cypher: `MATCH (n:${label(kind)}) RETURN n.key AS key, properties(n) AS p`,
    params: {},
  };
}

export function edgesOfType(rel: RelType): Statement {
  return {
    cypher: `MATCH (a)-[r:${relType(rel)}]->(b)
RETURN labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p`,
    params: {},
  };
}
