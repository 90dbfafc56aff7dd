/**
 * File names: which file mapping a data file belongs to (`match`), and its format when the mapping
 * does not say.
 */
import type { FileFormat } from './schema.ts';

/** A `match` as a regular expression: `*` is any run of characters; case is ignored. */
export function matchPattern(match: string): RegExp {
  const body = match
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

const extensions: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  txt: 'tsv',
  tab: 'tsv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
};

/** The format a file name's extension implies (`undefined` when it implies none). */
export function formatFromName(name: string): FileFormat | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  return extensions[name.slice(dot + 1).toLowerCase()];
}
