/**
 * The one ordering every store uses, so they answer alike: strings in code-point order, nodes by
 * (kind, key), edges by (rel, from kind, from key, to kind, to key).
 *
 * Code points, not JavaScript's UTF-16 code units, because that is how both databases compare
 * text: SQLite compares UTF-8 bytes and Neo4j code points, and each picks "the first n by key" in
 * its own statements. The two orders differ only where a character above U+FFFF (a CJK Extension
 * B ideograph, an emoji) meets one in U+E000–U+FFFF (fullwidth forms such as `！` and `（`, the
 * private use area): with code units the embedded walk chose `𠀀` before `！` and Neo4j the other
 * way round. Stored text never holds a lone surrogate (import refuses it).
 */
import type { EdgeRow, GroupValue, NodeRow, RelationshipGroup } from './port.ts';

export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 || y < 0xd800) return x < y ? -1 : 1;
    // Both at or above U+D800: surrogates (characters above U+FFFF) go after U+E000–U+FFFF.
    return (x < 0xe000 ? x + 0x2000 : x - 0x800) < (y < 0xe000 ? y + 0x2000 : y - 0x800) ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
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
