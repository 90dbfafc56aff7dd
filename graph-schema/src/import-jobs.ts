/**
 * Wire shapes of the upload and import-job API (`/api/uploads`, `/api/import-jobs`,
 * `/api/import-presets`), shared by the server and the web client.
 */
import { z } from 'zod';
import { importCountsSchema } from './wire.ts';

export const uploadSchema = z.object({
  id: z.string(),
  name: z.string(),
  bytes: z.number(),
});

/** One file a preset reads: whether the import needs it, and what it adds to the graph. */
export const importPresetFileSchema = z.object({
  match: z.string(),
  /** The core file(s): an import without them is refused. The others are read when present. */
  required: z.boolean(),
  adds: z.string(),
  /** Files that make the nodes this one links to; without them its links are not read. */
  needs: z.array(z.string()),
});

export const importPresetSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** The file names (or globs) the preset reads. */
  files: z.array(z.string()),
  /** The same files with what each adds, core first. */
  fileDetails: z.array(importPresetFileSchema).optional(),
});

export const importPresetsSchema = z.object({ presets: z.array(importPresetSchema) });

export const importEncodingSchema = z.enum(['utf-8', 'gb18030', 'gbk', 'utf-16le']);

export const importJobRequestSchema = z.object({
  /** Upload ids, in order. */
  uploads: z.array(z.string()).min(1),
  /** A mapping document (YAML or JSON text); without it and without `preset` the files are NDJSON records. */
  mapping: z.string().optional(),
  preset: z.string().optional(),
  /** Overrides the mapping's encoding for every file. */
  encoding: importEncodingSchema.optional(),
  dryRun: z.boolean().default(false),
});

/** One problem of a rejected import: the file, row (NDJSON: line; 0 = the file), column and reason. */
export const importProblemSchema = z.object({
  file: z.string(),
  row: z.number(),
  column: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
});

/**
 * What an import report says besides counts — never problems, but worth knowing: the known files
 * of a partial download that were absent, the parts of present files not read because the nodes
 * they link come from an absent file, and rows read with missing trailing cells blank.
 */
export const importNoticesSchema = z.object({
  absentFiles: z.array(z.object({ match: z.string(), adds: z.string() })),
  skipped: z.array(z.object({ file: z.string(), what: z.string(), reason: z.string() })),
  shortRows: z.array(
    z.object({
      file: z.string(),
      /** Rows with fewer cells than the header, read with the missing trailing cells blank. */
      rows: z.number(),
      firstRow: z.number(),
    }),
  ),
});

export const importPhaseSchema = z.enum(['queued', 'nodes', 'edges', 'commit', 'rollback', 'done']);

export const importProgressSchema = z.object({
  phase: importPhaseSchema,
  /** Bytes read in the current phase, of `bytesTotal` (each phase reads every file once). */
  bytesRead: z.number(),
  bytesTotal: z.number(),
  /** Rows read in the current phase. */
  rows: z.number(),
  /** Records (nodes and relationships) produced so far. */
  records: z.number(),
});

export const importJobStateSchema = z.enum(['running', 'done', 'rejected', 'failed']);

export const importJobSchema = z.object({
  id: z.string(),
  /** running → done (imported, or validated for a dry run) | rejected (problems; nothing written) | failed (an error; nothing written). */
  state: importJobStateSchema,
  dryRun: z.boolean(),
  files: z.array(z.object({ name: z.string(), bytes: z.number() })),
  progress: importProgressSchema,
  result: z
    .object({
      records: z.number(),
      rowsSkipped: z.number(),
      counts: importCountsSchema,
      seconds: z.number(),
    })
    .optional(),
  /** Absent files and skipped parts (known when the job starts), and short rows (when it ends). */
  notices: importNoticesSchema.optional(),
  /** Up to 100 problems, in file and row order. */
  problems: z.array(importProblemSchema),
  problemsTotal: z.number(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});

export type Upload = z.infer<typeof uploadSchema>;
export type ImportPreset = z.infer<typeof importPresetSchema>;
export type ImportPresetFile = z.infer<typeof importPresetFileSchema>;
export type ImportNotices = z.infer<typeof importNoticesSchema>;
export type ImportJobRequest = z.input<typeof importJobRequestSchema>;
export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ImportPhase = z.infer<typeof importPhaseSchema>;
export type ImportProgress = z.infer<typeof importProgressSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
