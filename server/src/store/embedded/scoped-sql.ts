/**
 * The SQL of the embedded store's scoped reads (scoped.ts): the fragments one hop is built from —
 * walked forward from the start nodes, backward from a semi-join's targets, or from the nodes of
 * the wanted kinds — each join order forced (CROSS JOIN), since the store keeps no statistics.
 */
import type { Direction } from '../port.ts';

/** A relationship's columns for its two ends, seen from a start node in a direction. */
export const ends = {
  out: { start: 'src', other: 'dst' },
  in: { start: 'dst', other: 'src' },
} as const;

/** The relationship index that starts at a column. */
export const byEnd = { src: 'edges_by_ends', dst: 'edges_by_dst' } as const;

export const temporaryTables = `
CREATE TEMP TABLE IF NOT EXISTS scoped_from (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS scoped_to (id INTEGER PRIMARY KEY);`;

/**
 * Past this many start nodes (targets), a relationship's end is tested for membership of the
 * temporary table rather than looked up in the index once per member: with 108 start nodes the
 * look-ups made a walk back from 233 segments 10× slower.
 */
export const lookUpAtMost = 16;

export interface Variant {
  direction: Direction;
  where: Direction | null;
  kinds: boolean;
  /** Test the start node (the target) by membership instead of looking each one up. */
  testStarts: boolean;
  testTargets: boolean;
}

/** A variant's part of a statement's cache name. */
export const variantName = (v: Variant) =>
  `${v.direction}|${v.where}|${v.kinds}|${v.testStarts}|${v.testTargets}`;

/** `+` keeps a column off the index, so SQLite tests membership instead of looking up each member. */
const test = (on: boolean) => (on ? '+' : '');

/** `e` joined to each start node in `f`, and its optional filters, as SQL fragments. */
export function forward({ direction, where, kinds, testTargets }: Variant) {
  const { start, other } = ends[direction];
  const from = `temp.scoped_from f CROSS JOIN edges e
    ON e.${start} = f.id AND e.rel IN (SELECT value FROM json_each(@rels))
    ${kinds ? `CROSS JOIN nodes n ON n.id = e.${other} AND n.kind IN (SELECT value FROM json_each(@kinds))` : ''}`;
  return {
    from,
    where: where ? `WHERE ${semiJoin(`e.${other}`, where, testTargets)}` : '',
    joinsOther: kinds,
  };
}

export function semiJoin(reached: string, where: Direction, testTargets: boolean): string {
  const { start, other } = ends[where];
  return `EXISTS (SELECT 1 FROM edges w
      WHERE w.${start} = ${reached} AND w.rel IN (SELECT value FROM json_each(@whereRels))
        AND ${test(testTargets)}w.${other} IN (SELECT id FROM temp.scoped_to))`;
}

/** The same hop walked from the semi-join's targets back to the start nodes. */
export function backward({ direction, where, kinds, testStarts }: Variant & { where: Direction }) {
  const { start, other } = ends[direction];
  // The kind filter applies to the nodes between targets and starts, before they are walked.
  const w = ends[where];
  const from = `temp.scoped_to t
    CROSS JOIN edges w ON w.${w.other} = t.id AND w.rel IN (SELECT value FROM json_each(@whereRels))
    ${kinds ? `CROSS JOIN nodes k ON k.id = w.${w.start} AND k.kind IN (SELECT value FROM json_each(@kinds))` : ''}
    CROSS JOIN edges e ON e.${other} = w.${w.start} AND e.rel IN (SELECT value FROM json_each(@rels))`;
  return {
    from,
    where: `WHERE ${test(testStarts)}e.${start} IN (SELECT id FROM temp.scoped_from)`,
    joinsOther: false,
  };
}

/**
 * The same hop walked from the nodes of the wanted kinds to the start nodes: a few segments among
 * the half million enterprises that employ an occupation are found from the segments' side.
 */
export function fromKinds({ direction }: Variant) {
  const { start, other } = ends[direction];
  // The index from the kind's side is forced and the start-node test kept off the index (`+`):
  // left to itself SQLite probes every start node against every node of the kind.
  const from = `nodes n INDEXED BY nodes_by_key
    CROSS JOIN edges e INDEXED BY ${byEnd[other]}
      ON e.${other} = n.id AND e.rel IN (SELECT value FROM json_each(@rels))`;
  return {
    from,
    where: `WHERE n.kind IN (SELECT value FROM json_each(@kinds))
      AND +e.${start} IN (SELECT id FROM temp.scoped_from)`,
    joinsOther: true,
  };
}
