/**
 * What the client can tell about a mapping file before sending it: its `description` line (shown
 * under the picker), the encodings its file entries name (the encoding picker's default says so),
 * and the file names or globs it reads (`match`), to warn about picked files no entry reads. The
 * server validates the document; this is a best-effort reading of JSON, or of the top level of
 * YAML by line, without a YAML parser in the bundle.
 */
import type { ImportEncoding } from './selection.ts';
import { importEncodings } from './selection.ts';

export interface MappingSummary {
  format: 'json' | 'yaml';
  description?: string;
  /** Distinct encodings named by the file entries, in order of appearance. */
  encodings: ImportEncoding[];
  /** The `match` of each file entry (a file name or a glob with `*`). */
  matches: string[];
  /** Set when a `.json` mapping is not valid JSON (the server would reject it). */
  syntaxError?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isEncoding = (value: unknown): value is ImportEncoding =>
  typeof value === 'string' && (importEncodings as readonly string[]).includes(value);

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** A `.json` file, or text that starts like a JSON object. */
export function isJsonMapping(name: string, text: string): boolean {
  return /\.json$/i.test(name) || /^\s*\{/.test(text.replace(/^\uFEFF/, ''));
}

function summarizeJson(text: string): MappingSummary {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      format: 'json',
      encodings: [],
      matches: [],
      syntaxError: error instanceof Error ? error.message : String(error),
    };
  }
  const files = isRecord(document) && Array.isArray(document.files) ? document.files : [];
  const entries = files.filter(isRecord);
  const description =
    isRecord(document) && typeof document.description === 'string'
      ? document.description.trim()
      : '';
  return {
    format: 'json',
    ...(description && { description }),
    encodings: distinct(entries.map((f) => f.encoding).filter(isEncoding)),
    matches: entries.map((f) => f.match).filter((m): m is string => typeof m === 'string'),
  };
}

/** A YAML scalar written on one line: quoted (either style) or plain (a trailing ` #` comment dropped). */
export function yamlScalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const body = /^"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? text.slice(1);
    try {
      return JSON.parse(`"${body}"`) as string;
    } catch {
      return body;
    }
  }
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'/.exec(text);
    return (match ? match[1]! : text.slice(1)).replace(/''/g, "'");
  }
  return text.replace(/\s+#.*$/, '').trim();
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The top-level `description:` of a YAML document: one line, a block (`|`, `>`) or folded plain lines. */
function yamlDescription(lines: readonly string[]): string | undefined {
  const index = lines.findIndex((line) => /^description\s*:/.test(line));
  if (index < 0) return undefined;
  const first = lines[index]!.replace(/^description\s*:/, '').trim();
  const following: string[] = [];
  for (const line of lines.slice(index + 1)) {
    if (line.trim() !== '' && indentOf(line) === 0) break;
    following.push(line);
  }
  while (following.length > 0 && following[following.length - 1]!.trim() === '') following.pop();
  const block = /^([|>])[-+0-9]*\s*(#.*)?$/.exec(first);
  if (block) {
    const parts = following.map((line) => line.trim());
    return block[1] === '|' ? parts.join('\n').trim() : foldLines(parts);
  }
  if (first.startsWith('"') || first.startsWith("'")) return yamlScalar(first);
  return foldLines([yamlScalar(first), ...following.map((line) => line.trim())]);
}

/** YAML folding: lines join with a space, an empty line is a line break. */
function foldLines(parts: readonly string[]): string {
  return parts
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').filter(Boolean).join(' '))
    .join('\n')
    .trim();
}

function summarizeYaml(text: string): MappingSummary {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const description = yamlDescription(lines);
  const valuesOf = (key: string) =>
    lines
      .map((line) => new RegExp(`^\\s*(?:-\\s+)?${key}\\s*:\\s*(.+)$`).exec(line)?.[1])
      .filter((value): value is string => value !== undefined)
      .map(yamlScalar)
      .filter(Boolean);
  return {
    format: 'yaml',
    ...(description && { description }),
    encodings: distinct(valuesOf('encoding').filter(isEncoding)),
    matches: valuesOf('match'),
  };
}

export function summarizeMapping(name: string, text: string): MappingSummary {
  return isJsonMapping(name, text) ? summarizeJson(text) : summarizeYaml(text);
}

/** Whether a file name matches a mapping's or preset's `match`: the base name, `*` for any characters. */
export function matchesPattern(fileName: string, pattern: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(base);
}

/** The file names that no pattern reads (empty when there are no patterns to check against). */
export function unmatchedFiles(
  fileNames: readonly string[],
  patterns: readonly string[],
): string[] {
  if (patterns.length === 0) return [];
  return fileNames.filter((name) => !patterns.some((pattern) => matchesPattern(name, pattern)));
}
