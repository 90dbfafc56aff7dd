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

export const uniqueConstraints: UniqueConstraint[] = nodeKindNames.map((label) => ({
  name: `atlas_${label.toLowerCase()}_key`,
  label,
  property: 'key',
}));

export const rangeIndexes: RangeIndex[] = nodeKindNames.flatMap((label) =>
  ['name_zh', ...((nodeKinds[label] as { indexed?: string[] }).indexed ?? [])].map((property) => ({
    name: `atlas_${label.toLowerCase()}_${property.toLowerCase()}`,
    label,
    property,
  })),
);

export const fullTextIndex: FullTextIndex = {
  name: 'atlas_names',
  labels: nodeKindNames,
  properties: ['key', 'name_zh', 'name_en', 'aliases'],
};
