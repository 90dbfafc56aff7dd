/**
 * The SQL of the embedded store's `aggregate` (see the store port) and of the visibility test the
 * scoped reads share. One statement per query shape: the counted nodes are found from the
 * semi-join's targets (in `temp.scoped_to`) back over the relationship index, each once — or, when
 * the nodes of the counted kinds are fewer than the relationships at the targets, from those nodes,
 * each tested for one relationship to a target (`fromKinds`); the
 * `via` path is walked from them over the same indexes; each (counted node, path end) pair is
 * kept once, and the groups are counted and summed from the properties' JSON by SQLite. Property
 * names arrive as JSON-path parameters, so one prepared statement serves every name.
 */
import type { Direction } from '../port.ts';

const ends = {
  out: { start: 'src', other: 'dst' },
  in: { start: 'dst', other: 'src' },
} as const;

/** Whether node row `n` may be seen by a reader of the organisations in `@orgs`. */
export const visibleSql = (n: string) =>
  `(coalesce(${n}.props ->> '$.visibility', '') <> 'private' OR (json_type(${n}.props, '$.org') = 'text'
    AND ${n}.props ->> '$.org' IN (SELECT value FROM json_each(@orgs))))`;

export interface AggregateShape {
  where: Direction;
  via: { direction: Direction; kinds: boolean }[];
  groupBy: number;
  sum: number;
  /** Whether `@orgs` limits what is counted and walked through. */
  private: boolean;
  /** The counted nodes found from the nodes of their kinds instead of back from the targets. */
  fromKinds: boolean;
}

export const shapeName = (s: AggregateShape) =>
  `aggregate|${s.where}|${s.via.map((v) => `${v.direction}${v.kinds ? '+' : ''}`).join(',')}|${s.groupBy}|${s.sum}|${s.private}|${s.fromKinds}`;

export function aggregateSql(shape: AggregateShape): string {
  const w = ends[shape.where];
  const visible = (n: string) => (shape.private ? `AND ${visibleSql(n)}` : '');
  const steps = shape.via.map((step, i) => {
    const { start, other } = ends[step.direction];
    const previous = i === 0 ? 'c' : `v${i - 1}`;
    return `CROSS JOIN edges p${i} ON p${i}.${start} = ${previous}.id
        AND p${i}.rel IN (SELECT value FROM json_each(@rels${i}))
      CROSS JOIN nodes v${i} ON v${i}.id = p${i}.${other}
        ${step.kinds ? `AND v${i}.kind IN (SELECT value FROM json_each(@kinds${i}))` : ''} ${visible(`v${i}`)}`;
  });
  const end = shape.via.length ? `v${shape.via.length - 1}.id` : 'NULL';
  const groups = Array.from(
    { length: shape.groupBy },
    (_, i) =>
      `CASE WHEN json_type(c.props, @g${i}) = 'text' THEN json_extract(c.props, @g${i}) END`,
  );
  const sums = Array.from(
    { length: shape.sum },
    (_, i) =>
      `coalesce(sum(CASE WHEN json_type(c.props, @s${i}) IN ('integer', 'real') THEN json_extract(c.props, @s${i}) END), 0)`,
  );
  const counted = shape.fromKinds
    ? `SELECT k.id AS id FROM nodes k INDEXED BY nodes_by_key
      WHERE k.kind IN (SELECT value FROM json_each(@kinds)) AND EXISTS (
        -- Each node's own relationships, each end tested against the targets ('+': not as an index
        -- key, which would probe every target for every node).
        SELECT 1 FROM edges w INDEXED BY ${w.start === 'src' ? 'edges_by_ends' : 'edges_by_dst'}
        WHERE w.${w.start} = k.id AND w.rel IN (SELECT value FROM json_each(@whereRels))
          AND +w.${w.other} IN (SELECT id FROM temp.scoped_to))`
    : `SELECT DISTINCT w.${w.start} AS id FROM temp.scoped_to t
      CROSS JOIN edges w ON w.${w.other} = t.id AND w.rel IN (SELECT value FROM json_each(@whereRels))`;
  return `WITH counted AS (
      ${counted}
    ), pairs AS (
      SELECT DISTINCT c.id AS c, ${end} AS v
      FROM counted x CROSS JOIN nodes c ON c.id = x.id
        AND c.kind IN (SELECT value FROM json_each(@kinds)) ${visible('c')}
      ${steps.join('\n')}
    )
    SELECT c.kind, v.kind, v.key, ${[...groups.map((g, i) => `${g} AS g${i}`), 'count(*)', ...sums].join(', ')}
    FROM pairs y CROSS JOIN nodes c ON c.id = y.c LEFT JOIN nodes v ON v.id = y.v
    GROUP BY c.kind, y.v${groups.map((_, i) => `, g${i}`).join('')}`;
}
