import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { relTypeNames } from '@chanjiao/graph-schema';
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
    const s = expandRun(['4:x:1', '4:x:2'], 11, 1000);
    expect(s.cypher).toMatch(/WITH DISTINCT m LIMIT \$cap\s+RETURN/);
    expect(s.params.batch).toEqual({ ids: ['4:x:1', '4:x:2'] });
  });

  it('returns a hub’s degree by relationship type, for hubs only', () => {
    const s = walkStart({ kind: 'Chain', key: 'c' }, 501, 1000);
    expect(s.cypher).toContain('CASE WHEN degree > $hub THEN [COUNT { (c)-[:`PART_OF`]-() }');
    expect(s.cypher).toContain(
      'CASE WHEN COUNT { (m)--() } > $hub THEN [COUNT { (m)-[:`PART_OF`]-() }',
    );
    for (const rel of relTypeNames) expect(s.cypher).toContain(`(m)-[:\`${rel}\`]-()`);
  });

  it('walks a hub kind by kind, by typed expansion or through the key index', () => {
    const s = hubNeighbours(
      'Industry',
      'Enterprise',
      ['CLASSIFIED_AS'],
      '4:x:9',
      501,
      600_000,
      1000,
    );
    expect(s.cypher).toContain('COUNT { (p)-[:`CLASSIFIED_AS`]-() } AS d');
    expect(s.cypher).toContain('MATCH (p)-[:`CLASSIFIED_AS`]-(m:`Enterprise`)');
    expect(s.cypher).toContain(
      "MATCH (m:`Enterprise`) WHERE m.key >= '' AND EXISTS { (p)-[:`CLASSIFIED_AS`]-(m) }",
    );
    expect(s.params.count).toBe(600_000);
  });

  it('finds relationships among the chosen nodes from their ordinary ends, by position', () => {
    const s = subgraph([
      { id: '4:x:1', kind: 'Chain', hub: false },
      { id: '4:x:2', kind: 'Region', hub: true },
      { id: '4:x:3', kind: 'Chain', hub: false },
    ]);
    const int = (n: number) => neo4j.int(n);
    expect(s.params.batch).toEqual({
      ids: ['4:x:1', '4:x:2', '4:x:3'],
      index: { '4:x:1': int(0), '4:x:2': int(1), '4:x:3': int(2) },
      low: [int(0), int(2)],
      high: [int(1)],
      hub: [false, true, false],
    });
    expect(s.cypher).toContain('UNWIND $batch.low AS i');
    expect(s.cypher).toContain('WHERE j IS NOT NULL AND (startNode(r) = x OR $batch.hub[j])');
    expect(s.cypher).toContain('MATCH (x)-[r]->(y)');
    expect(Object.keys(s.params.names as object).sort()).toEqual(['Chain', 'Region']);
    expect((s.params.types as Record<string, unknown>).PART_OF).toEqual(
      neo4j.int(relTypeNames.indexOf('PART_OF')),
    );
  });
});
