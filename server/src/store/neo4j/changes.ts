/**
 * What one write transaction changed, entity by entity, as the write path reports it: created
 * keys, and the properties that updated or removed entities had before. A bulk session stores it
 * as the chunk's undo entry; anything else that must be written in the same transaction as a
 * change (an audit row, say) can be derived from it.
 */
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { WriteResult } from '../port.ts';

export type EdgeKey = [RelType, NodeKind, string, NodeKind, string];

export interface ChangeSet {
  nodesCreated: [NodeKind, string][];
  /** [kind, key, properties before] */
  nodesUpdated: [NodeKind, string, Props][];
  nodesRemoved: [NodeKind, string, Props][];
  edgesCreated: EdgeKey[];
  /** [rel, from kind, from key, to kind, to key, properties before] */
  edgesUpdated: [...EdgeKey, Props][];
  edgesRemoved: [...EdgeKey, Props][];
  /** Relationships that went with removed nodes (counted, not listed). */
  edgesRemovedWithNodes: number;
}

export const emptyChanges = (): ChangeSet => ({
  nodesCreated: [],
  nodesUpdated: [],
  nodesRemoved: [],
  edgesCreated: [],
  edgesUpdated: [],
  edgesRemoved: [],
  edgesRemovedWithNodes: 0,
});

export function countChanges(changes: ChangeSet): WriteResult {
  return {
    nodesCreated: changes.nodesCreated.length,
    nodesUpdated: changes.nodesUpdated.length,
    nodesRemoved: changes.nodesRemoved.length,
    edgesCreated: changes.edgesCreated.length,
    edgesUpdated: changes.edgesUpdated.length,
    edgesRemoved: changes.edgesRemoved.length + changes.edgesRemovedWithNodes,
  };
}

/** The undo entry of a bulk chunk: upserts only, so removals never appear in it. */
export type UndoEntry = Pick<
  ChangeSet,
  'nodesCreated' | 'nodesUpdated' | 'edgesCreated' | 'edgesUpdated'
>;

export function undoEntryOf(changes: ChangeSet): UndoEntry {
  const { nodesCreated, nodesUpdated, edgesCreated, edgesUpdated } = changes;
  return { nodesCreated, nodesUpdated, edgesCreated, edgesUpdated };
}
