/**
 * The embedded store's grouped scoped reads: `aggregate` (nodes passing a semi-join, grouped by a
 * path's end and their properties) and `countRelationships` (a hop's relationships per start
 * node, grouped by their properties) — both counted in SQLite, so only the groups come out.
 */
import type { NodeKind } from '@chanjiao/graph-schema';
import { checkAggregate, emptyAggregate, sortedGroups } from '../aggregate.ts';
import { sortedRelationshipGroups } from '../order.ts';
import type {
  AggregateGroup,
  AggregateQuery,
  GroupValue,
  RelationshipGroup,
  RelationshipGroupQuery,
} from '../port.ts';
import { aggregateSql, shapeName, visibleSql, type AggregateShape } from './aggregate-sql.ts';
import type { ScopedConnection } from './scoped-connection.ts';
import { ends, forward, variantName } from './scoped-sql.ts';

/** `countRelationships`: grouped in SQLite, each value read with its JSON type. */
export function countRelationships(
  c: ScopedConnection,
  query: RelationshipGroupQuery,
): RelationshipGroup[] {
  if (query.rels.length === 0) return [];
  if (query.where && (query.where.to.length === 0 || query.where.rels.length === 0)) return [];
  const starts = c.resolve(query.from);
  if (starts.size === 0) return [];
  c.load(starts.keys(), query.where ? c.resolve(query.where.to).keys() : []);
  const params: Record<string, string> = { ...c.params(query) };
  const width = query.groupBy.length;
  query.groupBy.forEach((name, i) => (params[`g${i}`] = `$.${name}`));
  const variant = c.variant(query);
  const hidden = query.privateOf !== undefined;
  const name = `groups|${variantName(variant)}|${hidden}|${width}`;
  const rows = c
    .statement(
      name,
      () => {
        const { other } = ends[variant.direction];
        const parts = forward(variant);
        const visible = hidden
          ? `CROSS JOIN nodes v ON v.id = e.${other} AND ${visibleSql('v')}`
          : '';
        // Each value as JSON text (`true`, `4`, `"text"`), so a boolean and a number stay apart.
        const columns = query.groupBy.map((_, i) => `e.props -> @g${i}`);
        const grouped = ['f.id', ...columns].join(', ');
        return `SELECT ${grouped}, count(*) FROM ${parts.from} ${visible} ${parts.where}
              GROUP BY ${grouped}`;
      },
      true,
    )
    .all(params) as unknown[][];
  return sortedRelationshipGroups(
    rows.map((row) => ({
      node: starts.get(row[0] as number)!,
      values: row.slice(1, 1 + width).map((json) => groupValue(json as string | null)),
      count: row[1 + width] as number,
    })),
  );
}

/** `aggregate`: the counted nodes reached back from the targets, grouped in SQLite (aggregate-sql.ts). */
export function aggregate(c: ScopedConnection, query: AggregateQuery): AggregateGroup[] {
  checkAggregate(query);
  if (emptyAggregate(query)) return [];
  const targets = c.resolve(query.where.to);
  if (targets.size === 0) return [];
  c.load([], targets.keys());
  const via = query.via ?? [];
  const groupBy = query.groupBy ?? [];
  const sum = query.sum ?? [];
  const params: Record<string, string> = {
    kinds: JSON.stringify([...new Set(query.kinds)]),
    whereRels: JSON.stringify([...new Set(query.where.rels)]),
    ...(query.privateOf && { orgs: JSON.stringify(query.privateOf) }),
  };
  const shape: AggregateShape = {
    where: query.where.direction,
    via: via.map((step) => ({ direction: step.direction, kinds: step.kinds !== undefined })),
    groupBy: groupBy.length,
    sum: sum.length,
    private: query.privateOf !== undefined,
    fromKinds: kindSideIsCheaper(c, query.where.direction, params.kinds!, params.whereRels!),
  };
  via.forEach((step, i) => {
    params[`rels${i}`] = JSON.stringify([...new Set(step.rels)]);
    if (step.kinds) params[`kinds${i}`] = JSON.stringify([...new Set(step.kinds)]);
  });
  groupBy.forEach((name, i) => (params[`g${i}`] = `$.${name}`));
  sum.forEach((name, i) => (params[`s${i}`] = `$.${name}`));
  const rows = c
    .statement(shapeName(shape), () => aggregateSql(shape), true)
    .all(params) as unknown[][];
  return sortedGroups(
    rows.map((row) => {
      const [kind, viaKind, viaKey] = row as [NodeKind, NodeKind | null, string | null];
      return {
        kind,
        via: viaKind === null || viaKey === null ? null : { kind: viaKind, key: viaKey },
        values: row.slice(3, 3 + groupBy.length) as (string | null)[],
        count: row[3 + groupBy.length] as number,
        sums: row.slice(4 + groupBy.length) as number[],
      };
    }),
  );
}

/**
 * Whether the counted nodes are cheaper found from the nodes of their kinds (an index probe each)
 * than back from the targets: those nodes are fewer than half the relationships at the targets.
 * The kinds' nodes are read from `counts`; the targets' relationships counted on the index only
 * up to where that is decided.
 */
function kindSideIsCheaper(
  c: ScopedConnection,
  where: AggregateQuery['where']['direction'],
  kinds: string,
  whereRels: string,
): boolean {
  const nodes = c.kindNodes(kinds);
  const enough = 2 * nodes + 1;
  const atTargets = c.relationshipsAt(
    'scoped_to',
    where === 'out' ? 'dst' : 'src',
    whereRels,
    enough,
  );
  return atTargets >= enough;
}

/** A property value read as JSON text as `countRelationships` groups by it. */
function groupValue(json: string | null): GroupValue {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
    ? value
    : null;
}
