/**
 * The import view's state and its transitions, as pure `(state) => state` changes like the other
 * views': the selection, the presets the server offers, each picked file's upload, the current
 * run (a dry run or an import: uploading → starting → running → finished, or error), and the last
 * clean dry run, whose selection and upload ids the import re-uses. Changes for a run that is no
 * longer the current one are ignored. While a run is busy the selection does not change.
 */
import type { ImportJob, ImportPreset, Upload } from '@chanjiao/graph-schema';
import type { MappingSummary } from './mapping.ts';
import type { MappingIssue } from './progress.ts';
import {
  emptySelection,
  selectionProblem,
  selectionSignature,
  withFileRemoved,
  withFilesAdded,
  type ImportEncoding,
  type ImportSelection,
  type ReadMode,
} from './selection.ts';

export type PresetsState =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'ready'; presets: ImportPreset[] }
  | { type: 'error'; message: string };

export interface FileUpload {
  status: 'uploading' | 'done' | 'error';
  loaded: number;
  total: number;
  upload?: Upload;
  error?: string;
}

export type RunStage = 'uploading' | 'starting' | 'running' | 'finished' | 'error';

/** What stopped a run before its job ended. */
export interface RunError {
  /** Uploading a file, starting the job, or following it (the job may still be running). */
  step: 'upload' | 'start' | 'follow';
  /** `NETWORK`, `MAPPING_INVALID`, `BAD_REQUEST`… */
  code: string;
  message: string;
  /** The file whose upload failed. */
  file?: string;
  /** The reasons of a `MAPPING_INVALID` (or other detailed) answer. */
  issues: MappingIssue[];
  /** Trying the same again may work (network, server trouble); else the selection needs a change. */
  retryable: boolean;
}

export interface ImportRun {
  id: number;
  dryRun: boolean;
  /** The selection the run was started for. */
  signature: string;
  stage: RunStage;
  /** The upload ids, in file order, once every file is uploaded. */
  uploadIds: string[];
  job: ImportJob | null;
  error: RunError | null;
}

export interface CleanCheck {
  signature: string;
  uploadIds: string[];
  job: ImportJob;
}

export interface ImportState {
  selection: ImportSelection;
  /** Reading a picked mapping file failed. */
  mappingError: string | null;
  presets: PresetsState;
  /** Uploads by file key, kept across runs so a file is sent once. */
  uploads: Record<string, FileUpload>;
  run: ImportRun | null;
  /** The last dry run that found no problem, while no import has used it. */
  checked: CleanCheck | null;
  runCount: number;
}

export const initialImportState: ImportState = {
  selection: emptySelection,
  mappingError: null,
  presets: { type: 'idle' },
  uploads: {},
  run: null,
  checked: null,
  runCount: 0,
};

type Change = (state: ImportState) => ImportState;

// ── Queries ──────────────────────────────────────────────────────────────

export function isBusy(state: ImportState): boolean {
  const stage = state.run?.stage;
  return stage === 'uploading' || stage === 'starting' || stage === 'running';
}

export function canCheck(state: ImportState): boolean {
  return !isBusy(state) && selectionProblem(state.selection) === null;
}

/** Why the import button is off: a run is busy, or no clean dry run of this very selection. */
export type ImportBlocker = 'busy' | 'check' | 'changed' | null;

export function importBlocker(state: ImportState): ImportBlocker {
  if (isBusy(state)) return 'busy';
  if (!state.checked) return 'check';
  if (state.checked.signature !== selectionSignature(state.selection)) return 'changed';
  return null;
}

export const canImport = (state: ImportState) => importBlocker(state) === null;

/** The job a run may resume following after losing contact. */
export function resumableJob(state: ImportState): ImportJob | null {
  const run = state.run;
  return run?.stage === 'error' && run.error?.step === 'follow' && run.job ? run.job : null;
}

// ── Selection ────────────────────────────────────────────────────────────

const whenIdle =
  (change: Change): Change =>
  (state) =>
    isBusy(state) ? state : change(state);

const selectionUpdated = (update: (selection: ImportSelection) => ImportSelection): Change =>
  whenIdle((state) => ({ ...state, selection: update(state.selection) }));

export const filesAdded = (files: readonly File[]): Change =>
  selectionUpdated((selection) => withFilesAdded(selection, files));

export const fileRemoved = (key: string): Change =>
  selectionUpdated((selection) => withFileRemoved(selection, key));

/** The first preset when the preset mode is picked with none chosen yet. */
function defaultPreset(state: ImportState, selection: ImportSelection): ImportSelection {
  if (selection.mode !== 'preset' || selection.preset || state.presets.type !== 'ready')
    return selection;
  const first = state.presets.presets[0];
  return first ? { ...selection, preset: first.name } : selection;
}

export const modeChanged = (mode: ReadMode): Change =>
  whenIdle((state) => ({
    ...state,
    selection: defaultPreset(state, { ...state.selection, mode }),
  }));

export const presetChanged = (preset: string): Change =>
  selectionUpdated((selection) => ({ ...selection, preset }));

export const encodingChanged = (encoding: ImportEncoding | ''): Change =>
  selectionUpdated((selection) => ({ ...selection, encoding }));

export const mappingLoaded = (name: string, text: string, summary: MappingSummary): Change =>
  whenIdle((state) => ({
    ...state,
    mappingError: null,
    selection: { ...state.selection, mapping: { name, text, summary } },
  }));

/** Reading the file failed: the previous mapping (if any) stays picked. */
export const mappingFailed = (message: string): Change =>
  whenIdle((state) => ({ ...state, mappingError: message }));

export const mappingCleared = (): Change =>
  whenIdle((state) => ({
    ...state,
    mappingError: null,
    selection: { ...state.selection, mapping: null },
  }));

// ── Presets ──────────────────────────────────────────────────────────────

export const presetsRequested = (): Change => (state) => ({
  ...state,
  presets: { type: 'loading' },
});

export const presetsLoaded =
  (presets: ImportPreset[]): Change =>
  (state) => {
    const next: ImportState = { ...state, presets: { type: 'ready', presets } };
    return isBusy(next) ? next : { ...next, selection: defaultPreset(next, next.selection) };
  };

export const presetsFailed =
  (message: string): Change =>
  (state) => ({ ...state, presets: { type: 'error', message } });

// ── Runs ─────────────────────────────────────────────────────────────────

/**
 * Starts a dry run of the selection, or the import of the last clean dry run (whose uploads it
 * re-uses: it goes straight to starting the job). Unchanged when that is not possible now.
 */
export const runStarted =
  (dryRun: boolean): Change =>
  (state) => {
    if (dryRun ? !canCheck(state) : !canImport(state)) return state;
    const id = state.runCount + 1;
    const run: ImportRun = {
      id,
      dryRun,
      signature: selectionSignature(state.selection),
      stage: dryRun ? 'uploading' : 'starting',
      uploadIds: dryRun ? [] : [...state.checked!.uploadIds],
      job: null,
      error: null,
    };
    return { ...state, runCount: id, run };
  };

const forRun =
  (runId: number, change: (state: ImportState, run: ImportRun) => ImportState): Change =>
  (state) =>
    state.run && state.run.id === runId ? change(state, state.run) : state;

export const uploadProgressed = (
  runId: number,
  key: string,
  loaded: number,
  total: number,
): Change =>
  forRun(runId, (state) => ({
    ...state,
    uploads: { ...state.uploads, [key]: { status: 'uploading', loaded, total } },
  }));

export const fileUploaded = (runId: number, key: string, upload: Upload): Change =>
  forRun(runId, (state) => ({
    ...state,
    uploads: {
      ...state.uploads,
      [key]: { status: 'done', loaded: upload.bytes, total: upload.bytes, upload },
    },
  }));

/** The upload id of each picked file that is uploaded already, else null. */
export function uploadedIds(state: ImportState): (string | null)[] {
  return state.selection.files.map((p) => state.uploads[p.key]?.upload?.id ?? null);
}

export const uploadFailed = (runId: number, key: string, error: RunError): Change =>
  forRun(runId, (state, run) => ({
    ...state,
    uploads: {
      ...state.uploads,
      [key]: {
        status: 'error',
        loaded: state.uploads[key]?.loaded ?? 0,
        total: state.uploads[key]?.total ?? 0,
        error: error.message,
      },
    },
    run: { ...run, stage: 'error', error },
  }));

/** Forgets uploads the server no longer knows, so that the next check sends the files again. */
export const uploadsForgotten =
  (uploadIds: readonly string[]): Change =>
  (state) => {
    const forget = new Set(uploadIds);
    const uploads = Object.fromEntries(
      Object.entries(state.uploads).filter(([, u]) => !(u.upload && forget.has(u.upload.id))),
    );
    const stale = state.checked?.uploadIds.some((id) => forget.has(id));
    return { ...state, uploads, checked: stale ? null : state.checked };
  };

export const jobStarting = (runId: number, uploadIds: readonly string[]): Change =>
  forRun(runId, (state, run) => ({
    ...state,
    run: { ...run, stage: 'starting', uploadIds: [...uploadIds] },
  }));

/**
 * A new state of the run's job. When it ends: a dry run without problems becomes the clean check
 * the import may use (any other dry run clears it); a completed import uses the check up.
 */
export const jobReceived = (runId: number, job: ImportJob): Change =>
  forRun(runId, (state, run) => {
    const final = job.state !== 'running';
    const next: ImportState = {
      ...state,
      run: { ...run, stage: final ? 'finished' : 'running', job, error: null },
    };
    if (!final) return next;
    if (run.dryRun)
      return {
        ...next,
        checked:
          job.state === 'done' ? { signature: run.signature, uploadIds: run.uploadIds, job } : null,
      };
    return job.state === 'done' ? { ...next, checked: null } : next;
  });

export const runFailed = (runId: number, error: RunError): Change =>
  forRun(runId, (state, run) => ({ ...state, run: { ...run, stage: 'error', error } }));

/** Following a job again after losing contact. */
export const followResumed = (runId: number): Change =>
  forRun(runId, (state, run) =>
    run.stage === 'error' && run.job
      ? { ...state, run: { ...run, stage: 'running', error: null } }
      : state,
  );

/** Applies changes in order (for tests and batched updates). */
export function applyAll(state: ImportState, changes: readonly Change[]): ImportState {
  return changes.reduce((current, change) => change(current), state);
}
