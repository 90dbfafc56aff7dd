import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { neighbourKinds } from './adjacency.ts';
import { expandRun, hubNeighbours, subgraph, walkStart } from './neighbourhood.ts';

describe('neighbourhood statements', () => {
  it('lists the kinds a kind can neighbour, in id order, with the joining types', () => {
    const industry = neighbourKinds().get('Industry')!;
    const kinds = industry.map((n) => n.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(industry.find((n) => n.kind === 'Enterprise')?.rels).toEqual(['CLASSIFIED_AS']);
    expect(industry.find((n) => n.kind === 'Industry')?.rels).toEqual([
      'BROADER_MATCH',
      'PART_OF',
      'SAME_AS',
      'UPSTREAM_OF',
    ]);
  });

  it('starts at the centre, expanding it only when it is not a hub, ordered by (label, key)', () => {
    const s = walkStart({ kind: 'Chain', key: 'c' }, 501, 1000);
    expect(s.cypher).toContain('MATCH (c:`Chain` {key: $key})');
    expect(s.cypher).toContain('WITH c WHERE degree <= $hub');
    expect(s.cypher).toContain('ORDER BY labels(m)[0], m.key LIMIT $cap');
    expect(neo4j.isInt(s.params.cap) && neo4j.isInt(s.params.hub)).toBe(true);
  });

  it('stops expanding a run once enough distinct neighbours streamed by', () => {
    const s = expandRun(['4:x:1', '4:x:2'], 11);
    expect(s.cypher).toMatch(/WITH DISTINCT m LIMIT \$cap\s+RETURN/);
    expect(s.params.batch).toEqual({ ids: ['4:x:1', '4:x:2'] });
  });

  it('walks a hub kind by kind, by typed expansion or through the key index', () => {
    const s = hubNeighbours('Industry', 'Enterprise', ['CLASSIFIED_AS'], '4:x:9', 501, 600_000);
    expect(s.cypher).toContain('COUNT { (p)-[:`CLASSIFIED_AS`]-() } AS d');
    expect(s.cypher).toContain('MATCH (p)-[:`CLASSIFIED_AS`]-(m:`Enterprise`)');
    expect(s.cypher).toContain(
      "MATCH (m:`Enterprise`) WHERE m.key >= '' AND EXISTS { (p)-[:`CLASSIFIED_AS`]-(m) }",
    );
    expect(s.params.count).toBe(600_000);
  });

  it('finds relationships among the chosen nodes without expanding hubs', () => {
    const s = subgraph(['a', 'b'], 1000);
    expect(s.cypher).toContain('WITH x, ns WHERE COUNT { (x)--() } <= $hub');
    expect(s.cypher).toContain('MATCH (a)-[r]->(b)');
  });
});
