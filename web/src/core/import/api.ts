/**
 * The import endpoints: upload a file's raw bytes (with progress), list the presets, start a job
 * and read it back. Answers are checked for the fields the view relies on; errors are the same
 * `ApiError`s as the rest of the client (`NETWORK` when no answer came, the server's code and
 * details otherwise).
 */
import type { ImportJob, ImportJobRequest, ImportPreset, Upload } from '@chanjiao/graph-schema';
import { ApiError, apiPaths, fetchJson, type Fetch } from '../api/index.ts';
import { errorFromResponse } from '../api/errors.ts';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface ImportApi {
  presets(signal?: AbortSignal): Promise<ImportPreset[]>;
  /** Sends the file's bytes as they are; `onProgress` follows the upload when the browser can tell. */
  upload(
    file: Blob,
    name: string,
    onProgress?: (progress: UploadProgress) => void,
    signal?: AbortSignal,
  ): Promise<Upload>;
  startJob(request: ImportJobRequest): Promise<ImportJob>;
  job(id: string, signal?: AbortSignal): Promise<ImportJob>;
  /** The URL of the job's Server-Sent Events stream. */
  eventsUrl(id: string): string;
}

export interface ImportApiOptions {
  fetch?: Fetch;
  /** Makes the request that uploads with progress; without one, uploads go through `fetch`. */
  xhr?: (() => XMLHttpRequest) | null;
  base?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const jobStates = new Set(['running', 'done', 'rejected', 'failed']);

/** Whether a value has the job fields the view reads. */
export function isImportJob(value: unknown): value is ImportJob {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.state === 'string' &&
    jobStates.has(value.state) &&
    typeof value.dryRun === 'boolean' &&
    isRecord(value.progress) &&
    typeof value.progress.phase === 'string' &&
    Array.isArray(value.problems) &&
    typeof value.problemsTotal === 'number'
  );
}

function isUpload(value: unknown): value is Upload {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

function badResponse(path: string, expected: string): ApiError {
  return new ApiError(
    `Unexpected response from ${path}: expected ${expected}`,
    200,
    'BAD_RESPONSE',
  );
}

function abortError(): Error {
  const error = new Error('The upload was aborted');
  error.name = 'AbortError';
  return error;
}

/** POSTs the bytes with XMLHttpRequest, whose `upload.onprogress` reports the bytes sent. */
function xhrPost(
  makeXhr: () => XMLHttpRequest,
  url: string,
  body: Blob,
  onProgress: ((progress: UploadProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = makeXhr();
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal?.removeEventListener('abort', onAbort);
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (onProgress)
      xhr.upload.onprogress = (event) =>
        onProgress({
          loaded: event.loaded,
          total: event.lengthComputable ? event.total : body.size,
        });
    xhr.onload = () => {
      settle();
      let parsed: unknown = undefined;
      if (xhr.responseText)
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          if (xhr.status >= 200 && xhr.status < 300) {
            reject(badResponse(url, 'JSON'));
            return;
          }
        }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed);
      else reject(errorFromResponse(xhr.status, xhr.statusText, parsed));
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError('network error', 0, 'NETWORK'));
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    xhr.send(body);
  });
}

const browserXhr = typeof XMLHttpRequest === 'undefined' ? null : () => new XMLHttpRequest();

export function createImportApi(options: ImportApiOptions = {}): ImportApi {
  const fetchImpl: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const makeXhr = options.xhr === undefined ? browserXhr : options.xhr;
  const base = options.base ?? '';

  async function checkedJob(path: string, body: unknown): Promise<ImportJob> {
    if (!isImportJob(body)) throw badResponse(path, 'an import job');
    return body;
  }

  return {
    async presets(signal) {
      const path = apiPaths.importPresets();
      const body = await fetchJson(fetchImpl, base + path, signal ? { signal } : {});
      if (!isRecord(body) || !Array.isArray(body.presets))
        throw badResponse(path, '{presets: [...]}');
      return body.presets.filter(
        (p): p is ImportPreset => isRecord(p) && typeof p.name === 'string',
      );
    },

    async upload(file, name, onProgress, signal) {
      const path = apiPaths.upload(name);
      const body = makeXhr
        ? await xhrPost(makeXhr, base + path, file, onProgress, signal)
        : await fetchJson(fetchImpl, base + path, {
            method: 'POST',
            headers: { 'content-type': 'application/octet-stream' },
            body: file,
            ...(signal && { signal }),
          });
      if (!isUpload(body)) throw badResponse(path, '{id, name, bytes}');
      onProgress?.({ loaded: file.size, total: file.size });
      return body;
    },

    async startJob(request) {
      const path = apiPaths.importJobs();
      const body = await fetchJson(fetchImpl, base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return checkedJob(path, body);
    },

    async job(id, signal) {
      const path = apiPaths.importJob(id);
      return checkedJob(path, await fetchJson(fetchImpl, base + path, signal ? { signal } : {}));
    },

    eventsUrl: (id) => base + apiPaths.importJobEvents(id),
  };
}
