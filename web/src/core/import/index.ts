/**
 * The import view's state and the actions that change it: list the presets, change the selection,
 * read a picked mapping file, and run a dry run or the import — upload the files not uploaded yet
 * (one at a time, with progress), start the job, follow it to its end. Changes are the pure
 * functions of state.ts; this file sequences them with the API. A failed request leaves the
 * selection and the finished uploads as they were, so trying again sends only what is missing.
 */
import { ApiError, isAbortError } from '../api/index.ts';
import { atom } from '../utils/atoms.ts';
import { createImportApi, type ImportApi } from './api.ts';
import { browserEvents, followJob, isFinal, type EventStream, type Following } from './follow.ts';
import { summarizeMapping } from './mapping.ts';
import { mappingIssues } from './progress.ts';
import { buildJobRequest, type ImportEncoding, type ReadMode } from './selection.ts';
import {
  encodingChanged,
  fileRemoved,
  filesAdded,
  fileUploaded,
  followResumed,
  initialImportState,
  jobReceived,
  jobStarting,
  mappingCleared,
  mappingFailed,
  mappingLoaded,
  modeChanged,
  presetChanged,
  presetsFailed,
  presetsLoaded,
  presetsRequested,
  resumableJob,
  runFailed,
  runStarted,
  uploadFailed,
  uploadProgressed,
  uploadsForgotten,
  type ImportState,
  type RunError,
} from './state.ts';

export * from './state.ts';
export * from './selection.ts';
export * from './progress.ts';
export { summarizeMapping, unmatchedFiles, type MappingSummary } from './mapping.ts';
export { createImportApi, type ImportApi } from './api.ts';
export type { EventStream } from './follow.ts';

export const importAtom = atom<ImportState>(initialImportState);

export interface ImportDeps {
  api: ImportApi;
  /** Opens a job's event stream; null to poll only. */
  openEvents: ((url: string) => EventStream) | null;
  pollMs?: number;
  maxPollFailures?: number;
}

export const browserImportDeps: ImportDeps = {
  api: createImportApi(),
  openEvents: browserEvents,
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The server no longer has these uploads: the files must be sent again. */
function isUnknownUpload(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A failed request as the view shows it. */
export function runErrorOf(step: RunError['step'], error: unknown, file?: string): RunError {
  const api = error instanceof ApiError ? error : null;
  const retryable =
    !api ||
    api.code === 'NETWORK' ||
    api.status === 0 ||
    api.status >= 500 ||
    step === 'follow' ||
    isUnknownUpload(error);
  return {
    step,
    code: api?.code ?? 'ERROR',
    message: messageOf(error),
    ...(file !== undefined && { file }),
    issues: api?.code === 'NETWORK' ? [] : mappingIssues(api?.details),
    retryable,
  };
}

// ── Presets ──────────────────────────────────────────────────────────────

let presetsLoad: Promise<void> | null = null;

/** Lists the presets once (again after a failure). */
export function loadPresets(deps: ImportDeps = browserImportDeps): Promise<void> {
  if (presetsLoad) return presetsLoad;
  importAtom.set(presetsRequested());
  presetsLoad = (async () => {
    try {
      importAtom.set(presetsLoaded(await deps.api.presets()));
    } catch (error) {
      presetsLoad = null;
      importAtom.set(presetsFailed(messageOf(error)));
    }
  })();
  return presetsLoad;
}

// ── Selection ────────────────────────────────────────────────────────────

export const addFiles = (files: readonly File[]) => importAtom.set(filesAdded(files));
export const removeFile = (key: string) => importAtom.set(fileRemoved(key));
export const changeMode = (mode: ReadMode) => importAtom.set(modeChanged(mode));
export const changePreset = (preset: string) => importAtom.set(presetChanged(preset));
export const changeEncoding = (encoding: ImportEncoding | '') =>
  importAtom.set(encodingChanged(encoding));
export const clearMapping = () => importAtom.set(mappingCleared());

/** Reads a picked mapping file (YAML or JSON text) and notes its description and encodings. */
export async function pickMappingFile(file: Pick<File, 'name' | 'text'>): Promise<void> {
  try {
    const text = await file.text();
    importAtom.set(mappingLoaded(file.name, text, summarizeMapping(file.name, text)));
  } catch (error) {
    importAtom.set(mappingFailed(messageOf(error)));
  }
}

// ── Runs ─────────────────────────────────────────────────────────────────

let following: Following | null = null;

/** Name of the window event sent when an import has changed the graph (the top bar's counts listen). */
export const graphChangedEvent = 'atlas:graph-changed';

function announceGraphChanged(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(graphChangedEvent));
}

async function follow(runId: number, jobId: string, deps: ImportDeps): Promise<void> {
  following?.cancel();
  const current = followJob({
    openEvents: deps.openEvents,
    eventsUrl: deps.api.eventsUrl(jobId),
    getJob: (signal) => deps.api.job(jobId, signal),
    onJob: (job) => {
      importAtom.set(jobReceived(runId, job));
      if (job.state === 'done' && !job.dryRun) announceGraphChanged();
    },
    ...(deps.pollMs !== undefined && { pollMs: deps.pollMs }),
    ...(deps.maxPollFailures !== undefined && { maxPollFailures: deps.maxPollFailures }),
  });
  following = current;
  try {
    await current.done;
  } catch (error) {
    importAtom.set(runFailed(runId, runErrorOf('follow', error)));
  } finally {
    if (following === current) following = null;
  }
}

/**
 * A dry run (`dryRun`: upload what is not uploaded yet, then check) or the import of the last
 * clean dry run (same uploads). Resolves when the job has ended or the run has failed; does
 * nothing when the run cannot start now (busy, nothing to read, no clean dry run).
 */
export async function startRun(dryRun: boolean, deps: ImportDeps = browserImportDeps) {
  const before = importAtom.get().runCount;
  importAtom.set(runStarted(dryRun));
  const state = importAtom.get();
  const run = state.run;
  if (state.runCount === before || !run) return;
  following?.cancel();
  const runId = run.id;
  const { selection } = state;

  let uploadIds = run.uploadIds;
  if (dryRun) {
    uploadIds = [];
    for (const { key, file } of selection.files) {
      const uploaded = importAtom.get().uploads[key]?.upload;
      if (uploaded) {
        uploadIds.push(uploaded.id);
        continue;
      }
      importAtom.set(uploadProgressed(runId, key, 0, file.size));
      try {
        const upload = await deps.api.upload(file, file.name, ({ loaded, total }) =>
          importAtom.set(uploadProgressed(runId, key, loaded, total)),
        );
        importAtom.set(fileUploaded(runId, key, upload));
        uploadIds.push(upload.id);
      } catch (error) {
        if (isAbortError(error)) return;
        importAtom.set(uploadFailed(runId, key, runErrorOf('upload', error, file.name)));
        return;
      }
    }
  }

  importAtom.set(jobStarting(runId, uploadIds));
  let job;
  try {
    job = await deps.api.startJob(buildJobRequest(selection, uploadIds, dryRun));
  } catch (error) {
    if (isUnknownUpload(error)) importAtom.set(uploadsForgotten(uploadIds));
    importAtom.set(runFailed(runId, runErrorOf('start', error)));
    return;
  }
  importAtom.set(jobReceived(runId, job));
  if (!isFinal(job)) await follow(runId, job.id, deps);
}

export const checkSelection = (deps: ImportDeps = browserImportDeps) => startRun(true, deps);
export const importChecked = (deps: ImportDeps = browserImportDeps) => startRun(false, deps);

/** After losing contact with a running job: follow it again (the job went on on the server). */
export function resumeFollowing(deps: ImportDeps = browserImportDeps): Promise<void> {
  const state = importAtom.get();
  const job = resumableJob(state);
  if (!job || !state.run) return Promise.resolve();
  const runId = state.run.id;
  importAtom.set(followResumed(runId));
  return follow(runId, job.id, deps);
}

/** Tries the failed run again: resumes following its job, or starts it over (sending only what is missing). */
export function retryRun(deps: ImportDeps = browserImportDeps): Promise<void> {
  const state = importAtom.get();
  if (resumableJob(state)) return resumeFollowing(deps);
  return startRun(state.run?.dryRun ?? true, deps);
}
