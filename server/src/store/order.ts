/**
 * The one ordering every store uses, so they answer alike: strings in code-unit order, nodes by
 * (kind, key), edges by (rel, from kind, from key, to kind, to key).
 */
import type { EdgeRow, GroupValue, NodeRow, RelationshipGroup } from './port.ts';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two nodes as their ids `Kind:key` compare, without building the ids: within one kind
 * the keys decide; across kinds the joined strings are compared (once per kind boundary).
 */
export function compareNodeIds(kindA: string, keyA: string, kindB: string, keyB: string): number {
  if (kindA === kindB) return compareStrings(keyA, keyB);
  return compareStrings(`${kindA}:${keyA}`, `${kindB}:${keyB}`);
}

export function compareNodeRows(
  a: Pick<NodeRow, 'kind' | 'key'>,
  b: Pick<NodeRow, 'kind' | 'key'>,
): number {
  return compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key);
}

export function compareEdgeRows(
  a: Pick<EdgeRow, 'rel' | 'from' | 'to'>,
  b: Pick<EdgeRow, 'rel' | 'from' | 'to'>,
): number {
  return (
    compareStrings(a.rel, b.rel) ||
    compareStrings(a.from.kind, b.from.kind) ||
    compareStrings(a.from.key, b.from.key) ||
    compareStrings(a.to.kind, b.to.kind) ||
    compareStrings(a.to.key, b.to.key)
  );
}

const groupValueRank = (v: GroupValue) =>
  v === null ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3;

/** Group values: null, then false and true, then numbers, then text (code-unit order). */
export function compareGroupValues(a: GroupValue, b: GroupValue): number {
  const rank = groupValueRank(a) - groupValueRank(b);
  if (rank !== 0) return rank;
  if (typeof a === 'string') return compareStrings(a, b as string);
  return Number(a) - Number(b);
}

/** Relationship groups by start node, then values. */
export function compareRelationshipGroups(a: RelationshipGroup, b: RelationshipGroup): number {
  const byNode = compareNodeRows(a.node, b.node);
  if (byNode !== 0) return byNode;
  for (let i = 0; i < a.values.length; i++) {
    const c = compareGroupValues(a.values[i]!, b.values[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** Groups sorted, those with the same start node and values merged (counts added). */
export function sortedRelationshipGroups(groups: RelationshipGroup[]): RelationshipGroup[] {
  const sorted = [...groups].sort(compareRelationshipGroups);
  const out: RelationshipGroup[] = [];
  for (const group of sorted) {
    const last = out[out.length - 1];
    if (last && compareRelationshipGroups(last, group) === 0) last.count += group.count;
    else out.push({ ...group });
  }
  return out;
}
