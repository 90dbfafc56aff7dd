/**
 * Values on their way out of Neo4j: integers, temporal values and lists become plain JSON
 * properties, and counts become numbers. Every row mapping goes through here.
 */
import neo4j from 'neo4j-driver';
import type { Props, PropValue } from '@chanjiao/graph-schema';

/** One value from Neo4j as a plain JSON property value (undefined for null). */
export function plain(value: unknown): PropValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map((v) => String(plain(v) ?? ''));
  return String(value);
}

/** Properties as they came from Neo4j, as plain JSON values. */
export function toPlainProps(properties: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [name, value] of Object.entries(properties)) {
    const converted = plain(value);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}

/** A node's properties without the `key` the store keeps beside them. */
export function nodeProps(properties: Record<string, unknown>): Props {
  const { key: _key, ...props } = toPlainProps(properties);
  return props;
}

/** A count or other integer from a record (the driver may hand back an Integer or a number). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  return Number(value ?? 0);
}
