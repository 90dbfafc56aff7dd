/**
 * The CSV that `neo4j-admin database import full` reads, generated from graph-schema: one node file
 * per kind (`key:ID(Kind)` plus a typed column per property the kind may have) and one relationship
 * file per (type, from kind, to kind) (`:START_ID(From)`, `:END_ID(To)` plus the type's
 * properties). Each kind is its own ID space, because a key is unique only within its kind.
 *
 * Types follow what the driver path stores, so both loading paths give the same database: numbers
 * as `double` (the driver sends JavaScript numbers as floats), booleans, strings and string lists.
 * Every string is quoted (RFC 4180, `""` for a quote), an absent property is an empty field, and
 * list elements are joined by U+001F, a control character no validated text needs.
 */
import {
  describeSchema,
  type NodeKind,
  type PropertyDescription,
  type Props,
  type PropValue,
  type RelType,
} from '@chanjiao/graph-schema';

export const arrayDelimiter = '\u001f';
/** How the delimiter is written on neo4j-admin's command line. */
export const arrayDelimiterOption = 'U+001F';

export type CsvType = 'string' | 'double' | 'boolean' | 'string[]';

export interface Column {
  name: string;
  type: CsvType;
}

function csvType(type: PropertyDescription['type']): CsvType {
  switch (type) {
    case 'integer':
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'string[]':
      return 'string[]';
    case 'string':
      return 'string';
  }
}

const columnsOf = (properties: Record<string, PropertyDescription>): Column[] =>
  Object.entries(properties).map(([name, p]) => ({ name, type: csvType(p.type) }));

let cachedNodes: Map<NodeKind, Column[]> | null = null;
let cachedEdges: Map<RelType, Column[]> | null = null;

/** The property columns of a kind, in schema order. */
export function nodeColumns(kind: NodeKind): Column[] {
  cachedNodes ??= new Map(describeSchema().kinds.map((k) => [k.kind, columnsOf(k.properties)]));
  return cachedNodes.get(kind)!;
}

/** The property columns of a relationship type, in schema order. */
export function edgeColumns(rel: RelType): Column[] {
  cachedEdges ??= new Map(
    describeSchema().relationships.map((r) => [r.rel, columnsOf(r.properties)]),
  );
  return cachedEdges.get(rel)!;
}

const typed = (c: Column) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`);

export function nodeHeader(kind: NodeKind): string {
  return [`key:ID(${kind})`, ...nodeColumns(kind).map(typed)].join(',') + '\n';
}

export function edgeHeader(rel: RelType, from: NodeKind, to: NodeKind): string {
  return [`:START_ID(${from})`, `:END_ID(${to})`, ...edgeColumns(rel).map(typed)].join(',') + '\n';
}

export function quote(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** Thrown for a value the CSV cannot carry faithfully (a list element holding U+001F). */
export class CsvValueError extends Error {
  override name = 'CsvValueError';
}

function field(value: PropValue | undefined, column: Column): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.some((v) => v.includes(arrayDelimiter)))
      throw new CsvValueError(
        `${column.name}: a list element contains U+001F, which the bulk loader uses between elements`,
      );
    return quote(value.join(arrayDelimiter));
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

export function nodeLine(kind: NodeKind, key: string, props: Props): string {
  let line = quote(key);
  for (const column of nodeColumns(kind)) line += ',' + field(props[column.name], column);
  return line + '\n';
}

export function edgeLine(rel: RelType, from: string, to: string, props: Props): string {
  let line = quote(from) + ',' + quote(to);
  for (const column of edgeColumns(rel)) line += ',' + field(props[column.name], column);
  return line + '\n';
}

/** Whether a line from nodeLine/edgeLine needs neo4j-admin's (slower) multi-line field parsing. */
export function spansLines(line: string): boolean {
  return line.indexOf('\n') < line.length - 1 || line.includes('\r');
}
