import { describe, expect, it } from 'vitest';
import {
  createNodes,
  mergeNodes,
  missingEndpoint,
  removeEdges,
  removeNodes,
  upsertEdges,
} from './upsert.ts';

const ends = { rel: 'REQUIRES', from: 'Occupation', to: 'Competency' } as const;

describe('upsert statements', () => {
  it('creates known-new nodes of any kinds in one statement, without a lookup', () => {
    const s = createNodes([
      { kind: 'Competency', key: 'c1', props: { a: 1 } },
      { kind: 'Chain', key: 'k1', props: {} },
    ]);
    expect(s.cypher).toBe(
      'CYPHER replan=skip UNWIND $batch.rows AS row CREATE (n:$(row.kind)) SET n = row.props',
    );
    // The list sits inside a map, so one plan serves every batch size.
    expect(s.params).toEqual({
      batch: {
        rows: [
          { kind: 'Competency', props: { a: 1, key: 'c1' } },
          { kind: 'Chain', props: { key: 'k1' } },
        ],
      },
    });
    expect(() => createNodes([{ kind: 'Robot' as never, key: 'r', props: {} }])).toThrow(
      /not a node kind/,
    );
  });

  it('merges nodes and returns the properties of those that existed', () => {
    const merge = mergeNodes('Chain', 'merge', []);
    expect(merge.cypher).toContain('MERGE (n:`Chain` {key: row.key})');
    expect(merge.cypher).toContain('SET n += row.props');
    expect(merge.cypher).toMatch(
      /RETURN collect\(CASE WHEN existed THEN \[row\.key, before\] END\)/,
    );
    const replace = mergeNodes('Chain', 'replace', []);
    expect(replace.cypher).toContain('SET n = row.props, n.key = row.key');
  });

  it('has one statement shape per kind whatever the properties', () => {
    const a = mergeNodes('Course', 'merge', [{ key: 'x', props: { hours: 3 } }]);
    const b = mergeNodes('Course', 'merge', [{ key: 'y', props: { name_zh: '课' } }]);
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
    expect(() => mergeNodes('Robot' as never, 'merge', [])).toThrow(/not a node kind/);
    expect(() => upsertEdges({ ...ends, rel: 'HATES' as never }, 'merge', 'merge', [])).toThrow(
      /not a relationship type/,
    );
    expect(() => mergeNodes('Chain`) DETACH DELETE (x' as never, 'merge', [])).toThrow();
  });

  it('looks up the first row with a missing endpoint by op index', () => {
    const s = missingEndpoint(ends, [{ i: 4, from: 'o', to: 'c' }]);
    expect(s.cypher).toContain('OPTIONAL MATCH (a:`Occupation` {key: row.from})');
    expect(s.cypher).toMatch(/ORDER BY i LIMIT 1$/);
  });

  it('removes each node or relationship once, returning what it was', () => {
    const nodes = removeNodes('Task', ['t1', 't2', 't1']);
    expect(nodes.params).toEqual({ batch: { keys: ['t1', 't2'] } });
    expect(nodes.cypher).toContain('DETACH DELETE n');
    expect(nodes.cypher).toContain('collect([key, before]) AS before');
    const edges = removeEdges(ends, [
      { from: 'o', to: 'c' },
      { from: 'o', to: 'c' },
    ]);
    expect(edges.params).toEqual({ batch: { rows: [{ from: 'o', to: 'c' }] } });
  });
});
