import { describe, expect, it } from 'vitest';
import type { Fetch } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import { apiPaths } from '../api/urls.ts';
import { createImportApi, isImportJob } from './api.ts';
import { doneJob, file, sampleJob } from './fixtures.ts';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): Fetch {
  return async (url, init) => {
    seen.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/** Just enough of XMLHttpRequest: records the request, then answers or fails on `send`. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor(private readonly answer: { status: number; body: string } | 'network') {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  abort() {
    this.onabort?.();
  }
  send(body: Blob) {
    this.body = body;
    queueMicrotask(() => {
      if (this.answer === 'network') {
        this.onerror?.();
        return;
      }
      this.upload.onprogress?.({
        loaded: 5,
        total: body.size,
        lengthComputable: true,
      } as ProgressEvent);
      this.status = this.answer.status;
      this.responseText = this.answer.body;
      this.onload?.();
    });
  }
}

const xhrAnswering = (answer: ConstructorParameters<typeof FakeXhr>[0]) => () =>
  new FakeXhr(answer) as unknown as XMLHttpRequest;

describe('import API paths', () => {
  it('encodes file names and job ids', () => {
    expect(apiPaths.upload('职业 数据+1.csv')).toBe(
      '/api/uploads?name=%E8%81%8C%E4%B8%9A%20%E6%95%B0%E6%8D%AE%2B1.csv',
    );
    expect(apiPaths.importJob('a/b')).toBe('/api/import-jobs/a%2Fb');
    expect(apiPaths.importJobEvents('j1')).toBe('/api/import-jobs/j1/events');
  });
});

describe('createImportApi', () => {
  it('uploads the raw bytes with fetch when there is no XMLHttpRequest', async () => {
    const seen: Seen[] = [];
    const api = createImportApi({
      fetch: fakeFetch(201, { id: 'u1', name: 'a.csv', bytes: 8 }, seen),
      xhr: null,
    });
    const progress: number[] = [];
    const data = file('a.csv');
    await expect(api.upload(data, 'a.csv', (p) => progress.push(p.loaded))).resolves.toEqual({
      id: 'u1',
      name: 'a.csv',
      bytes: 8,
    });
    expect(seen[0]!.url).toBe('/api/uploads?name=a.csv');
    expect(seen[0]!.init?.method).toBe('POST');
    expect(seen[0]!.init?.body).toBe(data);
    expect(seen[0]!.init?.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      accept: 'application/json',
    });
    expect(progress).toEqual([8]);
  });

  it('uploads with XMLHttpRequest and reports the bytes sent', async () => {
    const api = createImportApi({
      xhr: xhrAnswering({ status: 201, body: JSON.stringify({ id: 'u2', name: 'b', bytes: 8 }) }),
    });
    const progress: [number, number][] = [];
    const data = file('b.csv');
    const answer = await api.upload(data, 'b.csv', (p) => progress.push([p.loaded, p.total]));
    expect(answer.id).toBe('u2');
    expect(FakeXhr.last).toMatchObject({
      method: 'POST',
      url: '/api/uploads?name=b.csv',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(FakeXhr.last!.body).toBe(data);
    expect(progress).toEqual([
      [5, 8],
      [8, 8],
    ]);
  });

  it('turns XMLHttpRequest failures into ApiErrors', async () => {
    const offline = createImportApi({ xhr: xhrAnswering('network') });
    await expect(offline.upload(file('a.csv'), 'a.csv')).rejects.toMatchObject({
      name: 'ApiError',
      code: 'NETWORK',
    });
    const tooBig = createImportApi({
      xhr: xhrAnswering({
        status: 413,
        body: JSON.stringify({
          statusCode: 413,
          error: 'Payload Too Large',
          code: 'PAYLOAD_TOO_LARGE',
          message: 'too large',
        }),
      }),
    });
    await expect(tooBig.upload(file('a.csv'), 'a.csv')).rejects.toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'too large',
    });
    const proxy = createImportApi({ xhr: xhrAnswering({ status: 502, body: '<html>' }) });
    await expect(proxy.upload(file('a.csv'), 'a.csv')).rejects.toMatchObject({
      code: 'HTTP_502',
    });
  });

  it('stops an upload when its signal aborts', async () => {
    const api = createImportApi({ xhr: xhrAnswering('network') });
    const controller = new AbortController();
    controller.abort();
    await expect(
      api.upload(file('a.csv'), 'a.csv', undefined, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('starts a job with the JSON request and keeps the details of a rejection', async () => {
    const seen: Seen[] = [];
    const started = createImportApi({ fetch: fakeFetch(202, sampleJob(), seen) });
    const request = { uploads: ['u1'], preset: 'onet', dryRun: true };
    await expect(started.startJob(request)).resolves.toMatchObject({ id: 'job-1' });
    expect(seen[0]!.url).toBe('/api/import-jobs');
    expect(seen[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]!.init?.body))).toEqual(request);
    expect(seen[0]!.init?.headers).toMatchObject({ 'content-type': 'application/json' });

    const invalid = createImportApi({
      fetch: fakeFetch(400, {
        statusCode: 400,
        error: 'Bad Request',
        code: 'MAPPING_INVALID',
        message: 'the mapping is invalid: 2 problems',
        details: [
          { path: 'files.0.match', message: 'Required' },
          { file: 'a.csv', column: 'code', message: 'no such column' },
        ],
      }),
    });
    const error = await invalid.startJob(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'MAPPING_INVALID' });
    expect((error as ApiError).details).toHaveLength(2);
  });

  it('reads jobs and presets and checks their shape', async () => {
    const seen: Seen[] = [];
    await expect(
      createImportApi({ fetch: fakeFetch(200, doneJob(), seen) }).job('job-1'),
    ).resolves.toMatchObject({ state: 'done' });
    expect(seen[0]!.url).toBe('/api/import-jobs/job-1');
    await expect(
      createImportApi({ fetch: fakeFetch(200, { id: 'job-1', state: 'weird' }) }).job('job-1'),
    ).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    const presets = [{ name: 'onet', description: 'O*NET', files: ['*.txt'] }];
    await expect(
      createImportApi({ fetch: fakeFetch(200, { presets }) }).presets(),
    ).resolves.toEqual(presets);
    await expect(
      createImportApi({ fetch: fakeFetch(200, [presets]) }).presets(),
    ).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    expect(createImportApi({ base: 'http://h' }).eventsUrl('j')).toBe(
      'http://h/api/import-jobs/j/events',
    );
  });

  it('recognises import jobs', () => {
    expect(isImportJob(sampleJob())).toBe(true);
    expect(isImportJob({ ...sampleJob(), problems: undefined })).toBe(false);
    expect(isImportJob(null)).toBe(false);
  });
});
