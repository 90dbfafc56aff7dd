/**
 * Write operations for tests, in one line each: `nodeOp('Chain', 'c', { name_zh: '链' })`,
 * `edgeOp('PART_OF', ['Segment', 's'], ['Chain', 'c'])`. Kinds, types and properties are plain
 * strings and records so tests can also write what only a schema extension (or an earlier schema)
 * declares; the store validates them as it validates any write.
 */
import type { Props } from '@chanjiao/graph-schema';
import type { WriteOp } from '../src/store/port.ts';

type Mode = 'replace' | 'merge';

export function nodeOp(
  kind: string,
  key: string,
  props: Record<string, unknown> = {},
  mode: Mode = 'replace',
): WriteOp {
  return { op: 'upsertNode', node: { kind, key, props: props as Props } as never, mode };
}

export function edgeOp(
  rel: string,
  from: readonly [string, string],
  to: readonly [string, string],
  props: Record<string, unknown> = {},
  mode: Mode = 'replace',
): WriteOp {
  return {
    op: 'upsertEdge',
    edge: {
      rel,
      from: { kind: from[0], key: from[1] },
      to: { kind: to[0], key: to[1] },
      props: props as Props,
    } as never,
    mode,
  };
}
