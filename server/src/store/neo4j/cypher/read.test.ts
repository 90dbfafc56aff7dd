import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { nodeKindNames, relTypeNames } from '@chanjiao/graph-schema';
import { existingNodes, relationships } from './read.ts';
import { countColumns, graphCounts } from './stats.ts';

describe('read statements', () => {
  it('orders and limits a node’s relationships inside Neo4j, the limit as an integer', () => {
    const s = relationships({ kind: 'Segment', key: 's1' }, 25);
    expect(s.cypher).toContain('ORDER BY rel, direction, labels[0], key');
    expect(s.cypher).toContain('COUNT { (n)--() } AS total');
    expect(neo4j.isInt(s.params.limit)).toBe(true);
  });

  it('asks for each key once', () => {
    expect(existingNodes('Chain', ['a', 'b', 'a']).params).toEqual({ batch: { keys: ['a', 'b'] } });
  });

  it('counts every kind and every relationship type in one statement', () => {
    expect(graphCounts.cypher).toContain("db.stats.retrieve('GRAPH COUNTS')");
    const s = countColumns();
    for (const kind of nodeKindNames) expect(s.cypher).toContain(`COUNT { MATCH (n:\`${kind}\`) }`);
    for (const rel of relTypeNames)
      expect(s.cypher).toContain(`COUNT { MATCH ()-[r:\`${rel}\`]->() }`);
  });
});
