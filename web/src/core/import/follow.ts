/**
 * Following a job until it ends: its Server-Sent Events stream (each message is the whole job),
 * or — when the stream cannot be opened or breaks before the job ends — polling the job every
 * 500 ms. Polling rides out short network failures; after a few in a row, or an answer that the
 * job is unknown, it gives up with the error (the job may still be running; following can resume).
 */
import type { ImportJob } from '@chanjiao/graph-schema';
import { ApiError, isAbortError } from '../api/index.ts';
import { isImportJob } from './api.ts';

/** The part of `EventSource` the follower uses. */
export interface EventStream {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface FollowOptions {
  /** Opens the event stream at a URL; null (or a throw) means polling from the start. */
  openEvents: ((url: string) => EventStream) | null;
  eventsUrl: string;
  getJob: (signal: AbortSignal) => Promise<ImportJob>;
  onJob: (job: ImportJob) => void;
  pollMs?: number;
  /** Consecutive failed polls after which following gives up. */
  maxPollFailures?: number;
}

export interface Following {
  /** The job in its final state; rejects when following fails (never on `cancel`). */
  done: Promise<ImportJob>;
  cancel(): void;
}

export const pollIntervalMs = 500;
export const maxPollFailures = 10;

export const isFinal = (job: Pick<ImportJob, 'state'>) => job.state !== 'running';

/** Network trouble and server hiccups are worth another try; a 4xx answer is not. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === 'NETWORK' || error.status >= 500 || error.status === 0;
}

export const browserEvents: ((url: string) => EventStream) | null =
  typeof EventSource === 'undefined' ? null : (url) => new EventSource(url);

export function followJob(options: FollowOptions): Following {
  const pollMs = options.pollMs ?? pollIntervalMs;
  const failuresAllowed = options.maxPollFailures ?? maxPollFailures;
  let stream: EventStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let polling = false;
  let over = false;
  const controller = new AbortController();
  let resolve!: (job: ImportJob) => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<ImportJob>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  const stop = () => {
    over = true;
    stream?.close();
    stream = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    controller.abort();
  };

  const receive = (job: ImportJob) => {
    if (over) return;
    options.onJob(job);
    if (isFinal(job)) {
      stop();
      resolve(job);
    }
  };

  let failures = 0;
  const poll = async () => {
    timer = null;
    if (over) return;
    try {
      const job = await options.getJob(controller.signal);
      failures = 0;
      receive(job);
    } catch (error) {
      if (over || isAbortError(error)) return;
      failures += 1;
      if (!isTransient(error) || failures >= failuresAllowed) {
        stop();
        reject(error);
        return;
      }
    }
    if (!over) timer = setTimeout(() => void poll(), pollMs);
  };

  const startPolling = () => {
    if (polling || over) return;
    polling = true;
    stream?.close();
    stream = null;
    void poll();
  };

  if (options.openEvents) {
    try {
      stream = options.openEvents(options.eventsUrl);
      stream.onmessage = (event) => {
        let job: unknown;
        try {
          job = JSON.parse(String(event.data));
        } catch {
          return;
        }
        if (isImportJob(job)) receive(job);
      };
      // The stream ends after the final state, which has closed it already; any other error
      // (no stream support, a proxy cutting it) falls back to polling.
      stream.onerror = () => startPolling();
    } catch {
      startPolling();
    }
  } else startPolling();

  return {
    done,
    cancel: () => {
      if (!over) stop();
    },
  };
}
