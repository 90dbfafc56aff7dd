/**
 * The statement behind `stats()`: the count of every kind and every relationship type in one
 * statement. `MATCH (n:Label) RETURN count(n)` and `MATCH ()-[r:TYPE]->() RETURN count(r)` are
 * answered from Neo4j's count store, in constant time whatever the graph's size.
 */
import { nodeKindNames, relTypeNames } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';

export function countAll(): Statement {
  const nodes = nodeKindNames.map(
    (kind) => `MATCH (n:${label(kind)}) RETURN 'node' AS what, '${kind}' AS name, count(n) AS c`,
  );
  const rels = relTypeNames.map(
    (rel) =>
      `MATCH ()-[r:${relType(rel)}]->() RETURN 'edge' AS what, '${rel}' AS name, count(r) AS c`,
  );
  return { cypher: [...nodes, ...rels].join('\nUNION ALL\n'), params: {} };
}
