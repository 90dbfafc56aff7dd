/**
 * How view state is written in the address bar, and the building blocks of each view's search
 * schema. The router's own serialiser JSON-parses values, which would turn the region code
 * `350900` into a number and write lists as `%5B%22…`; links are pasted into chats and reports, so
 * values here stay plain text: one `name=value` per scalar, a repeated `name=` per list item,
 * `:` `/` `,` left readable. Every value arrives in a schema as a string (or a list of strings),
 * and the schemas are lenient: a malformed or unknown parameter is dropped, never an error page,
 * because a link must open even when it was cut short in a chat.
 */
import { z } from 'zod';

/** The search object of a location as the serialiser reads it, before a view's schema. */
export type RawSearch = Record<string, string | string[]>;

/** Parses `?a=1&b=x&b=y` into `{a: '1', b: ['x', 'y']}`; `+` is a space, as browsers send forms. */
export function parseSearch(searchStr: string): RawSearch {
  const query = searchStr.startsWith('?') ? searchStr.slice(1) : searchStr;
  const result: RawSearch = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const previous = result[name];
    if (previous === undefined) result[name] = value;
    else result[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return result;
}

/** Percent-encodes a name or value, leaving the characters that read well and are legal in a query. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
}

/**
 * Writes a search object as `?name=value&…` in the object's own order (a schema's order, so the
 * same state always reads the same). Empty strings, empty lists, `undefined` and `null` are left
 * out: an absent parameter means the view's default.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(search)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      const text = textOf(item);
      if (text === null || text === '') continue;
      parts.push(`${encodePart(name)}=${encodePart(text)}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

// ── Schema building blocks ───────────────────────────────────────────────

/** A non-empty text parameter; anything else (empty, repeated) reads as absent. */
export const textParam = z.string().min(1).optional().catch(undefined);

/** A node id `Kind:key` (a kind never contains `:`, a key may). */
export const nodeIdParam = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*:.+$/)
  .optional()
  .catch(undefined);

/** One of `values`; anything else reads as absent (the view's default). */
export function choiceParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

/** `true` / `false`; anything else reads as absent. */
export const flagParam = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')])
  .optional()
  .catch(undefined);

/**
 * A list written as a repeated parameter. A single occurrence arrives as a string; items that do not
 * match `item` are dropped, duplicates keep their first place, an empty list reads as absent.
 */
export function listParam(item: z.ZodType<string> = z.string().min(1)) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => {
      const items = (Array.isArray(value) ? value : [value]).filter(
        (entry) => item.safeParse(entry).success,
      );
      const unique = [...new Set(items)];
      return unique.length > 0 ? unique : undefined;
    })
    .optional()
    .catch(undefined);
}

/** The item pattern of node-id lists. */
export const nodeIdItem = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*:.+$/);

/** The item pattern of kind lists (`Chain`, `Segment`…). */
export const kindItem = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/);

/** Drops the keys whose value is `undefined`, so equal states compare and serialise equal. */
export function compact<T extends Record<string, unknown>>(search: T): T {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(search)) if (value !== undefined) result[name] = value;
  return result as T;
}

/**
 * A key that is equal for two search objects exactly when they hold the same parameters, whatever
 * the order of their keys: what effects depend on, and what decides whether a change is a change.
 */
export function searchKey(search: Record<string, unknown>): string {
  const names = Object.keys(search).sort();
  return stringifySearch(Object.fromEntries(names.map((name) => [name, search[name]])));
}

export function sameSearch(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return searchKey(a) === searchKey(b);
}
