import type { ImportJob, ImportJobRequest, ImportPreset, Upload } from '@chanjiao/graph-schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportApi } from './api.ts';
import { doneJob, file, rejectedJob, sampleJob } from './fixtures.ts';

type Import = typeof import('./index.ts');
type ApiErrorClass = typeof import('../api/errors.ts').ApiError;

/**
 * A fresh copy of the module state for each test (presets are listed once per session), and the
 * `ApiError` class of that copy (errors are told apart with `instanceof`).
 */
async function freshImport(): Promise<[Import, ApiErrorClass]> {
  vi.resetModules();
  const fresh = await import('./index.ts');
  return [fresh, (await import('../api/errors.ts')).ApiError];
}

interface Script {
  presets?: () => ImportPreset[];
  /** Answers to `POST /api/import-jobs`, in turn (an Error is thrown). */
  starts?: (ImportJob | Error)[];
  /** Answers to `GET /api/import-jobs/:id`, in turn; the last repeats. */
  polls?: (ImportJob | Error)[];
  failUpload?: (name: string) => Error | null;
}

interface Calls {
  uploads: string[];
  progress: [string, number][];
  starts: ImportJobRequest[];
  polls: number;
}

function fakeApi(script: Script, calls: Calls): ImportApi {
  let uploads = 0;
  let starts = 0;
  return {
    async presets() {
      return script.presets?.() ?? [];
    },
    async upload(blob, name, onProgress) {
      calls.uploads.push(name);
      const failure = script.failUpload?.(name);
      onProgress?.({ loaded: Math.floor(blob.size / 2), total: blob.size });
      calls.progress.push([name, Math.floor(blob.size / 2)]);
      if (failure) throw failure;
      uploads += 1;
      return { id: `u${uploads}`, name, bytes: blob.size } satisfies Upload;
    },
    async startJob(request) {
      calls.starts.push(request);
      const answer = script.starts?.[starts++] ?? doneJob({ dryRun: request.dryRun ?? false });
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async job() {
      const answers = script.polls ?? [doneJob()];
      const answer = answers[Math.min(calls.polls, answers.length - 1)]!;
      calls.polls += 1;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    eventsUrl: (id) => `/api/import-jobs/${id}/events`,
  };
}

const noCalls = (): Calls => ({ uploads: [], progress: [], starts: [], polls: 0 });

function depsOf(script: Script, calls: Calls) {
  return { api: fakeApi(script, calls), openEvents: null, pollMs: 1, maxPollFailures: 2 };
}

const offline = () => new ApiError('Failed to fetch', 0, 'NETWORK');

let mod: Import;
let ApiError: ApiErrorClass;

beforeEach(async () => {
  [mod, ApiError] = await freshImport();
});

describe('import actions', () => {
  it('checks: uploads each file with progress, starts a dry run and follows it to the end', async () => {
    const calls = noCalls();
    const deps = depsOf({ starts: [sampleJob()], polls: [sampleJob(), doneJob()] }, calls);
    mod.addFiles([file('a.csv'), file('b.csv', 'longer text here')]);
    const seenStages: string[] = [];
    const unsubscribe = mod.importAtom.subscribe((s) => {
      const stage = s.run?.stage;
      if (stage && seenStages[seenStages.length - 1] !== stage) seenStages.push(stage);
    });
    await mod.checkSelection(deps);
    unsubscribe();
    expect(calls.uploads).toEqual(['a.csv', 'b.csv']);
    expect(calls.starts).toEqual([{ uploads: ['u1', 'u2'], dryRun: true }]);
    expect(calls.polls).toBe(2);
    expect(seenStages).toEqual(['uploading', 'starting', 'running', 'finished']);
    const state = mod.importAtom.get();
    expect(state.run?.job?.state).toBe('done');
    expect(mod.canImport(state)).toBe(true);
  });

  it('imports with the clean dry run’s upload ids, without uploading again', async () => {
    const calls = noCalls();
    const deps = depsOf({}, calls);
    mod.addFiles([file('a.ndjson')]);
    mod.changeEncoding('gb18030');
    await mod.checkSelection(deps);
    await mod.importChecked(deps);
    expect(calls.uploads).toEqual(['a.ndjson']);
    expect(calls.starts).toEqual([
      { uploads: ['u1'], encoding: 'gb18030', dryRun: true },
      { uploads: ['u1'], encoding: 'gb18030', dryRun: false },
    ]);
    const state = mod.importAtom.get();
    expect(state.run).toMatchObject({ dryRun: false, stage: 'finished' });
    expect(mod.importBlocker(state)).toBe('check');
    // A second click does nothing until another clean check.
    await mod.importChecked(deps);
    expect(calls.starts).toHaveLength(2);
  });

  it('keeps the selection and uploads when starting fails offline; the retry sends no file again', async () => {
    const calls = noCalls();
    const deps = depsOf({ starts: [offline()] }, calls);
    mod.addFiles([file('a.csv'), file('b.csv')]);
    mod.changeMode('mapping');
    await mod.pickMappingFile(file('m.yaml', 'version: 1\ndescription: 职业数据\nfiles: []'));
    await mod.checkSelection(deps);
    let state = mod.importAtom.get();
    expect(state.run).toMatchObject({
      stage: 'error',
      error: { step: 'start', code: 'NETWORK', retryable: true },
    });
    expect(state.selection.files.map((p) => p.file.name)).toEqual(['a.csv', 'b.csv']);
    expect(state.selection.mapping?.summary.description).toBe('职业数据');
    expect(mod.uploadedIds(state)).toEqual(['u1', 'u2']);
    await mod.retryRun(deps);
    expect(calls.uploads).toEqual(['a.csv', 'b.csv']);
    expect(calls.starts).toHaveLength(2);
    expect(calls.starts[1]).toMatchObject({ uploads: ['u1', 'u2'], mapping: expect.any(String) });
    state = mod.importAtom.get();
    expect(state.run?.stage).toBe('finished');
  });

  it('stops at a failed upload and sends only the missing files on retry', async () => {
    const calls = noCalls();
    let fail = true;
    const deps = depsOf(
      { failUpload: (name) => (name === 'b.csv' && fail ? offline() : null) },
      calls,
    );
    mod.addFiles([file('a.csv'), file('b.csv'), file('c.csv')]);
    await mod.checkSelection(deps);
    const state = mod.importAtom.get();
    expect(state.run?.error).toMatchObject({ step: 'upload', file: 'b.csv', code: 'NETWORK' });
    expect(calls.starts).toHaveLength(0);
    fail = false;
    await mod.retryRun(deps);
    expect(calls.uploads).toEqual(['a.csv', 'b.csv', 'b.csv', 'c.csv']);
    expect(calls.starts[0]!.uploads).toEqual(['u1', 'u2', 'u3']);
  });

  it('shows why a mapping is invalid and does not offer the same again', async () => {
    const calls = noCalls();
    const invalid = new ApiError('mapping invalid', 400, 'MAPPING_INVALID', [
      { path: 'files.0.nodes', message: 'a file mapping needs at least one node or edge' },
    ]);
    mod.addFiles([file('a.csv')]);
    mod.changeMode('mapping');
    await mod.pickMappingFile(file('m.json', '{"version":1,"files":[]}'));
    await mod.checkSelection(depsOf({ starts: [invalid] }, calls));
    expect(mod.importAtom.get().run?.error).toEqual({
      step: 'start',
      code: 'MAPPING_INVALID',
      message: 'mapping invalid',
      issues: [
        { where: 'files.0.nodes', message: 'a file mapping needs at least one node or edge' },
      ],
      retryable: false,
    });
  });

  it('uploads again when the server no longer knows an upload', async () => {
    const calls = noCalls();
    const gone = new ApiError('no upload u1', 404, 'NOT_FOUND');
    const deps = depsOf({ starts: [gone] }, calls);
    mod.addFiles([file('a.csv')]);
    await mod.checkSelection(deps);
    expect(mod.importAtom.get().run?.error?.retryable).toBe(true);
    await mod.retryRun(deps);
    expect(calls.uploads).toEqual(['a.csv', 'a.csv']);
    expect(calls.starts[1]!.uploads).toEqual(['u2']);
  });

  it('reports problems of a rejected dry run and keeps the import off', async () => {
    const calls = noCalls();
    mod.addFiles([file('a.csv')]);
    await mod.checkSelection(depsOf({ starts: [rejectedJob()] }, calls));
    const state = mod.importAtom.get();
    expect(state.run?.job?.problemsTotal).toBe(130);
    expect(calls.polls).toBe(0);
    expect(mod.canImport(state)).toBe(false);
  });

  it('resumes following a job after losing contact with it', async () => {
    const calls = noCalls();
    const script: Script = { starts: [sampleJob()], polls: [offline()] };
    const deps = depsOf(script, calls);
    mod.addFiles([file('a.csv')]);
    await mod.checkSelection(deps);
    let state = mod.importAtom.get();
    expect(state.run).toMatchObject({ stage: 'error', error: { step: 'follow', retryable: true } });
    expect(mod.resumableJob(state)?.id).toBe('job-1');
    script.polls = [doneJob()];
    calls.polls = 0;
    await mod.retryRun(deps);
    state = mod.importAtom.get();
    expect(state.run?.stage).toBe('finished');
    expect(calls.starts).toHaveLength(1);
    expect(mod.canImport(state)).toBe(true);
  });

  it('follows the event stream when there is one', async () => {
    const calls = noCalls();
    const streams: { url: string; onmessage: ((e: MessageEvent) => void) | null }[] = [];
    const deps = {
      ...depsOf({ starts: [sampleJob({ id: 'j9' })] }, calls),
      openEvents: (url: string) => {
        const stream = { url, onmessage: null, onerror: null, close: () => undefined };
        streams.push(stream);
        return stream;
      },
    };
    mod.addFiles([file('a.csv')]);
    const running = mod.checkSelection(deps);
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    expect(streams[0]!.url).toBe('/api/import-jobs/j9/events');
    streams[0]!.onmessage?.({ data: JSON.stringify(doneJob({ id: 'j9' })) } as MessageEvent);
    await running;
    expect(mod.importAtom.get().run?.job?.state).toBe('done');
    expect(calls.polls).toBe(0);
  });

  it('lists the presets once, again after a failure, and picks the first for the preset mode', async () => {
    const calls = noCalls();
    let fail = true;
    let asked = 0;
    const deps = depsOf(
      {
        presets: () => {
          asked += 1;
          if (fail) throw offline();
          return [{ name: 'onet', description: 'O*NET', files: ['*.txt'] }];
        },
      },
      calls,
    );
    mod.changeMode('preset');
    await mod.loadPresets(deps);
    expect(mod.importAtom.get().presets).toEqual({ type: 'error', message: 'Failed to fetch' });
    fail = false;
    await Promise.all([mod.loadPresets(deps), mod.loadPresets(deps)]);
    await mod.loadPresets(deps);
    expect(asked).toBe(2);
    expect(mod.importAtom.get().selection.preset).toBe('onet');
  });

  it('keeps the mapping picked before when a mapping file cannot be read', async () => {
    await mod.pickMappingFile(file('m.yaml', 'description: first'));
    await mod.pickMappingFile({
      name: 'broken.yaml',
      text: () => Promise.reject(new Error('NotReadableError')),
    });
    const state = mod.importAtom.get();
    expect(state.selection.mapping?.name).toBe('m.yaml');
    expect(state.mappingError).toBe('NotReadableError');
  });
});
