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
    const s = expandRun([1, 2], 11, 1000);
    expect(s.cypher).toMatch(/WITH DISTINCT m LIMIT \$cap\s+RETURN/);
    expect(s.cypher).toContain('MATCH (p) WHERE id(p) = id');
    // Node ids go as integers: a JavaScript number would reach Neo4j as a float.
    expect(s.params.ids).toEqual([neo4j.int(1), neo4j.int(2)]);
  });

  it('asks typed degrees only when the walk may expand the neighbours', () => {
    expect(expandRun([1], 11, 1000).cypher).toContain('(m)-[:`PART_OF`]-()');
    const last = expandRun([1], 11, 1000, false);
    expect(last.cypher).not.toContain('(m)-[:`PART_OF`]-()');
    expect(last.cypher).toContain('COUNT { (m)--() }');
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
    const s = hubNeighbours('Industry', 'Enterprise', ['CLASSIFIED_AS'], 9, {
      cap: 501,
      count: 600_000,
      hubDegree: 1000,
      types: false,
    });
    expect(s.cypher).toContain('MATCH (p:`Industry`) WHERE id(p) = $id');
    expect(s.params.id).toEqual(neo4j.int(9));
    expect(s.cypher).toContain('COUNT { (p)-[:`CLASSIFIED_AS`]-() } AS d');
    expect(s.cypher).toContain('MATCH (p)-[:`CLASSIFIED_AS`]-(m:`Enterprise`)');
    expect(s.cypher).toContain(
      "MATCH (m:`Enterprise`) WHERE m.key >= '' AND EXISTS { (p)-[:`CLASSIFIED_AS`]-(m) }",
    );
    expect(s.params.count).toBe(600_000);
  });

  it('finds relationships among the chosen nodes from their ordinary ends, by node id', () => {
    const s = subgraph([
      { id: 7, kind: 'Chain', hub: false },
      { id: 3, kind: 'Region', hub: true },
      { id: 5, kind: 'Chain', hub: false },
    ]);
    const int = (n: number) => neo4j.int(n);
    expect(s.params.ids).toEqual([int(7), int(3), int(5)]);
    expect(s.params.low).toEqual([int(7), int(5)]);
    expect(s.params.high).toEqual([int(3)]);
    expect(s.cypher).toContain('UNWIND $low AS xid');
    expect(s.cypher).toContain('WHERE yid IN $ids AND (startNode(r) = x OR yid IN $high)');
    // Between two hubs, both ends are bound first, so Neo4j looks the pair up (Expand(Into)).
    expect(s.cypher).toMatch(/UNWIND hs AS x\s+UNWIND hs AS y\s+MATCH \(x\)-\[r\]->\(y\)/);
    expect(Object.keys(s.params.names as object).sort()).toEqual(['Chain', 'Region']);
    expect((s.params.types as Record<string, unknown>).PART_OF).toEqual(
      neo4j.int(relTypeNames.indexOf('PART_OF')),
    );
  });
  it('folds the last level into the subgraph statement: unchosen neighbours, one more for truncation', () => {
    const s = subgraph([{ id: 7, kind: 'Chain', hub: false }], {
      run: [11, 12],
      room: 3,
      cap: 501,
      hubDegree: 1000,
    });
    const int = (n: number) => neo4j.int(n);
    expect(s.params.run).toEqual([int(11), int(12)]);
    expect(s.params.room).toEqual(int(3));
    expect(s.params.more).toEqual(int(4));
    expect(s.cypher).toContain('WITH m WHERE NOT id(m) IN $ids');
    expect(s.cypher).toContain('WITH found[0..$room] AS added, size(found) > $room AS truncated');
    // The node and relationship reads take the lists the statement built, not the parameters.
    expect(s.cypher).toContain('CALL (ids, low, high) {');
    expect(s.cypher).toContain('WHERE yid IN ids AND (startNode(r) = x OR yid IN high)');
    // Nodes of any kind may be added, so every kind's names are sent.
    expect(Object.keys(s.params.names as object).length).toBeGreaterThan(2);
  });
});
