/**
 * Which kinds a node of each kind can be adjacent to, and through which relationship types, as the
 * schema allows (in either direction): the neighbourhood statement enumerates a node's neighbours
 * kind by kind, in id order, and needs the types to use typed degrees and typed expansions.
 */
import { relationshipTypes, type NodeKind, type RelType } from '@chanjiao/graph-schema';
import { compareStrings } from '../../order.ts';
import { perSchema } from '../per-schema.ts';

export interface NeighbourKind {
  kind: NodeKind;
  /** The types joining the two kinds, in either direction, sorted. */
  rels: RelType[];
}

/** For each kind, the kinds its nodes can be adjacent to, in kind-name (code-point) order. */
export const neighbourKinds = perSchema((): Map<NodeKind, NeighbourKind[]> => {
  const pairs = new Map<NodeKind, Map<NodeKind, Set<RelType>>>();
  const add = (from: NodeKind, to: NodeKind, rel: RelType) => {
    let byKind = pairs.get(from);
    if (!byKind) pairs.set(from, (byKind = new Map()));
    let rels = byKind.get(to);
    if (!rels) byKind.set(to, (rels = new Set()));
    rels.add(rel);
  };
  for (const [rel, spec] of Object.entries(relationshipTypes) as [
    RelType,
    { pairs: readonly (readonly [NodeKind, NodeKind])[] },
  ][])
    for (const [from, to] of spec.pairs) {
      add(from, to, rel);
      add(to, from, rel);
    }
  return new Map(
    [...pairs].map(([kind, byKind]) => [
      kind,
      [...byKind]
        .map(([other, rels]) => ({ kind: other, rels: [...rels].sort(compareStrings) }))
        .sort((a, b) => compareStrings(a.kind, b.kind)),
    ]),
  );
});
