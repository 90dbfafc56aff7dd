/**
 * Building blocks for the graph schema: how a node kind and a relationship type are declared.
 *
 * Every kind gets the common properties (bilingual name, description, provenance) and a closed
 * (strict) zod object for its properties, so an unknown property is an error, not silently stored.
 * Properties are flat: strings, numbers, booleans and arrays of strings, which every store
 * (SQLite JSON, Neo4j property values, GraphML/GEXF attributes) can hold without translation.
 */
import { z } from 'zod';

export type KindGroup = 'industry' | 'occupation' | 'education' | 'collaboration';

export interface Names {
  zh: string;
  en: string;
}

/** Metadata attached to a property schema with `.meta()`; read back for the JSON description. */
export interface PropertyMeta extends Names {
  [key: string]: unknown;
}

export type PropertyShape = Record<string, z.ZodType>;

export const keyMaxLength = 200;

/** Time period of demand data: a year, a half, a quarter or a month (2025, 2025-H1, 2025-Q3, 2025-07). */
export const periodPattern = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const prop = {
  text: (zh: string, en: string) => z.string().trim().min(1).max(10_000).meta({ zh, en }),
  int: (zh: string, en: string, min = 0) => z.number().int().min(min).meta({ zh, en }),
  num: (zh: string, en: string, min?: number, max?: number) => {
    let schema = z.number().refine(Number.isFinite, 'must be a finite number');
    if (min !== undefined) schema = schema.refine((v) => v >= min, `must be ≥ ${min}`);
    if (max !== undefined) schema = schema.refine((v) => v <= max, `must be ≤ ${max}`);
    return schema.meta({
      zh,
      en,
      ...(min !== undefined && { minimum: min }),
      ...(max !== undefined && { maximum: max }),
    });
  },
  bool: (zh: string, en: string) => z.boolean().meta({ zh, en }),
  year: (zh: string, en: string) => z.number().int().min(1900).max(2100).meta({ zh, en }),
  period: (zh: string, en: string) =>
    z
      .string()
      .regex(periodPattern, 'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07')
      .meta({ zh, en }),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, zh: string, en: string) =>
    z.enum(values).meta({ zh, en }),
  list: (zh: string, en: string) => z.array(z.string().trim().min(1)).max(1000).meta({ zh, en }),
  url: (zh: string, en: string) => z.url().meta({ zh, en }),
};

/** Properties every node kind has. `updatedAt` is set by the store when absent. */
export const commonNodeProps = {
  name_zh: z.string().trim().min(1).max(500).meta({ zh: '中文名称', en: 'Name (Chinese)' }),
  name_en: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .meta({ zh: '英文名称', en: 'Name (English)' }),
  aliases: prop.list('别名', 'Aliases').optional(),
  description: prop.text('说明', 'Description').optional(),
  source: z.string().trim().min(1).max(1000).optional().meta({ zh: '来源', en: 'Source' }),
  updatedAt: z.iso.datetime({ offset: true }).optional().meta({ zh: '更新时间', en: 'Updated at' }),
} satisfies PropertyShape;

/** Properties every relationship has. */
export const commonEdgeProps = {
  source: z.string().trim().min(1).max(1000).optional().meta({ zh: '来源', en: 'Source' }),
  updatedAt: z.iso.datetime({ offset: true }).optional().meta({ zh: '更新时间', en: 'Updated at' }),
} satisfies PropertyShape;

export interface KindSpec<P extends PropertyShape> extends Names {
  group: KindGroup;
  /** Human rule for the key: which official code, or a slug. */
  keyRule: Names;
  /** Optional stricter pattern for keys that are official codes. */
  keyPattern?: RegExp;
  colour: string;
  /** Relative node size in the explorer (1–3). */
  size: number;
  /** One character shown in the legend. */
  glyph: string;
  /** Its English counterpart, one or two letters (default: the English name's first two). */
  glyphEn?: string;
  props: P;
  /** Properties worth a database index (besides `key` and the names). */
  indexed?: (keyof P & string)[];
}

export function defineKind<P extends PropertyShape>(spec: KindSpec<P>) {
  const schema = z.strictObject({ ...commonNodeProps, ...spec.props });
  return { ...spec, schema };
}

export interface RelSpec<P extends PropertyShape, K extends string> extends Names {
  /** Allowed (from kind, to kind) pairs. */
  pairs: readonly (readonly [K, K])[];
  props: P;
  colour: string;
}

export function defineRel<P extends PropertyShape, K extends string>(spec: RelSpec<P, K>) {
  const schema = z.strictObject({ ...commonEdgeProps, ...spec.props });
  return { ...spec, schema };
}

/** All pairs from × to. */
export function every<K extends string>(from: readonly K[], to: readonly K[]): [K, K][] {
  return from.flatMap((f) => to.map((t) => [f, t] as [K, K]));
}
