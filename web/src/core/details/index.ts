/**
 * Shaping a node's details (`/api/nodes/:kind/:key`) for the panel: its properties in schema
 * order with their zh/en names, and its relationships grouped by type and direction.
 */
import type { NodeDetail, RelationSummary } from '@chanjiao/graph-schema';
import type { Names } from '../i18n/index.ts';
import type { PropertyDescription, SchemaIndex } from '../schema/index.ts';

export type { NodeDetail, RelationSummary };

export interface PropertyRow {
  name: string;
  names: Names;
  value: unknown;
}

/** Provenance goes last; the names head the panel already but are listed too, first. */
const trailing = ['source', 'updatedAt'];

export function propertyRows(
  props: Record<string, unknown>,
  described: Record<string, PropertyDescription> | undefined,
): PropertyRow[] {
  const known = Object.keys(described ?? {});
  const order = [
    ...known.filter((name) => !trailing.includes(name)),
    ...Object.keys(props).filter((name) => !known.includes(name) && !trailing.includes(name)),
    ...trailing,
  ];
  const rows: PropertyRow[] = [];
  for (const name of order) {
    const value = props[name];
    if (value === undefined || value === null || value === '') continue;
    const description = described?.[name];
    rows.push({ name, names: { zh: description?.zh ?? name, en: description?.en ?? name }, value });
  }
  return rows;
}

export interface RelationshipGroup {
  rel: string;
  direction: 'out' | 'in';
  relationships: RelationSummary[];
}

/**
 * Groups relationships by (type, direction): in schema order of the types, outgoing before
 * incoming, and within a group by the other end's Chinese name.
 */
export function groupRelationships(
  relationships: readonly RelationSummary[],
  schema: SchemaIndex | null,
): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const relationship of relationships) {
    const id = `${relationship.rel}|${relationship.direction}`;
    let group = groups.get(id);
    if (!group) {
      group = { rel: relationship.rel, direction: relationship.direction, relationships: [] };
      groups.set(id, group);
    }
    group.relationships.push(relationship);
  }
  const rank = (rel: string) => schema?.relOrder.get(rel) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...groups.values()].sort(
    (a, b) =>
      rank(a.rel) - rank(b.rel) ||
      a.rel.localeCompare(b.rel) ||
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1),
  );
  for (const group of sorted)
    group.relationships.sort((a, b) => a.other.name_zh.localeCompare(b.other.name_zh, 'zh-CN'));
  return sorted;
}

/** A property value as text: lists joined, booleans as yes/no words, numbers grouped. */
export function formatValue(
  value: unknown,
  words: { yes: string; no: string; listSeparator: string; locale: string },
): string {
  if (Array.isArray(value)) return value.map(String).join(words.listSeparator);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value.toLocaleString(words.locale);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
