/**
 * Import jobs for the API and the web client: files are uploaded first (streamed to the data
 * directory), then an import job reads them — as NDJSON, through a mapping or through a preset —
 * in the background, one job at a time, publishing its progress. Mapping and header problems are
 * found when the job is created, before any row is read; row problems end the job as `rejected`
 * with every problem located. Uploads are kept for a day so a dry run and the real import can use
 * the same files.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ImportJob, ImportJobRequest } from '@chanjiao/graph-schema';
import { AtlasError, NotFoundError } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import { openImportSources } from './open-sources.ts';
import { ImportProblemsError, streamImport } from './stream-import.ts';
import { Uploads, type UploadLimits } from './uploads.ts';

export { UploadQuotaError, UploadTooLargeError } from './uploads.ts';

/** Limits when none are configured (the server passes ATLAS_UPLOAD_*). */
export const defaultUploadLimits: UploadLimits = {
  maxBytes: 1024 ** 3,
  quotaBytes: 4 * 1024 ** 3,
  ttlMs: 24 * 3600_000,
};

/** Finished jobs kept for GET. */
const keptJobs = 50;
/** How often a running job publishes its progress. */
const publishEveryMs = 250;

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly events = new EventEmitter();
  private queue: Promise<void> = Promise.resolve();

  readonly uploads: Uploads;

  constructor(
    private readonly store: GraphStore,
    uploadsDir: string,
    limits: UploadLimits = defaultUploadLimits,
  ) {
    this.uploads = new Uploads(uploadsDir, limits);
    this.events.setMaxListeners(0);
  }

  /**
   * Checks the request, the mapping and the files' headers (throwing a 400/404 now), then queues
   * the job and returns it.
   */
  async start(request: ImportJobRequest): Promise<ImportJob> {
    const uploads = request.uploads.map((id) => this.uploads.get(id));
    const { sources, notices } = await openImportSources({
      files: uploads.map((u) => ({ path: u.path, name: u.name })),
      ...(request.mapping !== undefined && {
        mapping: { text: request.mapping, origin: 'mapping' },
      }),
      ...(request.preset !== undefined && { preset: request.preset }),
      ...(request.encoding !== undefined && { encoding: request.encoding }),
    });
    const dryRun = request.dryRun ?? false;
    const job: ImportJob = {
      id: randomUUID(),
      state: 'running',
      dryRun,
      files: uploads.map((u) => ({ name: u.name, bytes: u.bytes })),
      progress: {
        phase: 'queued',
        bytesRead: 0,
        bytesTotal: sources.reduce((n, s) => n + s.bytes, 0),
        rows: 0,
        records: 0,
      },
      notices: { ...notices, shortRows: [] },
      problems: [],
      problemsTotal: 0,
      startedAt: new Date().toISOString(),
    };
    this.remember(job);
    this.queue = this.queue.then(async () => {
      let dirty = true;
      const timer = setInterval(() => {
        if (dirty) this.publish(job);
        dirty = false;
      }, publishEveryMs);
      try {
        const outcome = await streamImport(this.store, sources, {
          dryRun,
          notices,
          onProgress: (p) => {
            job.progress = p;
            dirty = true;
          },
        });
        job.result = {
          records: outcome.records,
          rowsSkipped: outcome.rowsSkipped,
          counts: outcome.counts,
          seconds: outcome.seconds,
        };
        job.notices = outcome.notices;
        job.state = 'done';
      } catch (error) {
        if (error instanceof ImportProblemsError) {
          job.state = 'rejected';
          job.problems = error.problems;
          job.problemsTotal = error.total;
        } else {
          job.state = 'failed';
          job.error =
            error instanceof AtlasError
              ? { code: error.code, message: error.message }
              : { code: 'INTERNAL', message: (error as Error).message };
        }
      } finally {
        clearInterval(timer);
        job.finishedAt = new Date().toISOString();
        this.publish(job);
      }
    });
    return structuredClone(job);
  }

  get(id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job)
      throw new NotFoundError(
        `import job ${id} not found (finished jobs are kept while ${keptJobs} newer ones do not replace them)`,
      );
    return structuredClone(job);
  }

  /** Calls `listener` with each published snapshot of the job until it finishes. */
  subscribe(id: string, listener: (job: ImportJob) => void): () => void {
    const handler = (job: ImportJob) => listener(structuredClone(job));
    this.events.on(id, handler);
    return () => this.events.off(id, handler);
  }

  /** Imports running outside the queue (`POST /api/import`), awaited by `idle` too. */
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Runs an import outside the queue, so that a graceful shutdown waits for it. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  /** Resolves when every queued job and tracked import has finished (for a graceful shutdown). */
  async idle(): Promise<void> {
    await this.queue;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Waits for the queued jobs, then stops the upload purge timer. */
  async close(): Promise<void> {
    await this.idle();
    this.uploads.close();
  }

  private publish(job: ImportJob): void {
    this.events.emit(job.id, job);
  }

  private remember(job: ImportJob): void {
    this.jobs.set(job.id, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= keptJobs) break;
      if (old.state !== 'running') this.jobs.delete(id);
    }
  }
}
