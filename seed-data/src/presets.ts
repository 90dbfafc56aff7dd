/**
 * Import presets: mapping documents (server/src/import/mapping) for published occupation and
 * competency classifications, kept as YAML in seed-data/presets/. Each maps the files as their
 * publisher distributes them; the data itself is not included (see seed-data/presets/README.md).
 */
import { fileURLToPath } from 'node:url';

export interface ImportPresetFile {
  /** Absolute path of the mapping document (YAML). */
  file: string;
  /** What the preset loads, in one paragraph. */
  description: string;
  /** Which folder to point the import at, and where to get it. */
  folderHint: string;
}

export type PresetName = 'onet' | 'esco';

const presetPath = (name: string) => fileURLToPath(new URL(`../presets/${name}`, import.meta.url));

export const presets: Record<PresetName, ImportPresetFile> = {
  onet: {
    file: presetPath('onet.yaml'),
    description:
      'O*NET database (text files, release 29.x/30.x): occupations keyed by O*NET-SOC code; skills, ' +
      'knowledge and abilities as competencies keyed by element ID, with REQUIRES importance (1–5) ' +
      'and level (LV 0–7 rescaled to 1–5, raw value in levelRaw); task statements with PERFORMS; ' +
      'related occupations as RELATED_TO; the content model outline as competency PART_OF. ' +
      'Ratings flagged Recommend Suppress and levels flagged Not Relevant are skipped.',
    folderHint:
      'the unzipped "db_30_x_text" folder from https://www.onetcenter.org/database.html ' +
      '(Occupation Data.txt, Skills.txt, Knowledge.txt, Abilities.txt, Task Statements.txt, ' +
      'Related Occupations.txt, Content Model Reference.txt)',
  },
  esco: {
    file: presetPath('esco.yaml'),
    description:
      'ESCO classification v1.2, English CSV: occupations keyed esco-<uuid> and ISCO-08 groups keyed ' +
      'isco-<code> with PART_OF up the ISCO hierarchy; skills and knowledge as competencies keyed ' +
      'esco-<uuid> with aliases from altLabels; occupation–skill relations as REQUIRES with essential ' +
      'true/false; the skill groups of skillsHierarchy as competencies with PART_OF.',
    folderHint:
      'the unzipped "ESCO dataset - v1.2.x - classification - en - csv" folder from ' +
      'https://esco.ec.europa.eu/en/use-esco/download (occupations_en.csv, skills_en.csv, ' +
      'occupationSkillRelations_en.csv, ISCOGroups_en.csv, broaderRelationsOccPillar_en.csv, ' +
      'skillsHierarchy_en.csv, broaderRelationsSkillPillar_en.csv)',
  },
};

export const presetNames = Object.keys(presets) as PresetName[];

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && Object.hasOwn(presets, value);
}

/** The hand-written sample files of a preset (a few rows in the published format, not the data). */
export function presetSampleFolder(name: PresetName): string {
  return fileURLToPath(new URL(`../presets/samples/${name}/`, import.meta.url));
}
