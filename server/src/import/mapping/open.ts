/**
 * A mapping meets its files: each file is matched to exactly one file mapping, every CSV/TSV
 * header is read and checked against the columns the mapping names — all before any row is read
 * as data — and each file becomes an `ImportSource` that streams its rows through the mapping.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportSource, OpenedImport, SourceItem } from '../source.ts';
import { DecodeFailure, decodeText, readBytes } from './decode.ts';
import { MappingError, type MappingProblem } from './errors.ts';
import { compileFile, type CompiledFile } from './evaluate.ts';
import { formatFromName, matchPattern } from './files.ts';
import {
  csvRecords,
  jsonRows,
  ndjsonRows,
  tableRows,
  type CsvOptions,
  type RowEvent,
} from './formats.ts';
import { planPresence } from './needs.ts';
import { checkMapping } from './parse.ts';
import type { Encoding, FileFormat, FileMapping, Mapping } from './schema.ts';
import { fileColumnUses } from './walk.ts';

export interface MappingFileInput {
  path: string;
  /** The name the user knows the file by (uploads are stored under temporary paths). */
  name?: string;
}

export interface OpenMappingOptions {
  /** Overrides the encoding of every file mapping. */
  encoding?: Encoding;
  /** Names the mapping in error messages (its file name, a preset name). */
  origin?: string;
}

/** Whether a file name fits a `match` (a name, or a glob with `*`; case is ignored). */
export function fileMatches(match: string, name: string): boolean {
  return matchPattern(match).test(name);
}

function csvOptions(file: FileMapping, format: 'csv' | 'tsv'): CsvOptions {
  return {
    delimiter: file.delimiter ?? (format === 'tsv' ? '\t' : ','),
    quote: file.quote ?? '"',
    shortRowsBlank: file.shortRows === 'blank',
  };
}

const listNames = (names: string[], max = 40) =>
  names
    .slice(0, max)
    .map((n) => JSON.stringify(n))
    .join(', ') + (names.length > max ? `, … (${names.length} in all)` : '');

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The first record of a CSV/TSV file as column names, or why there is none. */
async function readHeader(
  filePath: string,
  name: string,
  options: CsvOptions,
  encoding: Encoding,
): Promise<{ ok: true; columns: string[] } | { ok: false; message: string }> {
  try {
    const rows = tableRows(
      csvRecords(decodeText(readBytes(filePath), encoding, name), options),
      true,
    );
    for await (const events of rows)
      for (const event of events) {
        if (event.type === 'header') return { ok: true, columns: event.columns };
        if (event.type === 'problem') return { ok: false, message: event.message };
      }
    return { ok: false, message: 'the file is empty: there is no header row' };
  } catch (error) {
    if (error instanceof DecodeFailure) return { ok: false, message: error.message };
    throw error;
  }
}

/** The columns a file mapping reads that its header lacks, each once, at its first use. */
function columnProblems(
  mapping: Mapping,
  index: number,
  name: string,
  header: string[],
  omitEdges: ReadonlySet<number>,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const present = new Set(header);
  const reported = new Set<string>();
  for (const use of fileColumnUses(mapping, index, omitEdges)) {
    if (reported.has(use.column) || present.has(use.column)) continue;
    reported.add(use.column);
    const near = header.find((h) => squash(h) === squash(use.column));
    problems.push({
      path: use.path,
      file: name,
      column: use.column,
      message:
        `unknown column "${use.column}" in ${name}` +
        (near !== undefined ? ` (did you mean "${near}"?)` : '') +
        ` — its columns: ${listNames(header)}`,
    });
  }
  return problems;
}

interface Assignment {
  input: MappingFileInput;
  name: string;
  index: number;
  format: FileFormat;
}

/** `openMappingImport`'s sources alone. */
export async function openMappingSources(
  mapping: Mapping,
  files: MappingFileInput[],
  options: OpenMappingOptions = {},
): Promise<ImportSource[]> {
  return (await openMappingImport(mapping, files, options)).sources;
}

/**
 * Opens the files through the mapping. Throws `MappingError` — before any row is read — when a
 * file matches no file mapping or several, a required file mapping has no file, a format cannot be
 * told, a header cannot be read, or the mapping names columns a header lacks. Optional file
 * mappings without a file are reported as absent, with what they would have added; parts of
 * present files that `need` an absent one are not read, and reported with the reason.
 */
export async function openMappingImport(
  mapping: Mapping,
  files: MappingFileInput[],
  options: OpenMappingOptions = {},
): Promise<OpenedImport> {
  const origin = options.origin ?? '';
  const invalid = checkMapping(mapping);
  if (invalid.length) throw new MappingError(origin, invalid);

  const problems: MappingProblem[] = [];
  const assigned: Assignment[] = [];
  const patterns = mapping.files.map((f) => matchPattern(f.match));
  const names = files.map((f) => f.name ?? path.basename(f.path));
  files.forEach((input, i) => {
    const name = names[i] as string;
    const hits = patterns.flatMap((p, j) => (p.test(name) ? [j] : []));
    if (hits.length === 0) {
      problems.push({
        path: 'files',
        file: name,
        message: `${name} matches no file mapping (they match ${listNames(mapping.files.map((f) => f.match))})`,
      });
      return;
    }
    if (hits.length > 1) {
      problems.push({
        path: `files[${hits[0]}].match`,
        file: name,
        message: `${name} matches several file mappings: ${hits.map((j) => `files[${j}] (${JSON.stringify(mapping.files[j]?.match)})`).join(', ')} — make the matches distinct`,
      });
      return;
    }
    const index = hits[0] as number;
    const file = mapping.files[index] as FileMapping;
    const format = file.format ?? formatFromName(name);
    if (!format) {
      problems.push({
        path: `files[${index}].format`,
        file: name,
        message: `the format of ${name} cannot be told from its name; set format (csv, tsv, ndjson or json)`,
      });
      return;
    }
    if (file.rows !== undefined && format !== 'json')
      problems.push({
        path: `files[${index}].rows`,
        file: name,
        message: `rows applies to json files only (${name} is ${format})`,
      });
    for (const option of ['delimiter', 'quote', 'shortRows'] as const)
      if (file[option] !== undefined && (format === 'json' || format === 'ndjson'))
        problems.push({
          path: `files[${index}].${option}`,
          file: name,
          message: `${option} applies to csv and tsv files only (${name} is ${format})`,
        });
    assigned.push({ input, name, index, format });
  });
  mapping.files.forEach((file, index) => {
    if (file.required && !assigned.some((a) => a.index === index))
      problems.push({
        path: `files[${index}].match`,
        message: `no file matches ${JSON.stringify(file.match)}, which is required (files given: ${listNames(names, 20) || 'none'}); set required: false if it may be absent`,
      });
  });
  if (problems.length) throw new MappingError(origin, problems, 'does not fit the files');

  const present = new Map<number, string[]>();
  for (const a of assigned) present.set(a.index, [...(present.get(a.index) ?? []), a.name]);
  const presence = planPresence(mapping, present);

  const sources: ImportSource[] = [];
  for (const a of assigned) {
    const file = mapping.files[a.index] as FileMapping;
    const plan = presence.plans.get(a.index);
    if (plan?.skipped) continue;
    const omitEdges = plan?.omitEdges ?? new Set<number>();
    const encoding = options.encoding ?? file.encoding;
    let bytes: number;
    try {
      const info = await stat(a.input.path);
      if (!info.isFile()) throw new Error('not a file');
      bytes = info.size;
    } catch (error) {
      problems.push({
        path: '',
        file: a.name,
        message: `${a.name} cannot be read: ${(error as Error).message}`,
      });
      continue;
    }
    let columns: string[] | undefined;
    if (a.format === 'csv' || a.format === 'tsv') {
      const result = await readHeader(a.input.path, a.name, csvOptions(file, a.format), encoding);
      if (!result.ok) {
        problems.push({
          path: result.message.includes('is not valid')
            ? `files[${a.index}].encoding`
            : `files[${a.index}]`,
          file: a.name,
          message: result.message,
        });
        continue;
      }
      problems.push(...columnProblems(mapping, a.index, a.name, result.columns, omitEdges));
      columns = [...new Set(fileColumnUses(mapping, a.index, omitEdges).map((u) => u.column))];
    }
    sources.push(
      new MappedSource(
        a.name,
        bytes,
        a.input.path,
        a.format,
        encoding,
        file,
        compileFile(mapping, a.index, omitEdges),
        columns,
      ),
    );
  }
  if (problems.length) throw new MappingError(origin, problems, 'does not fit the files');
  return { sources, notices: { absentFiles: presence.absent, skipped: presence.skipped } };
}

/** One data file read through its file mapping. */
class MappedSource implements ImportSource {
  constructor(
    readonly file: string,
    readonly bytes: number,
    private readonly filePath: string,
    private readonly format: FileFormat,
    private readonly encoding: Encoding,
    private readonly mapping: FileMapping,
    private readonly compiled: CompiledFile,
    /** The columns the mapping reads, found in the header when the source was opened (CSV/TSV). */
    private readonly columns: string[] | undefined,
  ) {}

  private rows(onBytes?: (bytesRead: number) => void): AsyncGenerator<RowEvent[]> {
    const text = decodeText(readBytes(this.filePath, onBytes), this.encoding, this.file);
    switch (this.format) {
      case 'csv':
      case 'tsv':
        return tableRows(
          csvRecords(text, csvOptions(this.mapping, this.format)),
          this.mapping.trim,
        );
      case 'ndjson':
        return ndjsonRows(text, this.mapping.trim);
      case 'json':
        return jsonRows(text, this.mapping.rows || undefined, this.mapping.trim);
    }
  }

  async *read(onBytes?: (bytesRead: number) => void): AsyncGenerator<SourceItem> {
    const file = this.file;
    try {
      for await (const events of this.rows(onBytes))
        for (const event of events)
          switch (event.type) {
            case 'header': {
              // The file may have changed since it was opened and checked.
              const missing = (this.columns ?? []).filter((c) => !event.columns.includes(c));
              if (missing.length) {
                yield {
                  type: 'problem',
                  problem: {
                    file,
                    row: 0,
                    message: `the header changed since the file was checked: ${listNames(missing)} missing`,
                  },
                };
                return;
              }
              break;
            }
            case 'problem': {
              const problem = { file, row: event.row, message: event.message };
              yield {
                type: 'problem',
                problem: event.column ? { ...problem, column: event.column } : problem,
              };
              if (event.fatal) return;
              break;
            }
            case 'row':
              if (event.short)
                yield { type: 'short', at: { file, row: event.row }, ...event.short };
              for (const item of this.compiled.evaluate(event.view, { file, row: event.row }))
                yield item;
              break;
          }
    } catch (error) {
      if (!(error instanceof DecodeFailure)) throw error;
      yield { type: 'problem', problem: { file, row: 0, message: error.message } };
    }
  }
}
