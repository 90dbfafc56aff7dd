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

/**
 * An undo entry as stored (JSON in the chunk's `AtlasImportUndo` node): created keys grouped by
 * kind and by relationship shape, so a chunk of new entities does not repeat its kinds and types
 * thousands of times.
 */
interface PackedUndo {
  v: 2;
  /** kind → keys */
  nodesCreated: Record<string, string[]>;
  /** `rel|fromKind|toKind` → [from key, to key, from key, to key, …] */
  edgesCreated: Record<string, string[]>;
  nodesUpdated: UndoEntry['nodesUpdated'];
  edgesUpdated: UndoEntry['edgesUpdated'];
}

export function packUndo(entry: UndoEntry): string {
  const packed: PackedUndo = {
    v: 2,
    nodesCreated: {},
    edgesCreated: {},
    nodesUpdated: entry.nodesUpdated,
    edgesUpdated: entry.edgesUpdated,
  };
  for (const [kind, key] of entry.nodesCreated) (packed.nodesCreated[kind] ??= []).push(key);
  for (const [rel, from, fromKey, to, toKey] of entry.edgesCreated)
    (packed.edgesCreated[`${rel}|${from}|${to}`] ??= []).push(fromKey, toKey);
  return JSON.stringify(packed);
}

/** Reads a stored undo entry, packed or (as written before packing) plain. */
export function unpackUndo(json: string): UndoEntry {
  const value = JSON.parse(json) as PackedUndo | UndoEntry;
  if (!('v' in value)) return value;
  const entry: UndoEntry = {
    nodesCreated: [],
    nodesUpdated: value.nodesUpdated,
    edgesCreated: [],
    edgesUpdated: value.edgesUpdated,
  };
  for (const [kind, keys] of Object.entries(value.nodesCreated))
    for (const key of keys) entry.nodesCreated.push([kind as NodeKind, key]);
  for (const [shape, keys] of Object.entries(value.edgesCreated)) {
    const [rel, from, to] = shape.split('|') as [RelType, NodeKind, NodeKind];
    for (let i = 0; i < keys.length; i += 2)
      entry.edgesCreated.push([rel, from, keys[i]!, to, keys[i + 1]!]);
  }
  return entry;
}
