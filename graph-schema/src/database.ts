/**
 * What a database needs to hold this graph well: a uniqueness constraint on (label, key) for every
 * kind, range indexes on the properties the schema marks `indexed`, and one full-text index over
 * names and keys. Stores create these idempotently at start-up.
 */
import { nodeKindNames, nodeKinds, type NodeKind } from './kinds.ts';

export interface UniqueConstraint {
  name: string;
  label: NodeKind;
  property: 'key';
}

export interface RangeIndex {
  name: string;
  label: NodeKind;
  property: string;
}

export interface FullTextIndex {
  name: string;
  labels: NodeKind[];
  properties: string[];
}

export const uniqueConstraints: UniqueConstraint[] = [];
export const rangeIndexes: RangeIndex[] = [];
export const fullTextIndex: FullTextIndex = {
  name: 'atlas_names',
  labels: [],
  properties: ['key', 'name_zh', 'name_en', 'aliases'],
};

/**
 * Fills the description from the kinds in force: at load, and again when a schema extension is
 * activated (the arrays keep their identity, so a store reading them sees the extension's kinds).
 */
export function refreshDatabaseDescription(): void {
  uniqueConstraints.splice(
    0,
    uniqueConstraints.length,
    ...nodeKindNames.map((label) => ({
      name: `atlas_${label.toLowerCase()}_key`,
      label,
      property: 'key' as const,
    })),
  );
  rangeIndexes.splice(
    0,
    rangeIndexes.length,
    ...nodeKindNames.flatMap((label) =>
      ['name_zh', ...((nodeKinds[label] as { indexed?: string[] }).indexed ?? [])].map(
        (property) => ({
          name: `atlas_${label.toLowerCase()}_${property.toLowerCase()}`,
          label,
          property,
        }),
      ),
    ),
  );
  fullTextIndex.labels.splice(0, fullTextIndex.labels.length, ...nodeKindNames);
}

refreshDatabaseDescription();
