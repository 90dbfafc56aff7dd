import type { Neighbourhood } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  defaultExpansion,
  filterNeighbourhood,
  parseExpansion,
  serverLimit,
  writeExpansion,
} from './expansion.ts';

describe('expansions in the address', () => {
  it('writes only what differs from the default, in a fixed order', () => {
    expect(writeExpansion('Segment:cells')).toBe('Segment:cells');
    expect(
      writeExpansion('Segment:cells', {
        kinds: ['Enterprise'],
        rels: ['OPERATES_IN', 'EMPLOYS', 'EMPLOYS'],
        depth: 2,
        limit: 500,
      }),
    ).toBe('Segment:cells~depth:2~limit:500~rel:EMPLOYS,OPERATES_IN~kind:Enterprise');
  });

  it('reads what it writes, and a key with a tilde', () => {
    const item = 'Segment:cells~depth:2~limit:500~rel:EMPLOYS,OPERATES_IN~kind:Enterprise';
    expect(parseExpansion(item)).toEqual({
      node: 'Segment:cells',
      options: { depth: 2, limit: 500, rels: ['EMPLOYS', 'OPERATES_IN'], kinds: ['Enterprise'] },
    });
    expect(parseExpansion('Course:a~b')).toEqual({ node: 'Course:a~b', options: defaultExpansion });
    expect(parseExpansion('Course:a~b~depth:3').options.depth).toBe(3);
  });

  it('drops what it cannot read: a bad depth, a huge limit is capped', () => {
    expect(parseExpansion('Chain:c~depth:9').options.depth).toBe(1);
    expect(parseExpansion('Chain:c~limit:99999').options.limit).toBe(2000);
    expect(parseExpansion('Chain:c~rel:').node).toBe('Chain:c~rel:');
  });

  it('asks the server for the most when it filters here', () => {
    expect(serverLimit(defaultExpansion)).toBe(150);
    expect(serverLimit({ ...defaultExpansion, limit: 500 })).toBe(500);
    expect(serverLimit({ ...defaultExpansion, rels: ['EMPLOYS'] })).toBe(2000);
  });
});

/** Segment:s — OPERATES_IN — Enterprise:e1..e3; Segment:s — EMPLOYS — Occupation:o — REQUIRES — Competency:c1, c2. */
function neighbourhood(): Neighbourhood {
  const nodes = [
    'Segment:s',
    'Enterprise:e1',
    'Enterprise:e2',
    'Enterprise:e3',
    'Occupation:o',
    'Competency:c1',
    'Competency:c2',
  ];
  const edge = (rel: string, source: string, target: string) => ({
    key: `${rel}|${source}|${target}`,
    source,
    target,
    attributes: { rel },
  });
  return {
    attributes: { center: 'Segment:s', depth: 2, limit: 2000, truncated: false },
    nodes: nodes.map((key) => ({ key, attributes: { kind: key.split(':')[0], key } })),
    edges: [
      edge('OPERATES_IN', 'Enterprise:e1', 'Segment:s'),
      edge('OPERATES_IN', 'Enterprise:e2', 'Segment:s'),
      edge('OPERATES_IN', 'Enterprise:e3', 'Segment:s'),
      edge('EMPLOYS', 'Segment:s', 'Occupation:o'),
      edge('EMPLOYS', 'Enterprise:e1', 'Occupation:o'),
      edge('REQUIRES', 'Occupation:o', 'Competency:c1'),
      edge('REQUIRES', 'Occupation:o', 'Competency:c2'),
    ],
  } as Neighbourhood;
}

const keys = (n: Neighbourhood) => n.nodes.map((node) => node.key).sort();

describe('filterNeighbourhood', () => {
  it('follows only the relationship types asked for', () => {
    const { neighbourhood: n, matched } = filterNeighbourhood(neighbourhood(), {
      ...defaultExpansion,
      rels: ['OPERATES_IN'],
    });
    expect(keys(n)).toEqual(['Enterprise:e1', 'Enterprise:e2', 'Enterprise:e3', 'Segment:s']);
    expect(n.edges.every((e) => e.attributes.rel === 'OPERATES_IN')).toBe(true);
    expect(matched).toBe(4);
    expect(n.attributes.truncated).toBe(false);
  });

  it('keeps the kinds asked for and the nodes on the way to them', () => {
    const { neighbourhood: n } = filterNeighbourhood(neighbourhood(), {
      ...defaultExpansion,
      depth: 2,
      kinds: ['Competency'],
    });
    expect(keys(n)).toEqual(['Competency:c1', 'Competency:c2', 'Occupation:o', 'Segment:s']);
    // Edges among kept nodes, of any type when no type is asked for.
    expect(n.edges.map((e) => e.attributes.rel).sort()).toEqual([
      'EMPLOYS',
      'REQUIRES',
      'REQUIRES',
    ]);
  });

  it('cuts to the limit nearest first, keeping paths whole, and says it cut', () => {
    const { neighbourhood: n, matched } = filterNeighbourhood(neighbourhood(), {
      ...defaultExpansion,
      depth: 2,
      limit: 3,
      kinds: ['Competency', 'Enterprise'],
    });
    expect(matched).toBe(7);
    expect(keys(n)).toEqual(['Enterprise:e1', 'Enterprise:e2', 'Segment:s']);
    expect(n.attributes).toMatchObject({ truncated: true, limit: 3 });
  });
});
