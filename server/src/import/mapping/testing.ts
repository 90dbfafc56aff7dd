/**
 * Helpers for the mapping engine's tests: data files in a temporary folder, a mapping opened on
 * them, and the items a source yields.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportSource, Problem, SourceItem } from '../source.ts';
import { openMappingSources, type OpenMappingOptions } from './open.ts';
import { parseMapping } from './parse.ts';

export interface TempDir {
  dir: string;
  /** Writes a file (text as UTF-8, or raw bytes) and returns its path. */
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-mapping-'));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function collect(source: ImportSource): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of source.read()) items.push(item);
  return items;
}

export const recordsOf = (items: SourceItem[]) =>
  items.flatMap((i) => (i.type === 'record' ? [i.record] : []));

export const problemsOf = (items: SourceItem[]): Problem[] =>
  items.flatMap((i) => (i.type === 'problem' ? [i.problem] : []));

/** Parses `mappingText`, writes `files` (name → content) and opens them through the mapping. */
export async function openWith(
  tmp: TempDir,
  mappingText: string,
  files: Record<string, string | Uint8Array>,
  options?: OpenMappingOptions,
): Promise<ImportSource[]> {
  const mapping = parseMapping(mappingText, 'test.yaml');
  const paths = Object.entries(files).map(([name, content]) => ({
    path: tmp.write(name, content),
  }));
  return openMappingSources(mapping, paths, options);
}

/** The items of the only source of a mapping opened on files. */
export async function itemsOf(
  tmp: TempDir,
  mappingText: string,
  files: Record<string, string | Uint8Array>,
  options?: OpenMappingOptions,
): Promise<SourceItem[]> {
  const sources = await openWith(tmp, mappingText, files, options);
  if (sources.length !== 1) throw new Error(`expected one source, got ${sources.length}`);
  return collect(sources[0] as ImportSource);
}
