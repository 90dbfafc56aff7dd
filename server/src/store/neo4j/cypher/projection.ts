/**
 * Statements of an analysis projection (every node of some kinds, every relationship of some types
 * between them): the node count first, from the count store, so an oversized projection is refused
 * before anything is read.
 */
import neo4j from 'neo4j-driver';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';
import { nodePropNames, packed } from './props.ts';
import { expandRowItems } from './scoped.ts';

export function countKinds(kinds: NodeKind[]): Statement {
  return {
    cypher: kinds
      .map((kind) => `MATCH (n:${label(kind)}) RETURN count(n) AS c`)
      .join('\nUNION ALL\n'),
    params: {},
  };
}

/**
 * Every node of a kind as [key, packed properties] (props.ts; null without them), in rows of
 * `$rows` items: one row per node decodes a map of property names per node, and one row of
 * everything is decoded at a cost quadratic in its size (see expandRowItems).
 */
export function nodesOfKind(kind: NodeKind, props = true): Statement {
  return {
    cypher: `MATCH (n:${label(kind)})
WITH collect([n.key, ${props ? packed('n', '$names') : 'null'}]) AS found
UNWIND range(0, size(found) - 1, $rows) AS i
RETURN found[i..i + $rows] AS nodes`,
    params: props
      ? { names: nodePropNames(kind), rows: neo4j.int(expandRowItems) }
      : { rows: neo4j.int(expandRowItems) },
  };
}

export function edgesOfType(rel: RelType): Statement {
  return {
    cypher: `MATCH (a)-[r:${relType(rel)}]->(b)
RETURN labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p`,
    params: {},
  };
}
