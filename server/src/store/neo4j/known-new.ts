/**
 * What a bulk session knows to be new, so it can CREATE without looking anything up: a node of a
 * kind that had no node when the session began, whose key the session has not written before; a
 * relationship of a type that had no relationship when the session began, not written before.
 * Everything else is MERGEd. "Written before" is a set of 53-bit hashes (id-hash.ts): a collision
 * only sends a row to MERGE, never a duplicate to CREATE.
 *
 * The session holds the store's write lock and one bulk session runs per database; a plain write
 * from another process that creates the same node meanwhile makes the chunk fail on the key's
 * uniqueness constraint, and the session then MERGEs that chunk and that kind from then on.
 */
import {
  edgeId,
  nodeId,
  nodeKindNames,
  relTypeNames,
  type NodeKind,
  type RelType,
} from '@chanjiao/graph-schema';
import type { NewRows } from './apply.ts';
import type { EdgeUpsertGroup, NodeUpsertGroup } from './batching.ts';
import { hash53, HashSet53 } from './id-hash.ts';
import type { CountReader } from './stats.ts';

export class KnownNew implements NewRows {
  private readonly written = new HashSet53();

  private constructor(
    private readonly emptyKinds: Set<NodeKind>,
    private readonly emptyRels: Set<RelType>,
  ) {}

  /** Reads which kinds and types are empty now (count store, one statement, never cached). */
  static async at(counts: CountReader): Promise<KnownNew> {
    const stats = await counts.read();
    return new KnownNew(
      new Set(nodeKindNames.filter((kind) => !stats.byKind[kind])),
      new Set(relTypeNames.filter((rel) => !stats.byRel[rel])),
    );
  }

  /** Nothing is known new any more for this kind (another writer created one of its nodes). */
  forgetKind(kind: NodeKind): void {
    this.emptyKinds.delete(kind);
  }

  nodes(group: NodeUpsertGroup, rows: NodeUpsertGroup['rows']): boolean[] {
    const empty = this.emptyKinds.has(group.kind);
    return rows.map((row) => {
      const fresh = this.written.add(hash53(nodeId({ kind: group.kind, key: row.key })));
      return empty && fresh;
    });
  }

  edges(group: EdgeUpsertGroup, rows: EdgeUpsertGroup['rows']): boolean[] {
    const empty = this.emptyRels.has(group.rel);
    return rows.map((row) => {
      const fresh = this.written.add(
        hash53(
          edgeId({
            rel: group.rel,
            from: { kind: group.from, key: row.from },
            to: { kind: group.to, key: row.to },
          }),
        ),
      );
      return empty && fresh;
    });
  }
}
