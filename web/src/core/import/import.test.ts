import { describe, expect, it } from 'vitest';
import { doneJob, file, rejectedJob, sampleJob } from './fixtures.ts';
import { matchesPattern, summarizeMapping, unmatchedFiles, yamlScalar } from './mapping.ts';
import {
  formatBytes,
  jobPercent,
  mappingIssues,
  problemRow,
  problemsSummary,
  uploadPercent,
  uploadsPercent,
} from './progress.ts';
import {
  buildJobRequest,
  emptySelection,
  fileKey,
  selectionProblem,
  selectionSignature,
  withFileRemoved,
  withFilesAdded,
  type ImportSelection,
} from './selection.ts';
import {
  applyAll,
  canCheck,
  canImport,
  encodingChanged,
  fileRemoved,
  filesAdded,
  fileUploaded,
  followResumed,
  importBlocker,
  initialImportState,
  isBusy,
  jobReceived,
  jobStarting,
  mappingFailed,
  mappingLoaded,
  modeChanged,
  presetChanged,
  presetsLoaded,
  resumableJob,
  runFailed,
  runStarted,
  uploadedIds,
  uploadFailed,
  uploadProgressed,
  uploadsForgotten,
  type ImportState,
  type RunError,
} from './state.ts';

const presets = [
  { name: 'onet', description: 'O*NET 29.0 text files', files: ['Occupation Data.txt', '*.txt'] },
  { name: 'esco', description: 'ESCO v1.2 CSV', files: ['occupations_*.csv'] },
];

const upload = (id: string, name = id, bytes = 8) => ({ id, name, bytes });

const networkError: RunError = {
  step: 'start',
  code: 'NETWORK',
  message: 'Failed to fetch',
  issues: [],
  retryable: true,
};

describe('selection', () => {
  it('adds files in order; a file of the same name replaces the earlier one in place', () => {
    const a = file('a.csv');
    const b = file('b.csv');
    const newerA = file('a.csv', 'x,y\n', 2);
    let selection = withFilesAdded(emptySelection, [a, b]);
    expect(selection.files.map((p) => p.file.name)).toEqual(['a.csv', 'b.csv']);
    selection = withFilesAdded(selection, [newerA]);
    expect(selection.files.map((p) => p.file)).toEqual([newerA, b]);
    expect(selection.files[0]!.key).toBe(fileKey(newerA));
    selection = withFileRemoved(selection, fileKey(b));
    expect(selection.files.map((p) => p.file.name)).toEqual(['a.csv']);
  });

  it('says what is missing before a check', () => {
    expect(selectionProblem(emptySelection)).toBe('files');
    const withFile = withFilesAdded(emptySelection, [file('a.ndjson')]);
    expect(selectionProblem(withFile)).toBeNull();
    expect(selectionProblem({ ...withFile, mode: 'preset' })).toBe('preset');
    expect(selectionProblem({ ...withFile, mode: 'preset', preset: 'onet' })).toBeNull();
    expect(selectionProblem({ ...withFile, mode: 'mapping' })).toBe('mapping');
  });

  it('builds the job request for each way of reading', () => {
    const files = withFilesAdded(emptySelection, [file('a.csv'), file('b.csv')]);
    const mapping = { name: 'm.yaml', text: 'version: 1', summary: summarizeMapping('m', '') };
    expect(buildJobRequest(files, ['u1', 'u2'], true)).toEqual({
      uploads: ['u1', 'u2'],
      dryRun: true,
    });
    expect(
      buildJobRequest({ ...files, mode: 'preset', preset: 'onet', mapping }, ['u1'], false),
    ).toEqual({ uploads: ['u1'], preset: 'onet', dryRun: false });
    expect(
      buildJobRequest(
        { ...files, mode: 'mapping', preset: 'onet', mapping, encoding: 'gb18030' },
        ['u1'],
        true,
      ),
    ).toEqual({ uploads: ['u1'], mapping: 'version: 1', encoding: 'gb18030', dryRun: true });
  });

  it('gives the same signature to the same selection only', () => {
    const base: ImportSelection = withFilesAdded(emptySelection, [file('a.csv')]);
    const mapping = (text: string) => ({
      name: 'm.yaml',
      text,
      summary: summarizeMapping('m.yaml', text),
    });
    const withMapping = { ...base, mode: 'mapping' as const, mapping: mapping('version: 1') };
    expect(selectionSignature(withMapping)).toBe(
      selectionSignature({ ...withMapping, mapping: mapping('version: 1') }),
    );
    const others: ImportSelection[] = [
      base,
      { ...withMapping, mapping: mapping('version: 1\n') },
      { ...withMapping, encoding: 'gbk' },
      withFilesAdded(withMapping, [file('a.csv', 'changed', 9)]),
      withFilesAdded(withMapping, [file('b.csv')]),
    ];
    for (const other of others)
      expect(selectionSignature(other)).not.toBe(selectionSignature(withMapping));
    // The preset name counts only in preset mode.
    expect(selectionSignature({ ...base, preset: 'onet' })).toBe(selectionSignature(base));
  });
});

describe('mapping summary', () => {
  it('reads the description and encodings of a YAML mapping', () => {
    const yaml = [
      '# O*NET occupations',
      'version: 1',
      'description: O*NET 29.0 occupations and their skills  # shown in the client',
      'files:',
      '  - match: "Occupation Data.txt"',
      '    encoding: utf-8',
      '    nodes: []',
      "  - match: 'skills_*.csv'",
      '    encoding: gb18030',
      '  - match: extra.csv',
      '    encoding: gb18030',
    ].join('\n');
    expect(summarizeMapping('onet.yaml', yaml)).toEqual({
      format: 'yaml',
      description: 'O*NET 29.0 occupations and their skills',
      encodings: ['utf-8', 'gb18030'],
      matches: ['Occupation Data.txt', 'skills_*.csv', 'extra.csv'],
    });
  });

  it('reads quoted, block and folded YAML descriptions', () => {
    expect(summarizeMapping('m.yml', 'description: "职业\\t数据: 2025"\n').description).toBe(
      '职业\t数据: 2025',
    );
    expect(summarizeMapping('m.yml', "description: 'it''s # not a comment'").description).toBe(
      "it's # not a comment",
    );
    const block = 'version: 1\ndescription: |\n  first line\n  second line\n\nfiles: []\n';
    expect(summarizeMapping('m.yml', block).description).toBe('first line\nsecond line');
    const folded = 'description: >-\n  one\n  two\nfiles: []';
    expect(summarizeMapping('m.yml', folded).description).toBe('one two');
    const plain = 'description: a long\n  description\nversion: 1';
    expect(summarizeMapping('m.yml', plain).description).toBe('a long description');
    expect(summarizeMapping('m.yml', 'version: 1\nfiles: []').description).toBeUndefined();
    // A nested `description:` is not the document's.
    expect(summarizeMapping('m.yml', 'files:\n  - description: x').description).toBeUndefined();
    expect(yamlScalar('  plain text  # comment ')).toBe('plain text');
  });

  it('reads JSON mappings and reports broken JSON', () => {
    const json = JSON.stringify({
      version: 1,
      description: ' ESCO skills ',
      files: [
        { match: 'skills_en.csv', encoding: 'utf-8' },
        { match: 'x.csv', encoding: 'latin1' },
      ],
    });
    expect(summarizeMapping('esco.json', json)).toEqual({
      format: 'json',
      description: 'ESCO skills',
      encodings: ['utf-8'],
      matches: ['skills_en.csv', 'x.csv'],
    });
    const broken = summarizeMapping('esco.json', '{"version": 1,');
    expect(broken.format).toBe('json');
    expect(broken.syntaxError).toBeTruthy();
  });

  it('matches file names against globs by base name', () => {
    expect(matchesPattern('occupations_zh.csv', 'occupations_*.csv')).toBe(true);
    expect(matchesPattern('dir/Occupation Data.txt', 'Occupation Data.txt')).toBe(true);
    expect(matchesPattern('a+b.csv', 'a+b.csv')).toBe(true);
    expect(matchesPattern('axb.csv', 'a.b.csv')).toBe(false);
    expect(unmatchedFiles(['a.csv', 'b.txt'], ['*.csv'])).toEqual(['b.txt']);
    expect(unmatchedFiles(['a.csv'], [])).toEqual([]);
  });
});

describe('progress', () => {
  it('spreads the two reading passes and the commit over 0–100', () => {
    const at = (phase: 'queued' | 'nodes' | 'edges' | 'commit', bytesRead: number) =>
      jobPercent(
        sampleJob({ progress: { phase, bytesRead, bytesTotal: 1000, rows: 0, records: 0 } }),
      );
    expect(at('queued', 0)).toBe(0);
    expect(at('nodes', 0)).toBe(0);
    expect(at('nodes', 500)).toBe(22);
    expect(at('nodes', 1000)).toBe(45);
    expect(at('edges', 500)).toBe(67);
    expect(at('edges', 1000)).toBe(90);
    expect(at('commit', 0)).toBe(90);
    expect(at('nodes', 5000)).toBe(45);
    expect(
      jobPercent(
        sampleJob({
          progress: { phase: 'edges', bytesRead: 0, bytesTotal: 0, rows: 0, records: 0 },
        }),
      ),
    ).toBe(45);
    expect(jobPercent(doneJob())).toBe(100);
    expect(jobPercent(rejectedJob())).toBe(100);
  });

  it('never shows 100 while the job runs', () => {
    const job = sampleJob({
      progress: { phase: 'done', bytesRead: 1, bytesTotal: 1, rows: 0, records: 0 },
    });
    expect(jobPercent(job)).toBe(99);
  });

  it('computes upload percentages', () => {
    expect(uploadPercent(0, 0)).toBe(0);
    expect(uploadPercent(1, 3)).toBe(33);
    expect(uploadPercent(5, 3)).toBe(100);
    expect(
      uploadsPercent([
        { loaded: 100, total: 100 },
        { loaded: 0, total: 300 },
      ]),
    ).toBe(25);
    expect(uploadsPercent([])).toBe(0);
  });

  it('formats byte sizes', () => {
    expect(formatBytes('en', 0)).toBe('0 B');
    expect(formatBytes('en', 1023)).toBe('1,023 B');
    expect(formatBytes('en', 1536)).toBe('1.5 KB');
    expect(formatBytes('zh', 5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes('en', 250 * 1024 * 1024)).toBe('250 MB');
  });

  it('summarises the problems and counts the ones not listed', () => {
    const summary = problemsSummary(rejectedJob());
    expect(summary).toEqual({
      shown: 2,
      total: 130,
      hidden: 128,
      files: [
        { file: 'occupations.csv', count: 1 },
        { file: 'skills.csv', count: 1 },
      ],
    });
    expect(problemsSummary(rejectedJob({ problemsTotal: 0 })).hidden).toBe(0);
    expect(problemRow(rejectedJob().problems[1]!)).toBeNull();
    expect(problemRow(rejectedJob().problems[0]!)).toBe(3);
  });

  it('flattens mapping error details', () => {
    expect(
      mappingIssues([
        { path: 'files.0.nodes.1.key', message: 'Required' },
        { path: ['files', 0, 'encoding'], message: 'Invalid enum value' },
        { file: 'a.csv', column: '编码', message: 'no such column' },
        { line: 3 },
        'plain',
      ]),
    ).toEqual([
      { where: 'files.0.nodes.1.key', message: 'Required' },
      { where: 'files.0.encoding', message: 'Invalid enum value' },
      { where: 'a.csv · 编码', message: 'no such column' },
      { where: '', message: '{"line":3}' },
      { where: '', message: 'plain' },
    ]);
    expect(mappingIssues(undefined)).toEqual([]);
  });
});

describe('import state', () => {
  const a = file('a.csv');
  const b = file('b.csv', 'longer,file\n1,2\n');
  const keyA = fileKey(a);
  const keyB = fileKey(b);
  const picked = (state: ImportState = initialImportState) => applyAll(state, [filesAdded([a, b])]);

  /** A dry run through both uploads to a job in the given final state. */
  function checked(finalJob = doneJob(), state = picked()): ImportState {
    const run = state.runCount + 1;
    return applyAll(state, [
      runStarted(true),
      uploadProgressed(run, keyA, 4, 8),
      fileUploaded(run, keyA, upload('u-a')),
      fileUploaded(run, keyB, upload('u-b')),
      jobStarting(run, ['u-a', 'u-b']),
      jobReceived(run, sampleJob()),
      jobReceived(run, finalJob),
    ]);
  }

  it('picks the first preset when the preset mode is chosen, once the list is known', () => {
    let state = applyAll(picked(), [modeChanged('preset')]);
    expect(state.selection.preset).toBe('');
    state = presetsLoaded(presets)(state);
    expect(state.selection.preset).toBe('onet');
    state = applyAll(state, [presetChanged('esco'), modeChanged('ndjson'), modeChanged('preset')]);
    expect(state.selection.preset).toBe('esco');
    expect(
      applyAll(initialImportState, [presetsLoaded(presets), modeChanged('preset')]).selection
        .preset,
    ).toBe('onet');
  });

  it('keeps a picked mapping when reading another fails', () => {
    const summary = summarizeMapping('m.yaml', 'description: x');
    let state = mappingLoaded('m.yaml', 'description: x', summary)(picked());
    state = mappingFailed('NotReadableError')(state);
    expect(state.selection.mapping?.name).toBe('m.yaml');
    expect(state.mappingError).toBe('NotReadableError');
    expect(mappingLoaded('n.yaml', '', summary)(state).mappingError).toBeNull();
  });

  it('runs a dry run through uploading, starting and following', () => {
    let state = picked();
    expect(canCheck(state)).toBe(true);
    expect(importBlocker(state)).toBe('check');
    state = runStarted(true)(state);
    expect(state.run).toMatchObject({ id: 1, dryRun: true, stage: 'uploading' });
    expect(isBusy(state)).toBe(true);
    expect(canCheck(state)).toBe(false);
    expect(importBlocker(state)).toBe('busy');
    state = uploadProgressed(1, keyA, 4, 8)(state);
    expect(state.uploads[keyA]).toEqual({ status: 'uploading', loaded: 4, total: 8 });
    state = fileUploaded(1, keyA, upload('u-a'))(state);
    expect(uploadedIds(state)).toEqual(['u-a', null]);
    state = fileUploaded(1, keyB, upload('u-b'))(state);
    state = jobStarting(1, ['u-a', 'u-b'])(state);
    expect(state.run).toMatchObject({ stage: 'starting', uploadIds: ['u-a', 'u-b'] });
    state = jobReceived(1, sampleJob())(state);
    expect(state.run?.stage).toBe('running');
    expect(state.checked).toBeNull();
    state = jobReceived(1, doneJob())(state);
    expect(state.run?.stage).toBe('finished');
    expect(state.checked).toMatchObject({ uploadIds: ['u-a', 'u-b'] });
    expect(canImport(state)).toBe(true);
  });

  it('does not change the selection while a run is busy', () => {
    const state = runStarted(true)(picked());
    for (const change of [
      filesAdded([file('c.csv')]),
      fileRemoved(keyA),
      modeChanged('preset'),
      encodingChanged('gbk'),
      mappingFailed('x'),
    ])
      expect(change(state)).toBe(state);
  });

  it('does not start what cannot start', () => {
    expect(runStarted(true)(initialImportState)).toBe(initialImportState);
    const state = picked();
    expect(runStarted(false)(state)).toBe(state);
    const busy = runStarted(true)(state);
    expect(runStarted(true)(busy)).toBe(busy);
  });

  it('enables the import only after a clean dry run of the same selection', () => {
    expect(importBlocker(checked(rejectedJob()))).toBe('check');
    const clean = checked();
    expect(importBlocker(clean)).toBeNull();
    const changed = encodingChanged('gb18030')(clean);
    expect(importBlocker(changed)).toBe('changed');
    // Changing back makes it the checked selection again.
    expect(importBlocker(encodingChanged('')(changed))).toBeNull();
    expect(importBlocker(filesAdded([file('c.csv')])(clean))).toBe('changed');
  });

  it('re-uses the clean dry run’s uploads for the import, and uses the check up when done', () => {
    let state = runStarted(false)(checked());
    expect(state.run).toMatchObject({
      id: 2,
      dryRun: false,
      stage: 'starting',
      uploadIds: ['u-a', 'u-b'],
    });
    state = jobReceived(2, doneJob({ id: 'job-2', dryRun: false }))(state);
    expect(state.run?.stage).toBe('finished');
    expect(state.checked).toBeNull();
    expect(importBlocker(state)).toBe('check');
  });

  it('keeps the check when the import itself fails, so it can be tried again', () => {
    let state = runStarted(false)(checked());
    state = runFailed(2, networkError)(state);
    expect(state.run?.stage).toBe('error');
    expect(canImport(state)).toBe(true);
    state = jobReceived(
      3,
      doneJob({ state: 'failed', error: { code: 'STORE_UNAVAILABLE', message: 'down' } }),
    )(runStarted(false)(state));
    expect(state.run).toMatchObject({ id: 3, stage: 'finished' });
    expect(canImport(state)).toBe(true);
  });

  it('a later dry run with problems clears the clean check', () => {
    const clean = checked();
    expect(clean.checked).not.toBeNull();
    const state = checked(rejectedJob(), clean);
    expect(state.run?.id).toBe(2);
    expect(state.checked).toBeNull();
  });

  it('ignores changes for a run that is no longer current', () => {
    let state = runFailed(1, networkError)(runStarted(true)(picked()));
    state = runStarted(true)(state);
    expect(state.run?.id).toBe(2);
    const stale = [
      uploadProgressed(1, keyA, 1, 8),
      fileUploaded(1, keyA, upload('old')),
      jobStarting(1, []),
      jobReceived(1, doneJob()),
      runFailed(1, networkError),
    ];
    for (const change of stale) expect(change(state)).toBe(state);
  });

  it('keeps the selection and finished uploads when an upload fails', () => {
    let state = runStarted(true)(picked());
    state = fileUploaded(1, keyA, upload('u-a'))(state);
    state = uploadProgressed(1, keyB, 3, 16)(state);
    state = uploadFailed(1, keyB, { ...networkError, step: 'upload', file: 'b.csv' })(state);
    expect(state.run).toMatchObject({ stage: 'error', error: { step: 'upload', file: 'b.csv' } });
    expect(state.uploads[keyB]).toMatchObject({ status: 'error', loaded: 3, total: 16 });
    expect(uploadedIds(state)).toEqual(['u-a', null]);
    expect(state.selection.files).toHaveLength(2);
    expect(canCheck(state)).toBe(true);
  });

  it('forgets uploads the server no longer has', () => {
    const state = uploadsForgotten(['u-b'])(checked());
    expect(uploadedIds(state)).toEqual(['u-a', null]);
    expect(state.checked).toBeNull();
    const untouched = checked();
    expect(uploadsForgotten(['other'])(untouched).checked).toBe(untouched.checked);
  });

  it('can resume following a job after losing contact', () => {
    let state = applyAll(picked(), [
      runStarted(true),
      jobStarting(1, ['u-a', 'u-b']),
      jobReceived(1, sampleJob()),
      runFailed(1, { ...networkError, step: 'follow' }),
    ]);
    expect(resumableJob(state)?.id).toBe('job-1');
    expect(isBusy(state)).toBe(false);
    state = followResumed(1)(state);
    expect(state.run).toMatchObject({ stage: 'running', error: null });
    expect(resumableJob(state)).toBeNull();
    // A failure to start has no job to resume.
    const failedStart = applyAll(picked(), [runStarted(true), runFailed(1, networkError)]);
    expect(resumableJob(failedStart)).toBeNull();
    expect(followResumed(1)(failedStart)).toBe(failedStart);
  });
});
