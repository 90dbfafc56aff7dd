/**
 * The one ordering every store uses, so they answer alike: strings in code-unit order, nodes by
 * (kind, key), edges by (rel, from kind, from key, to kind, to key).
 */
import type { EdgeRow, NodeRow } from './port.ts';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNodeRows(
  a: Pick<NodeRow, 'kind' | 'key'>,
  b: Pick<NodeRow, 'kind' | 'key'>,
): number {
  return compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key);
}

export function compareEdgeRows(a: EdgeRow, b: EdgeRow): number {
  return (
    compareStrings(a.rel, b.rel) ||
    compareStrings(a.from.kind, b.from.kind) ||
    compareStrings(a.from.key, b.from.key) ||
    compareStrings(a.to.kind, b.to.kind) ||
    compareStrings(a.to.key, b.to.key)
  );
}
