/**
 * What both adapters share about `aggregate` (see the store port): the check of the property
 * names a query groups and sums by — they go into SQL JSON paths and Cypher parameters, so only
 * plain names pass — and the one order of the groups, merged by kind, end node and values when an
 * adapter's rows split a group (Neo4j groups by label lists).
 */
import type { NodeRef } from '@chanjiao/graph-schema';
import { compareNodeRows, compareStrings } from './order.ts';
import type { AggregateGroup, AggregateQuery } from './port.ts';

const propertyName = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Throws on a property name that is not a plain identifier (a programming error, not input). */
export function checkAggregate(query: AggregateQuery): void {
  for (const name of [...(query.groupBy ?? []), ...(query.sum ?? [])])
    if (!propertyName.test(name)) throw new Error(`aggregate: not a property name: ${name}`);
}

/** Nothing can match: no kind, no relationship type or target, an empty step of the path. */
export function emptyAggregate(query: AggregateQuery): boolean {
  return (
    query.kinds.length === 0 ||
    query.where.rels.length === 0 ||
    query.where.to.length === 0 ||
    (query.via ?? []).some((step) => step.rels.length === 0 || step.kinds?.length === 0)
  );
}

function compareValues(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return compareStrings(x, y);
  }
  return 0;
}

function compareVia(a: NodeRef | null, b: NodeRef | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareNodeRows(a, b);
}

export function compareGroups(a: AggregateGroup, b: AggregateGroup): number {
  return (
    compareStrings(a.kind, b.kind) || compareVia(a.via, b.via) || compareValues(a.values, b.values)
  );
}

/** The groups in port order, rows of the same group added together. */
export function sortedGroups(rows: AggregateGroup[]): AggregateGroup[] {
  const sorted = [...rows].sort(compareGroups);
  const out: AggregateGroup[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && compareGroups(last, row) === 0) {
      last.count += row.count;
      last.sums = last.sums.map((s, i) => s + (row.sums[i] ?? 0));
    } else out.push({ ...row, sums: [...row.sums] });
  }
  return out.filter((g) => g.count > 0);
}
