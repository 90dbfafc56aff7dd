/**
 * The one ordering every store uses, so they answer alike: strings in code-unit order, nodes by
 * (kind, key), edges by (rel, from kind, from key, to kind, to key).
 */
import type { EdgeRow, NodeRow } from './port.ts';

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
