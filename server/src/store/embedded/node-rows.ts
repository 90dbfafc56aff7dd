/**
 * The row ids of the nodes a bulk session has written or looked up, by kind and then key. Keyed
 * the way records arrive, so a look-up — two for every relationship of an import — builds no
 * `Kind:key` string: at millions of relationships that concatenation and its hashing cost more
 * than the map itself.
 */
import type { NodeRef } from '@chanjiao/graph-schema';

export class NodeRows {
  private readonly byKind = new Map<string, Map<string, number>>();

  get(ref: NodeRef): number | undefined {
    return this.byKind.get(ref.kind)?.get(ref.key);
  }

  has(ref: NodeRef): boolean {
    return this.byKind.get(ref.kind)?.has(ref.key) ?? false;
  }

  set(ref: NodeRef, row: number): void {
    let keys = this.byKind.get(ref.kind);
    if (!keys) this.byKind.set(ref.kind, (keys = new Map()));
    keys.set(ref.key, row);
  }

  delete(ref: NodeRef): void {
    this.byKind.get(ref.kind)?.delete(ref.key);
  }
}
