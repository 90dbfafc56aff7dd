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

export interface ValueWords {
  yes: string;
  no: string;
  listSeparator: string;
  locale: string;
  /** An enumerated value's name in the language (`midstream` → 中游). */
  valueName?: (value: string) => string;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A property value as text in the reader's locale: lists joined, booleans as yes/no words,
 * numbers grouped, timestamps as a date and time, and the values of an enumerated property
 * (`enumerated`) by their names.
 */
export function formatValue(value: unknown, words: ValueWords, enumerated = false): string {
  if (Array.isArray(value))
    return value.map((item) => formatValue(item, words, enumerated)).join(words.listSeparator);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value.toLocaleString(words.locale);
  if (typeof value === 'string') {
    if (enumerated && words.valueName) return words.valueName(value);
    if (isoDateTime.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime()))
        return new Intl.DateTimeFormat(words.locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(date);
    }
    return value;
  }
  return JSON.stringify(value);
}

export interface ExpansionChoices {
  /** Relationship types around the node with how many of its listed relationships have each. */
  rels: { rel: string; count: number }[];
  /** Kinds of the nodes at the other end, with how many. */
  kinds: { kind: string; count: number }[];
}

/**
 * What a node's expansion may be narrowed to, from its relationships: the types and the kinds
 * at the other end, with counts (of the listed relationships: at least, when the list is cut),
 * in schema order.
 */
export function expansionChoices(
  relationships: readonly RelationSummary[],
  schema: SchemaIndex | null,
): ExpansionChoices {
  const rels = new Map<string, number>();
  const kinds = new Map<string, Set<string>>();
  for (const r of relationships) {
    rels.set(r.rel, (rels.get(r.rel) ?? 0) + 1);
    const others = kinds.get(r.other.kind) ?? new Set<string>();
    others.add(r.other.key);
    kinds.set(r.other.kind, others);
  }
  const relRank = (rel: string) => schema?.relOrder.get(rel) ?? Number.MAX_SAFE_INTEGER;
  const kindRank = (kind: string) => schema?.kindOrder.get(kind) ?? Number.MAX_SAFE_INTEGER;
  return {
    rels: [...rels]
      .map(([rel, count]) => ({ rel, count }))
      .sort((a, b) => relRank(a.rel) - relRank(b.rel) || a.rel.localeCompare(b.rel)),
    kinds: [...kinds]
      .map(([kind, keys]) => ({ kind, count: keys.size }))
      .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind)),
  };
}
