/**
 * What the admin has picked to load: the files (in order), how to read them — NDJSON records as
 * they are, a server preset, or a mapping file — and an optional encoding. Pure changes to it, the
 * reason it cannot be sent yet, its signature (an import re-uses a clean dry run only of the same
 * signature) and the job request built from it.
 */
import type { ImportJobRequest } from '@chanjiao/graph-schema';
import { hashString } from '../utils/random.ts';
import type { MappingSummary } from './mapping.ts';

export type ImportEncoding = NonNullable<ImportJobRequest['encoding']>;

export const importEncodings: readonly ImportEncoding[] = ['utf-8', 'gb18030', 'gbk', 'utf-16le'];

export type ReadMode = 'ndjson' | 'preset' | 'mapping';

export const readModes: readonly ReadMode[] = ['ndjson', 'preset', 'mapping'];

/** The file facts the state relies on (a browser `File` has them). */
export interface FileFacts {
  name: string;
  size: number;
  lastModified: number;
}

export interface PickedFile {
  /** Name, size and modification time: the same file picked again keeps its upload. */
  key: string;
  file: File;
}

export interface MappingFile {
  name: string;
  text: string;
  summary: MappingSummary;
}

export interface ImportSelection {
  files: PickedFile[];
  mode: ReadMode;
  /** The preset's name ('' for none yet). */
  preset: string;
  mapping: MappingFile | null;
  /** '' reads each file in the encoding its mapping entry names (UTF-8 by default). */
  encoding: ImportEncoding | '';
}

export const emptySelection: ImportSelection = {
  files: [],
  mode: 'ndjson',
  preset: '',
  mapping: null,
  encoding: '',
};

export function fileKey(file: FileFacts): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

/**
 * Adds files at the end. A file with the name of one already picked replaces it in place: the
 * server reads files by name, so two of the same name would be ambiguous.
 */
export function withFilesAdded(
  selection: ImportSelection,
  files: readonly File[],
): ImportSelection {
  const list = [...selection.files];
  for (const file of files) {
    const picked = { key: fileKey(file), file };
    const index = list.findIndex((p) => p.file.name === file.name);
    if (index >= 0) list[index] = picked;
    else list.push(picked);
  }
  return { ...selection, files: list };
}

export function withFileRemoved(selection: ImportSelection, key: string): ImportSelection {
  return { ...selection, files: selection.files.filter((p) => p.key !== key) };
}

/** Why the selection cannot be checked yet. */
export type SelectionProblem = 'files' | 'preset' | 'mapping';

export function selectionProblem(selection: ImportSelection): SelectionProblem | null {
  if (selection.files.length === 0) return 'files';
  if (selection.mode === 'preset' && !selection.preset) return 'preset';
  if (selection.mode === 'mapping' && !selection.mapping) return 'mapping';
  return null;
}

/** Identifies what a job would read and how; equal signatures mean the same import. */
export function selectionSignature(selection: ImportSelection): string {
  const how =
    selection.mode === 'preset'
      ? `preset:${selection.preset}`
      : selection.mode === 'mapping'
        ? `mapping:${selection.mapping?.name ?? ''}:${selection.mapping ? hashString(selection.mapping.text) : ''}:${selection.mapping?.text.length ?? 0}`
        : 'ndjson';
  return JSON.stringify([selection.files.map((p) => p.key), how, selection.encoding]);
}

/** The body of `POST /api/import-jobs` for the selection and its files' upload ids (in order). */
export function buildJobRequest(
  selection: ImportSelection,
  uploadIds: readonly string[],
  dryRun: boolean,
): ImportJobRequest {
  return {
    uploads: [...uploadIds],
    ...(selection.mode === 'preset' && selection.preset && { preset: selection.preset }),
    ...(selection.mode === 'mapping' && selection.mapping && { mapping: selection.mapping.text }),
    ...(selection.encoding && { encoding: selection.encoding }),
    dryRun,
  };
}
