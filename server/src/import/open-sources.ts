/**
 * Turns what a user hands over — files, and optionally a mapping document or a preset name — into
 * import sources. Without a mapping the files are NDJSON records. A mapping (or preset) is checked
 * against the schema and the files' headers here, before any row is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPresetName, presets } from '@chanjiao/seed-data';
import { BadRequestError } from '../errors.ts';
import {
  fileMatches,
  openMappingImport,
  parseMapping,
  type Encoding,
  type Mapping,
} from './mapping/index.ts';
import { ndjsonFileSource } from './ndjson-source.ts';
import { noNotices, type OpenedImport } from './source.ts';

export interface ImportFile {
  path: string;
  /** The name the user knows the file by (uploads are stored under other names). */
  name?: string;
}

export interface ImportInput {
  files: ImportFile[];
  /** Mapping document text (YAML or JSON). */
  mapping?: { text: string; origin: string };
  preset?: string;
  encoding?: Encoding;
}

export function loadPreset(name: string): { mapping: Mapping; origin: string } {
  if (!isPresetName(name))
    throw new BadRequestError(
      `unknown preset "${name}" (known: ${Object.keys(presets).join(', ')})`,
    );
  const file = presets[name].file;
  return { mapping: parseMapping(fs.readFileSync(file, 'utf8'), file), origin: file };
}

export async function openImportSources(input: ImportInput): Promise<OpenedImport> {
  if (input.files.length === 0) throw new BadRequestError('no files to import');
  if (input.mapping && input.preset)
    throw new BadRequestError('give a mapping or a preset, not both');
  const mapping = input.preset
    ? loadPreset(input.preset).mapping
    : input.mapping
      ? parseMapping(input.mapping.text, input.mapping.origin)
      : null;
  if (!mapping) {
    if (input.encoding && input.encoding !== 'utf-8')
      throw new BadRequestError(
        'NDJSON files are always UTF-8; an --encoding applies only with a mapping or preset',
      );
    return {
      sources: input.files.map((f) => ndjsonFileSource(f.path, f.name ?? path.basename(f.path))),
      notices: noNotices(),
    };
  }
  return openMappingImport(mapping, input.files, {
    ...(input.encoding && { encoding: input.encoding }),
    origin: input.preset ? `preset ${input.preset}` : (input.mapping?.origin ?? ''),
  });
}

/**
 * Expands folders among the paths: with a mapping, a folder contributes the files the mapping
 * names (a published download holds many more); without one, its `.ndjson`/`.jsonl` files.
 */
export function expandFolders(paths: string[], mapping: Mapping | null): ImportFile[] {
  const out: ImportFile[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new BadRequestError(`${p}: no such file or folder`);
    if (!fs.statSync(p).isDirectory()) {
      out.push({ path: p });
      continue;
    }
    const names = fs
      .readdirSync(p)
      .filter((n) => fs.statSync(path.join(p, n)).isFile())
      .sort();
    const wanted = names.filter((n) =>
      mapping ? mapping.files.some((f) => fileMatches(f.match, n)) : /\.(ndjson|jsonl)$/i.test(n),
    );
    if (wanted.length === 0)
      throw new BadRequestError(
        `${p}: the folder holds no file this import reads` +
          (mapping
            ? ` (looked for: ${mapping.files.map((f) => f.match).join(', ')})`
            : ' (*.ndjson)'),
      );
    out.push(...wanted.map((n) => ({ path: path.join(p, n) })));
  }
  return out;
}
