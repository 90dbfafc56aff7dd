/**
 * Presets on partial downloads. O*NET offers each file on its own: a folder holding only
 * Occupation Data, Skills and Knowledge imports (into the embedded store, through the CLI and the
 * import jobs API) with a report of the files that were absent and what they would have added.
 * ESCO needs only occupations_en.csv: links whose other end lives in an absent file are not read,
 * and the report says why. Counts below are computed by hand from the sample files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ImportJob } from '@chanjiao/graph-schema';
import { presetSampleFolder, type PresetName } from '@chanjiao/seed-data';
import { runCli } from '../src/cli/program.ts';
import { openMappingImport } from '../src/import/mapping/index.ts';
import { expandFolders, loadPreset } from '../src/import/open-sources.ts';
import { streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { asAdmin, buildTestApp, tempDir } from './helpers.ts';
import { onetPartial, partialDownload } from './partial-download.ts';

async function importFolder(store: EmbeddedStore, preset: PresetName, folder: string) {
  const { mapping, origin } = loadPreset(preset);
  const opened = await openMappingImport(mapping, expandFolders([folder], mapping), { origin });
  return streamImport(store, opened.sources, { notices: opened.notices });
}

describe('a partial O*NET download (Occupation Data, Skills, Knowledge)', () => {
  it('imports occupations, skills, knowledge and their ratings, and lists the absent files', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    try {
      const outcome = await importFolder(store, 'onet', partialDownload('onet', onetPartial));
      // 4 occupations; 5 skills and 2 knowledge elements; 10 + 5 rated pairs.
      expect(await store.stats()).toMatchObject({
        nodes: 11,
        edges: 15,
        byKind: { Occupation: 4, Competency: 7 },
        byRel: { REQUIRES: 15 },
      });
      // Records: 4 occupations + 2 per rating row read (19 skills rows, 9 knowledge rows).
      expect(outcome.records).toBe(60);
      expect(outcome.rowsSkipped).toBe(4);
      expect(outcome.notices.absentFiles.map((a) => a.match)).toEqual([
        'Abilities.txt',
        'Task Statements.txt',
        'Related Occupations.txt',
        'Content Model Reference.txt',
      ]);
      expect(outcome.notices.absentFiles[0]!.adds).toMatch(/abilities as competencies \(quality\)/);
      expect(outcome.notices.skipped).toEqual([]);
      expect(outcome.notices.shortRows).toEqual([]);
      // A rating whose level was not relevant keeps its importance alone.
      const rated = await store.getEdge({
        rel: 'REQUIRES',
        from: { kind: 'Occupation', key: '49-2094.00' },
        to: { kind: 'Competency', key: '2.B.3.e' },
      });
      expect(rated?.props).toMatchObject({ importance: 1.38 });
      expect(rated?.props.level).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('the command line reports the absent files and what they would have added', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      ['import', '--preset', 'onet', partialDownload('onet', onetPartial)],
      {
        env: { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: tempDir() },
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
      },
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Imported: 60 records, 4 rows skipped by the mapping; nodes 11 new/);
    expect(stderr).toContain('Not among the files (read when present):');
    expect(stderr).toMatch(/ {2}Abilities\.txt — would have added abilities as competencies/);
    expect(stderr).toMatch(/ {2}Task Statements\.txt — would have added task statements/);
  });
});

describe('partial ESCO downloads', () => {
  it('occupations alone: imported, the link to ISCO groups not read, with the reason', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    try {
      const outcome = await importFolder(
        store,
        'esco',
        partialDownload('esco', ['occupations_en.csv']),
      );
      expect(await store.stats()).toMatchObject({ nodes: 4, edges: 0 });
      expect(outcome.notices.skipped).toEqual([
        {
          file: 'occupations_en.csv',
          what: 'PART_OF Occupation→Occupation (edges[0])',
          reason: 'it links to nodes from ISCOGroups_en.csv, which is not among the files',
        },
      ]);
      expect(outcome.notices.absentFiles).toHaveLength(6);
    } finally {
      await store.close();
    }
  });

  it('occupation–skill relations without the skills file: the file is not read, not failed', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    try {
      const outcome = await importFolder(
        store,
        'esco',
        partialDownload('esco', [
          'ISCOGroups_en.csv',
          'occupations_en.csv',
          'occupationSkillRelations_en.csv',
          'skillsHierarchy_en.csv',
          'broaderRelationsSkillPillar_en.csv',
        ]),
      );
      expect(outcome.notices.skipped.map((s) => `${s.file}: ${s.what}`)).toEqual([
        'occupationSkillRelations_en.csv: the whole file',
        'broaderRelationsSkillPillar_en.csv: PART_OF Competency→Competency (edges[0])',
        'broaderRelationsSkillPillar_en.csv: PART_OF Competency→Competency (edges[1])',
        'broaderRelationsSkillPillar_en.csv: PART_OF Competency→Competency (edges[3])',
      ]);
      // 12 occupations (4 ESCO, 8 ISCO groups) with their 4 iscoGroup links; 12 skill groups with
      // the 10 PART_OF of the hierarchy; the hierarchy's two short rows counted.
      expect(await store.stats()).toMatchObject({
        byKind: { Occupation: 12, Competency: 12 },
        byRel: { PART_OF: 14 },
      });
      expect(outcome.notices.shortRows).toEqual([
        { file: 'skillsHierarchy_en.csv', rows: 2, firstRow: 5 },
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('the import jobs API on a partial download', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp());
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports the absent files when the job starts and the result when it ends', async () => {
    const uploads: string[] = [];
    for (const name of onetPartial) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/uploads?name=${encodeURIComponent(name)}`,
        headers: { ...asAdmin, 'content-type': 'application/octet-stream' },
        payload: fs.readFileSync(path.join(presetSampleFolder('onet'), name)),
      });
      uploads.push(res.json<{ id: string }>().id);
    }
    const started = await app.inject({
      method: 'POST',
      url: '/api/import-jobs',
      headers: asAdmin,
      payload: { uploads, preset: 'onet' },
    });
    expect(started.statusCode).toBe(202);
    expect(started.json<ImportJob>().notices?.absentFiles.map((a) => a.match)).toEqual([
      'Abilities.txt',
      'Task Statements.txt',
      'Related Occupations.txt',
      'Content Model Reference.txt',
    ]);
    let job = started.json<ImportJob>();
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = (await app.inject({ url: `/api/import-jobs/${job.id}` })).json<ImportJob>();
    }
    expect(job).toMatchObject({
      state: 'done',
      result: { records: 60, rowsSkipped: 4, counts: { nodesCreated: 11, edgesCreated: 15 } },
      notices: { skipped: [], shortRows: [] },
    });
    expect(job.notices?.absentFiles).toHaveLength(4);
  });

  it('lists for each preset its core file and what each other file adds', async () => {
    const res = await app.inject({ url: '/api/import-presets' });
    const presets = res.json<{
      presets: {
        name: string;
        fileDetails: { match: string; required: boolean; adds: string; needs: string[] }[];
      }[];
    }>().presets;
    const core = (name: string) =>
      presets
        .find((p) => p.name === name)!
        .fileDetails.filter((f) => f.required)
        .map((f) => f.match);
    expect(core('onet')).toEqual(['Occupation Data.txt']);
    expect(core('esco')).toEqual(['occupations_en.csv']);
    const relations = presets
      .find((p) => p.name === 'esco')!
      .fileDetails.find((f) => f.match === 'occupationSkillRelations_en.csv');
    expect(relations).toMatchObject({ required: false, needs: ['skills_en.csv'] });
  });
});
