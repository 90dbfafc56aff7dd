/** Partial downloads of a preset for tests: a folder holding some of its sample files. */
import fs from 'node:fs';
import path from 'node:path';
import { presetSampleFolder, type PresetName } from '@chanjiao/seed-data';
import { tempDir } from './helpers.ts';

/** The O*NET files a user who wants occupations, skills and knowledge alone downloads. */
export const onetPartial = ['Occupation Data.txt', 'Skills.txt', 'Knowledge.txt'];

export function partialDownload(preset: PresetName, names: string[]): string {
  const dir = tempDir(`atlas-partial-${preset}-`);
  for (const name of names)
    fs.copyFileSync(path.join(presetSampleFolder(preset), name), path.join(dir, name));
  return dir;
}
