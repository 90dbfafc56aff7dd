/**
 * Restoring a removed node from the audit trail: the node's last `remove` change holds its
 * properties and the relationships that went with it, so the node comes back as it was, with
 * every relationship whose other end still exists, in one batch — written like any other change
 * (checked, stamped and itself recorded, as a `create`). A relationship to a node that is gone
 * too cannot come back with it: the answer lists it as skipped, so the caller can restore that
 * node and re-link them.
 */
import { nodeId, type ChangeRecord, type NodeRef } from '@chanjiao/graph-schema';
import { AlreadyExistsError, NotFoundError } from '../errors.ts';
import type { EdgeRow, GraphStore, WriteOp } from '../store/port.ts';

/** Changes read per page while looking for the last removal. */
const page = 1000;

/** The node's last removal in the audit trail, or null. */
export async function lastRemoval(store: GraphStore, ref: NodeRef): Promise<ChangeRecord | null> {
  let since = 0;
  let last: ChangeRecord | null = null;
  for (;;) {
    const changes = await store.changes({ since, limit: page, node: ref });
    for (const change of changes)
      if (change.action === 'remove' && change.node && nodeId(change.node) === nodeId(ref))
        last = change;
    if (changes.length < page) return last;
    since = changes[changes.length - 1]!.seq;
  }
}

export interface RestorePlan {
  ops: WriteOp[];
  relationships: EdgeRow[];
  skipped: EdgeRow[];
  /** The organisation the node belonged to (kept by the restore when it still exists). */
  org: string | undefined;
}

/** What restoring `ref` writes; refuses when it exists or was never removed. */
export async function planRestore(store: GraphStore, ref: NodeRef): Promise<RestorePlan> {
  if (await store.getNode(ref))
    throw new AlreadyExistsError(`${nodeId(ref)} exists: only a removed node can be restored`);
  const removal = await lastRemoval(store, ref);
  if (!removal?.before)
    throw new NotFoundError(`${nodeId(ref)}: no removal of it in the audit trail`);
  const edges = removal.relationships ?? [];
  const others = edges.flatMap((e) => [e.from, e.to]).filter((n) => nodeId(n) !== nodeId(ref));
  const present = (await store.existing(others, [])).nodes;
  const back = (e: EdgeRow) =>
    [e.from, e.to].every((n) => nodeId(n) === nodeId(ref) || present.has(nodeId(n)));
  const relationships = edges.filter(back);
  const org = typeof removal.before.org === 'string' ? removal.before.org : undefined;
  return {
    ops: [
      { op: 'upsertNode', node: { ...ref, props: removal.before }, mode: 'replace' },
      ...relationships.map((edge): WriteOp => ({
        op: 'upsertEdge',
        edge: edge as EdgeRow,
        mode: 'replace',
      })),
    ],
    relationships: relationships as EdgeRow[],
    skipped: edges.filter((e) => !back(e)) as EdgeRow[],
    org,
  };
}
