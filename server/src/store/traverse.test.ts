import { describe, expect, it } from 'vitest';
import { breadthFirst, breadthFirstByLevel } from './traverse.ts';

const adjacency: Record<string, string[]> = {
  a: ['c', 'b'],
  b: ['a', 'd'],
  c: ['a', 'd', 'e'],
  d: ['b', 'c'],
  e: ['c', 'f'],
  f: ['e'],
};
const neighbours = (id: string) => adjacency[id] ?? [];
const byLevel = async (frontier: string[]) => new Map(frontier.map((id) => [id, neighbours(id)]));

const cases: [string, number, number, { ids: string[]; truncated: boolean }][] = [
  ['a', 1, 100, { ids: ['a', 'b', 'c'], truncated: false }],
  ['a', 2, 100, { ids: ['a', 'b', 'c', 'd', 'e'], truncated: false }],
  ['a', 3, 100, { ids: ['a', 'b', 'c', 'd', 'e', 'f'], truncated: false }],
  ['a', 3, 4, { ids: ['a', 'b', 'c', 'd'], truncated: true }],
  ['c', 1, 2, { ids: ['c', 'a'], truncated: true }],
  ['f', 1, 2, { ids: ['f', 'e'], truncated: false }],
  ['f', 2, 2, { ids: ['f', 'e'], truncated: true }],
  ['f', 3, 1, { ids: ['f'], truncated: true }],
];

describe('breadth-first neighbourhoods', () => {
  it.each(cases)('from %s, depth %i, limit %i', async (center, depth, limit, expected) => {
    expect(breadthFirst(center, neighbours, depth, limit)).toEqual(expected);
    expect(await breadthFirstByLevel(center, byLevel, depth, limit)).toEqual(expected);
  });
});
