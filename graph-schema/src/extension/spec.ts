/**
 * The schema extension document: what a deployment may add to the built-in schema in its
 * `atlas.schema.yaml` — properties on existing kinds and relationship types, more (from, to) pairs
 * for existing relationship types, new kinds, and new relationship types with their pairs. This is
 * its shape (a zod schema, so every problem comes with its path in the document); what the
 * additions must agree with — names that are free, kinds that exist — is checked in build.ts.
 */
import { z } from 'zod';

/** The property types an extension can declare, and what each stores. */
export const extensionPropertyTypes = {
  string: 'text up to 10,000 characters (with `enum`, one of the listed values)',
  text: 'the same, for long text',
  integer: 'a whole number',
  number: 'a finite number',
  boolean: 'true or false',
  year: 'a year, 1900–2100',
  date: 'an ISO date, YYYY-MM-DD',
  period: 'a period: 2025, 2025-H1, 2025-Q3 or 2025-07',
  url: 'a URL',
  list: 'a list of texts',
} as const;
export type ExtensionPropertyType = keyof typeof extensionPropertyTypes;

const names = {
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
};

export const extensionPropertySchema = z
  .strictObject({
    type: z.enum(Object.keys(extensionPropertyTypes) as [ExtensionPropertyType]),
    ...names,
    description: z.string().max(2000).optional(),
    enum: z.array(z.string().trim().min(1).max(200)).min(1).max(500).optional(),
    minimum: z.number().finite().optional(),
    maximum: z.number().finite().optional(),
    /** Only on new kinds and relationship types: existing records could not have it. */
    required: z.boolean().optional(),
    /** A database index on the property (Neo4j range index). */
    indexed: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.enum && p.type !== 'string')
      ctx.addIssue({
        code: 'custom',
        path: ['enum'],
        message: 'only a string property has `enum`',
      });
    const numeric = p.type === 'integer' || p.type === 'number';
    for (const bound of ['minimum', 'maximum'] as const)
      if (p[bound] !== undefined && !numeric)
        ctx.addIssue({
          code: 'custom',
          path: [bound],
          message: `only an integer or number property has \`${bound}\``,
        });
    if (p.minimum !== undefined && p.maximum !== undefined && p.minimum > p.maximum)
      ctx.addIssue({ code: 'custom', path: ['maximum'], message: 'must not be below `minimum`' });
  });
export type ExtensionProperty = z.infer<typeof extensionPropertySchema>;

/** Property names: a letter, then letters, digits or underscores (they become Neo4j properties). */
export const propertyNamePattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Kind names: PascalCase, as the built-in ones (they become Neo4j labels and ids `Kind:key`). */
export const kindNamePattern = /^[A-Z][A-Za-z0-9]{0,63}$/;
/** Relationship type names: upper snake case, as the built-in ones. */
export const relNamePattern = /^[A-Z][A-Z0-9_]{0,63}$/;

const properties = z.record(
  z.string().regex(propertyNamePattern, 'a property name is a letter, then letters, digits or _'),
  extensionPropertySchema,
);

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0f766e');

/**
 * A kind: for a built-in one only `properties`; a new one also needs its names, group and display
 * hints (checked in build.ts, which knows which kinds are built in).
 */
export const extensionKindSchema = z.strictObject({
  ...{ zh: names.zh.optional(), en: names.en.optional() },
  group: z.enum(['industry', 'occupation', 'education', 'collaboration']).optional(),
  colour: colour.optional(),
  glyph: z
    .string()
    .refine((g) => [...g].length === 1, 'must be one character')
    .optional(),
  /** The glyph in the English interface: one or two Latin letters (default: the name's first two). */
  glyphEn: z
    .string()
    .regex(/^[A-Za-z]{1,2}$/, 'must be one or two Latin letters')
    .optional(),
  size: z.number().min(0.5).max(3).optional(),
  keyRule: z.strictObject(names).optional(),
  properties: properties.optional(),
});
export type ExtensionKind = z.infer<typeof extensionKindSchema>;

const pair = z.tuple([z.string(), z.string()]);

export const extensionRelSchema = z.strictObject({
  ...{ zh: names.zh.optional(), en: names.en.optional() },
  colour: colour.optional(),
  pairs: z.array(pair).max(200).optional(),
  properties: properties.optional(),
});
export type ExtensionRel = z.infer<typeof extensionRelSchema>;

export const schemaExtensionSchema = z.strictObject({
  version: z.literal(1).optional(),
  kinds: z
    .record(
      z.string().regex(kindNamePattern, 'a kind name is PascalCase: Fund, ListedCompany'),
      extensionKindSchema,
    )
    .optional(),
  relationships: z
    .record(
      z.string().regex(relNamePattern, 'a relationship type is upper snake case: INVESTS_IN'),
      extensionRelSchema,
    )
    .optional(),
});
export type SchemaExtension = z.infer<typeof schemaExtensionSchema>;

/** One problem in an extension document, at a path of keys and indexes within it. */
export interface ExtensionProblem {
  path: (string | number)[];
  message: string;
}
