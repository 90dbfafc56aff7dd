/**
 * Statements of the neighbourhood walk: the centre, the neighbours of a frontier (by element id),
 * and the returned nodes with their properties and the relationships among them.
 */
import type { NodeRef } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label } from '../names.ts';

export function centre(ref: NodeRef): Statement {
  return {
    cypher: `MATCH (n:${label(ref.kind)} {key: $key}) RETURN elementId(n) AS id`,
    params: { key: ref.key },
  };
}

export function frontierNeighbours(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
MATCH (n)--(m)
RETURN id, elementId(m) AS mid, labels(m) AS labels, m.key AS key`,
    params: { ids },
  };
}

export function nodesByElementId(eids: string[]): Statement {
  return {
    cypher: `UNWIND $eids AS id MATCH (n) WHERE elementId(n) = id RETURN id, labels(n) AS labels, n.key AS key, properties(n) AS p`,
    params: { eids },
  };
}

export function edgesAmong(eids: string[]): Statement {
  return {
    cypher: `UNWIND $eids AS id
MATCH (a) WHERE elementId(a) = id
MATCH (a)-[r]->(b) WHERE elementId(b) IN $eids
RETURN type(r) AS rel, labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p`,
    params: { eids },
  };
}
