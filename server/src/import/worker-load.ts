/**
 * A load off the main thread: when an import of NDJSON files goes into an empty embedded store
 * (a bulk session that offers `load`), a worker thread (load-worker.ts) reads, decodes, validates
 * and numbers the records and hands over rows ready to insert; this thread only runs the INSERTs in
 * the session's one transaction. Decoding and validation then cost this thread nothing, and the
 * rows it receives are strings and typed arrays — no record objects, so far less garbage.
 *
 * The worker takes clean input only (load-worker.ts says what that is). At anything else it stops
 * and this answers null: the caller rolls the session back and runs the general import, which
 * reports problems with their line and field exactly as before — a rejected import still writes
 * nothing, and the error is the same ImportProblemsError.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RowLoad } from '../store/port.ts';
import type { LoadMessage, LoadTask } from './load-worker.ts';
import type { ImportSource } from './source.ts';

const workerEntry = path.join(import.meta.dirname, 'load-worker.boot.mjs');

/**
 * Below this many bytes of files the worker's start (loading its modules: 1.3–1.4 s measured on a
 * busy 2-core machine) costs more than it saves: 16 MiB is about 80,000 records, about a second of
 * the import on the main thread.
 */
export const offThreadMinBytes = 16 << 20;

/** Batches (about 1 MiB of input each) the worker may prepare ahead of the inserts. */
const ahead = 4;

export type OffThread = 'auto' | 'always' | 'never';

/** The files of the sources when every one is an NDJSON file and the load should go off-thread. */
export function offThreadFiles(
  sources: ImportSource[],
  mode: OffThread,
): { path: string; name: string }[] | null {
  if (mode === 'never') return null;
  const files: { path: string; name: string }[] = [];
  for (const source of sources) {
    if (source.ndjsonPath === undefined) return null;
    files.push({ path: source.ndjsonPath, name: source.file });
  }
  const bytes = sources.reduce((n, s) => n + s.bytes, 0);
  return mode === 'always' || bytes >= offThreadMinBytes ? files : null;
}

export interface OffThreadProgress {
  /** Index of the file being read, and its bytes read so far. */
  file: number;
  bytes: number;
  /** Records of every file so far. */
  records: number;
}

/** Loads the files through `load`; null when the input is not clean (nothing is undone here). */
export async function loadOffThread(
  load: RowLoad,
  files: { path: string; name: string }[],
  stamp: string,
  onProgress: (progress: OffThreadProgress) => void,
): Promise<{ records: number; nodes: number; edges: number } | null> {
  const worker = new Worker(workerEntry);
  try {
    return await new Promise((resolve, reject) => {
      worker.on('message', (message: LoadMessage) => {
        try {
          switch (message.type) {
            case 'batch':
              load.rows(message.batch);
              worker.postMessage('take');
              onProgress(message);
              break;
            case 'unclean':
              resolve(null);
              break;
            case 'done':
              resolve(message);
              break;
            case 'error':
              reject(new Error(`the load's worker failed: ${message.message}`));
          }
        } catch (error) {
          reject(error as Error);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        reject(new Error(`the load's worker stopped (exit code ${code})`)),
      );
      worker.postMessage({ files, stamp, base: load.base, ahead } satisfies LoadTask);
    });
  } finally {
    await worker.terminate();
  }
}
