import type { ImportJob } from '@chanjiao/graph-schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors.ts';
import { doneJob, sampleJob } from './fixtures.ts';
import { followJob, type EventStream } from './follow.ts';

class FakeStream implements EventStream {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  send(data: unknown) {
    this.onmessage?.({
      data: typeof data === 'string' ? data : JSON.stringify(data),
    } as MessageEvent);
  }
  fail() {
    this.onerror?.({} as Event);
  }
  close() {
    this.closed = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup(answers: (ImportJob | Error)[] = [], options: { stream?: boolean } = {}) {
  const streams: FakeStream[] = [];
  const seen: ImportJob[] = [];
  let polls = 0;
  const following = followJob({
    openEvents:
      options.stream === false
        ? null
        : (url) => {
            const stream = new FakeStream(url);
            streams.push(stream);
            return stream;
          },
    eventsUrl: '/api/import-jobs/job-1/events',
    getJob: async () => {
      const answer = answers[Math.min(polls, answers.length - 1)];
      polls += 1;
      if (!answer) throw new Error('no answer');
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onJob: (job) => seen.push(job),
    pollMs: 500,
    maxPollFailures: 3,
  });
  return { following, streams, seen, polls: () => polls };
}

describe('followJob', () => {
  it('follows the event stream to the final state, then closes it', async () => {
    const { following, streams, seen, polls } = setup();
    const stream = streams[0]!;
    expect(stream.url).toBe('/api/import-jobs/job-1/events');
    stream.send(sampleJob());
    stream.send('not json');
    stream.send({ hello: 'world' });
    stream.send(doneJob());
    await expect(following.done).resolves.toMatchObject({ state: 'done' });
    expect(seen.map((j) => j.state)).toEqual(['running', 'done']);
    expect(stream.closed).toBe(true);
    // The end of the stream after the final state is not an error.
    stream.fail();
    expect(polls()).toBe(0);
  });

  it('falls back to polling every 500 ms when the stream errors', async () => {
    const { following, streams, seen, polls } = setup([sampleJob(), sampleJob(), doneJob()]);
    streams[0]!.send(sampleJob());
    streams[0]!.fail();
    expect(streams[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(polls()).toBe(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(polls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(polls()).toBe(2);
    await vi.advanceTimersByTimeAsync(500);
    await expect(following.done).resolves.toMatchObject({ state: 'done' });
    expect(seen).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(5000);
    expect(polls()).toBe(3);
  });

  it('polls from the start without EventSource and rides out a short network failure', async () => {
    const offline = new ApiError('Failed to fetch', 0, 'NETWORK');
    const { following, polls } = setup([offline, sampleJob(), offline, offline, doneJob()], {
      stream: false,
    });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(following.done).resolves.toMatchObject({ state: 'done' });
    expect(polls()).toBe(5);
  });

  it('gives up after repeated failures, or at once when the job is unknown', async () => {
    const offline = new ApiError('Failed to fetch', 0, 'NETWORK');
    const down = setup([offline], { stream: false });
    const rejection = expect(down.following.done).rejects.toMatchObject({ code: 'NETWORK' });
    await vi.advanceTimersByTimeAsync(5000);
    await rejection;
    expect(down.polls()).toBe(3);

    const unknown = setup([new ApiError('no such job', 404, 'NOT_FOUND')], { stream: false });
    await expect(unknown.following.done).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.polls()).toBe(1);
  });

  it('stops everything on cancel', async () => {
    const { following, streams, seen, polls } = setup([sampleJob()]);
    streams[0]!.fail();
    await vi.advanceTimersByTimeAsync(0);
    following.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(polls()).toBe(1);
    streams[0]!.send(doneJob());
    expect(seen).toHaveLength(1);
  });
});
