/**
 * The mapping document: how the columns (CSV/TSV) or fields (NDJSON/JSON) of a user's files become
 * nodes and relationships. Written in YAML or JSON; documented with examples in docs/mapping.md.
 *
 * A mapping lists `files`; each names the file(s) it applies to (`match`, a file name or a glob
 * with `*`), its format and encoding, rows to skip, and the nodes and edges every row yields.
 * Values come from a `column` (a field name; nested JSON fields by dot path), a `const`, or a
 * `template` with `{column}` placeholders, then pass through `transforms` in order. A value may be
 * conditional (`when`). `split` turns one cell into several values: a node or edge key that splits
 * yields one node or edge per value; a property that splits becomes a list.
 */
import { z } from 'zod';
import { linearRegexProblem } from './linear-regex.ts';

/** A test on one row, used by `skip` and `when`. Exactly one operator besides `column`. */
export const conditionSchema = z
  .strictObject({
    column: z.string().min(1),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    notEquals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    in: z.array(z.string()).min(1).optional(),
    notIn: z.array(z.string()).min(1).optional(),
    /** A JavaScript regular expression source, matched against the cell text. */
    matches: z.string().min(1).optional(),
    /** True: the cell is missing or blank (after trimming). False: it has text. */
    empty: z.boolean().optional(),
  })
  .refine(
    (c) =>
      ['equals', 'notEquals', 'in', 'notIn', 'matches', 'empty'].filter(
        (k) => c[k as keyof typeof c] !== undefined,
      ).length === 1,
    { message: 'a condition needs exactly one of equals, notEquals, in, notIn, matches, empty' },
  );
export type Condition = z.infer<typeof conditionSchema>;

/** Several conditions: all must hold. */
const conditionsSchema = z.union([conditionSchema, z.array(conditionSchema).min(1)]);

export const transformSchema = z.union([
  z.literal('trim'),
  z.literal('lowercase'),
  z.literal('uppercase'),
  /** Lower-case ASCII slug: letters, digits and `-` (non-ASCII letters kept). */
  z.literal('slug'),
  /** A decimal number; a cell that is not one is a row problem naming the column. */
  z.literal('number'),
  z.literal('integer'),
  /** `true/false`, `yes/no`, `y/n`, `1/0`, `是/否` (any case). */
  z.literal('boolean'),
  /** A date: ISO `YYYY-MM-DD`, `YYYY/MM/DD`, `MM/DD/YYYY` or `YYYY年M月D日`; becomes `YYYY-MM-DD`. */
  z.literal('date'),
  /** The last path segment of a URI (e.g. an ESCO concept id). */
  z.literal('uriTail'),
  /**
   * Replaces every occurrence of the text `replace` with `with`; with `regex: true`, `replace` is a
   * regular expression in RE2 syntax, which runs in linear time (all matches replaced; `$1` in
   * `with` names a group; back-references and look-ahead are refused).
   */
  z
    .strictObject({ replace: z.string().min(1), with: z.string(), regex: z.boolean().optional() })
    .superRefine((t, context) => {
      const problem = t.regex ? linearRegexProblem(t.replace) : null;
      if (problem) context.addIssue({ code: 'custom', path: ['replace'], message: problem });
    }),
  /** Looks the value up in a table; `otherwise` (if given) for values not in it, else a problem. */
  z.strictObject({
    lookup: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    otherwise: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  }),
  /** Maps a number linearly from [from[0], from[1]] to [to[0], to[1]], rounded to `round` decimals. */
  z.strictObject({
    scale: z
      .strictObject({
        from: z.tuple([z.number(), z.number()]),
        to: z.tuple([z.number(), z.number()]),
        round: z.number().int().min(0).max(6).optional(),
      })
      .refine((s) => s.from[0] !== s.from[1], {
        message: 'scale.from needs two different numbers',
        path: ['from'],
      }),
  }),
  z.strictObject({ prefix: z.string() }),
  z.strictObject({ suffix: z.string() }),
]);
export type Transform = z.infer<typeof transformSchema>;

const valueObjectSchema = z
  .strictObject({
    column: z.string().min(1).optional(),
    const: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    /** Text with `{column name}` placeholders. */
    template: z.string().min(1).optional(),
    /** Splits the text on this separator (after `trim`, before `transforms`, applied to each part). */
    split: z.string().min(1).optional(),
    transforms: z.array(transformSchema).optional(),
    /** The value is used only when these hold; otherwise it is absent. */
    when: conditionsSchema.optional(),
    /** Used when the cell is blank. */
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    /** A blank cell is a row problem instead of an absent value (keys are always required). */
    required: z.boolean().optional(),
  })
  .refine((v) => [v.column, v.const, v.template].filter((x) => x !== undefined).length === 1, {
    message: 'a value needs exactly one of column, const, template',
  });

/** A value: a column name as a plain string, or the full form. */
export const valueSchema = z.union([z.string().min(1), valueObjectSchema]);
export type ValueSpec = z.infer<typeof valueSchema>;

export const nodeMappingSchema = z.strictObject({
  kind: z.string().min(1),
  key: valueSchema,
  props: z.record(z.string(), valueSchema).optional(),
  /** The node is made only when these hold. */
  when: conditionsSchema.optional(),
});
export type NodeMapping = z.infer<typeof nodeMappingSchema>;

export const endpointSchema = z.strictObject({ kind: z.string().min(1), key: valueSchema });

/**
 * Other file mappings (by their `match`) whose files make the nodes an edge or a file links to.
 * When one of those files is absent from an import, the edge mapping (or the whole file) is not
 * read and the report says why, instead of every row failing on a missing endpoint.
 */
const needsSchema = z.array(z.string().min(1)).min(1);

export const edgeMappingSchema = z.strictObject({
  rel: z.string().min(1),
  from: endpointSchema,
  to: endpointSchema,
  props: z.record(z.string(), valueSchema).optional(),
  when: conditionsSchema.optional(),
  needs: needsSchema.optional(),
});
export type EdgeMapping = z.infer<typeof edgeMappingSchema>;

export const fileFormats = ['csv', 'tsv', 'ndjson', 'json'] as const;
export type FileFormat = (typeof fileFormats)[number];

export const encodings = ['utf-8', 'gb18030', 'gbk', 'utf-16le'] as const;
export type Encoding = (typeof encodings)[number];

export const fileMappingSchema = z
  .strictObject({
    /** A file name, or a glob where `*` stands for any characters (matched against the base name). */
    match: z.string().min(1),
    /** Default: from the extension (.csv, .tsv/.txt, .ndjson/.jsonl, .json). */
    format: z.enum(fileFormats).optional(),
    encoding: z.enum(encodings).default('utf-8'),
    /** CSV/TSV: the delimiter (default `,` for csv, tab for tsv). */
    delimiter: z.string().min(1).max(4).optional(),
    /** CSV/TSV: the quote character; `false` for none (O*NET text files use none). */
    quote: z.union([z.string().length(1), z.literal(false)]).optional(),
    /** JSON: dot path to the array of rows (default: the document is the array). */
    rows: z.string().optional(),
    /** Rows for which any of these holds are skipped (counted in the report, never a problem). */
    skip: z.array(conditionSchema).optional(),
    /** Trim every cell before anything else (default true). */
    trim: z.boolean().default(true),
    /** Whether a file matching this entry must be present (default true). */
    required: z.boolean().default(true),
    /** What the file adds to the graph, for people; reported when the file is absent. */
    description: z.string().min(1).optional(),
    /** The file is read only when the files of these file mappings are present too. */
    needs: needsSchema.optional(),
    /**
     * CSV/TSV: a row with fewer cells than the header is a `problem` (default), or is read with
     * the missing trailing cells `blank` and counted in the report (published files are not
     * always rectangular). A row with more cells is always a problem.
     */
    shortRows: z.enum(['problem', 'blank']).optional(),
    nodes: z.array(nodeMappingSchema).default([]),
    edges: z.array(edgeMappingSchema).default([]),
  })
  .refine((f) => f.nodes.length + f.edges.length > 0, {
    message: 'a file mapping needs at least one node or edge',
  });
export type FileMapping = z.infer<typeof fileMappingSchema>;

export const mappingSchema = z.strictObject({
  version: z.literal(1),
  /** What this mapping loads, for people reading it (shown in the web client). */
  description: z.string().optional(),
  /** Properties added to every node and edge the mapping makes (e.g. `source`). */
  defaults: z
    .strictObject({
      nodeProps: z.record(z.string(), valueSchema).optional(),
      edgeProps: z.record(z.string(), valueSchema).optional(),
    })
    .optional(),
  files: z.array(fileMappingSchema).min(1),
});
export type Mapping = z.infer<typeof mappingSchema>;
