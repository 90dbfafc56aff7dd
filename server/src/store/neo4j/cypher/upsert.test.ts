import { describe, expect, it } from 'vitest';
import { missingEndpoint, removeEdges, removeNodes, upsertEdges, upsertNodes } from './upsert.ts';

const ends = { rel: 'REQUIRES', from: 'Occupation', to: 'Competency' } as const;

describe('upsert statements', () => {
  it('creates known-new nodes without a lookup and with the properties as one map', () => {
    const s = upsertNodes('Competency', 'merge', 'create', [{ key: 'c1', props: { a: 1 } }]);
    expect(s.cypher).toMatch(/^UNWIND \$rows AS row CREATE \(n:`Competency`\)/);
    expect(s.cypher).not.toMatch(/MATCH|MERGE/);
    expect(s.params).toEqual({ rows: [{ key: 'c1', props: { a: 1 } }] });
  });

  it('merges nodes and returns the properties of those that existed', () => {
    const merge = upsertNodes('Chain', 'merge', 'merge', []);
    expect(merge.cypher).toContain('MERGE (n:`Chain` {key: row.key})');
    expect(merge.cypher).toContain('SET n += row.props');
    expect(merge.cypher).toMatch(
      /RETURN collect\(CASE WHEN existed THEN \[row\.key, before\] END\)/,
    );
    const replace = upsertNodes('Chain', 'replace', 'merge', []);
    expect(replace.cypher).toContain('SET n = row.props, n.key = row.key');
  });

  it('has one statement shape per kind whatever the properties', () => {
    const a = upsertNodes('Course', 'merge', 'merge', [{ key: 'x', props: { hours: 3 } }]);
    const b = upsertNodes('Course', 'merge', 'merge', [{ key: 'y', props: { name_zh: '课' } }]);
    expect(a.cypher).toBe(b.cypher);
  });

  it('matches both endpoints by kind and key before writing a relationship', () => {
    for (const strategy of ['create', 'merge'] as const) {
      const s = upsertEdges(ends, 'merge', strategy, [{ from: 'o', to: 'c', props: {} }]);
      expect(s.cypher).toContain('MATCH (a:`Occupation` {key: row.from})');
      expect(s.cypher).toContain('MATCH (b:`Competency` {key: row.to})');
      expect(s.cypher).toContain('count(*) AS written');
      expect(s.cypher).toContain(
        strategy === 'create' ? 'CREATE (a)-[r:`REQUIRES`]->(b)' : 'MERGE (a)-[r:`REQUIRES`]->(b)',
      );
    }
  });

  it('refuses names that are not in the schema', () => {
    expect(() => upsertNodes('Robot' as never, 'merge', 'merge', [])).toThrow(/not a node kind/);
    expect(() => upsertEdges({ ...ends, rel: 'HATES' as never }, 'merge', 'merge', [])).toThrow(
      /not a relationship type/,
    );
    expect(() => upsertNodes('Chain`) DETACH DELETE (x' as never, 'merge', 'merge', [])).toThrow();
  });

  it('looks up the first row with a missing endpoint by op index', () => {
    const s = missingEndpoint(ends, [{ i: 4, from: 'o', to: 'c' }]);
    expect(s.cypher).toContain('OPTIONAL MATCH (a:`Occupation` {key: row.from})');
    expect(s.cypher).toMatch(/ORDER BY i LIMIT 1$/);
  });

  it('removes each node or relationship once, returning what it was', () => {
    const nodes = removeNodes('Task', ['t1', 't2', 't1']);
    expect(nodes.params).toEqual({ keys: ['t1', 't2'] });
    expect(nodes.cypher).toContain('DETACH DELETE n');
    expect(nodes.cypher).toContain('collect([key, before]) AS before');
    const edges = removeEdges(ends, [
      { from: 'o', to: 'c' },
      { from: 'o', to: 'c' },
    ]);
    expect(edges.params).toEqual({ rows: [{ from: 'o', to: 'c' }] });
  });
});
