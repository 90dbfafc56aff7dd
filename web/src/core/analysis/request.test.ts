import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors.ts';
import type { ApiClient } from '../api/client.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { analysisView, createAnalysis, type AnalysisDefinition } from './define.ts';
import {
  checkedKey,
  initialRequestState,
  requestAnswered,
  requestFailed,
  requestInvalid,
  requestKey,
  requestStarted,
  type Checked,
} from './request.ts';

describe('request state', () => {
  it('keys parameters whatever their order, ignoring undefined fields', () => {
    expect(requestKey({ a: 1, b: { d: 2, c: [1, { f: 1, e: 2 }] } })).toBe(
      requestKey({ b: { c: [1, { e: 2, f: 1 }], d: 2 }, a: 1, z: undefined }),
    );
    expect(requestKey({ a: 1 })).not.toBe(requestKey({ a: 2 }));
    expect(checkedKey({ problem: 'chain' })).toBe('problem:chain');
  });

  it('keeps the previous answer while loading or not askable, and drops late answers', () => {
    const first = requestStarted<string>('k1')(initialRequestState<string>());
    expect(first).toEqual({
      key: 'k1',
      requestId: 1,
      result: { type: 'loading', requestId: 1, previous: null },
    });
    const answered = requestAnswered(1, 'answer 1')(first);
    const second = requestStarted<string>('k2')(answered);
    expect(second.result).toEqual({ type: 'loading', requestId: 2, previous: 'answer 1' });
    expect(requestAnswered(1, 'late')(second)).toBe(second);
    expect(requestFailed<string>(1, 'late')(second)).toBe(second);
    expect(requestFailed<string>(2, 'Not found', 'NOT_FOUND')(second).result).toEqual({
      type: 'error',
      requestId: 2,
      message: 'Not found',
      code: 'NOT_FOUND',
    });
    expect(requestInvalid<string>('period')(answered)).toEqual({
      key: null,
      requestId: 1,
      result: { type: 'invalid', problem: 'period', previous: 'answer 1' },
    });
  });
});

interface Search {
  topic?: string;
  sel?: string;
}

interface Params {
  topic: string;
}

type Answer = { topic: string; nodes: string[] };

/** A definition whose fetches wait until the test settles them, and that records what it did. */
function harness() {
  const pending: {
    params: Params;
    signal: AbortSignal;
    resolve: (answer: Answer) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const drawn: string[] = [];
  const shown: string[] = [];
  const graph = createAtlasGraph();
  const definition: AnalysisDefinition<Search, Params, Answer> = {
    params: (search): Checked<Params> =>
      search.topic ? { params: { topic: search.topic } } : { problem: 'chain' },
    fetch: (_client, params, signal) =>
      new Promise<Answer>((resolve, reject) => {
        pending.push({ params, signal, resolve, reject });
        signal.addEventListener('abort', () =>
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
        );
      }),
    graph,
    draw(g, answer) {
      g.clear();
      for (const node of answer.nodes) g.addNode(node, { kind: 'Chain', key: node, x: 0, y: 0 });
      drawn.push(answer.topic);
    },
    focus: (answer, selected) =>
      new Set(answer.nodes.filter((node) => node === selected || node.startsWith(`${selected}/`))),
    shown: (answer) => shown.push(answer.topic),
  };
  const analysis = createAnalysis(definition);
  const client = {} as ApiClient;
  const settle = async (index: number, answer: Answer) => {
    pending[index]?.resolve(answer);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { analysis, definition, pending, drawn, shown, graph, client, settle };
}

describe('analysis pipeline', () => {
  it('fetches once per parameters, draws before showing, and brings the pick forward', async () => {
    const h = harness();
    const asked = h.analysis.ask({ topic: 'a' }, h.client);
    // Asking again (a re-render, a new pick) while under way does not fetch again.
    await h.analysis.ask({ topic: 'a', sel: 'x' }, h.client);
    expect(h.pending).toHaveLength(1);
    expect(h.analysis.atom.get().result.type).toBe('loading');
    await h.settle(0, { topic: 'a', nodes: ['x', 'x/1', 'y'] });
    await asked;
    expect(h.drawn).toEqual(['a']);
    expect(h.graph.order).toBe(3);
    expect(h.shown).toEqual(['a']);
    await h.analysis.ask({ topic: 'a', sel: 'y' }, h.client);
    expect(h.pending).toHaveLength(1);

    const state = h.analysis.atom.get();
    expect(analysisView(h.definition, state, undefined)).toMatchObject({
      answer: { topic: 'a' },
      focus: null,
    });
    expect([...(analysisView(h.definition, state, 'x').focus ?? [])]).toEqual(['x', 'x/1']);
    // A pick the answer does not hold brings nothing forward (rather than dimming everything).
    expect(analysisView(h.definition, state, 'gone').focus).toBeNull();
  });

  it('cancels the request new parameters replace, and never shows its answer', async () => {
    const h = harness();
    const first = h.analysis.ask({ topic: 'a' }, h.client);
    const second = h.analysis.ask({ topic: 'b' }, h.client);
    expect(h.pending[0]?.signal.aborted).toBe(true);
    await first;
    await h.settle(1, { topic: 'b', nodes: ['b'] });
    await second;
    expect(h.drawn).toEqual(['b']);
    expect(h.analysis.atom.get().result).toMatchObject({ type: 'ready', answer: { topic: 'b' } });
  });

  it('says why it cannot ask, keeping the answer on screen, and asks again when it can', async () => {
    const h = harness();
    const asked = h.analysis.ask({ topic: 'a' }, h.client);
    await h.settle(0, { topic: 'a', nodes: [] });
    await asked;
    await h.analysis.ask({}, h.client);
    expect(h.analysis.atom.get().result).toEqual({
      type: 'invalid',
      problem: 'chain',
      previous: { topic: 'a', nodes: [] },
    });
    void h.analysis.ask({ topic: 'a' }, h.client);
    expect(h.pending).toHaveLength(2);
  });

  it('shows the server’s failure with its code, and retries the same parameters', async () => {
    const h = harness();
    const asked = h.analysis.ask({ topic: 'a' }, h.client);
    h.pending[0]?.reject(new ApiError('no chain a', 404, 'NOT_FOUND'));
    await asked;
    expect(h.analysis.atom.get().result).toMatchObject({
      type: 'error',
      message: 'no chain a',
      code: 'NOT_FOUND',
    });
    expect(h.drawn).toEqual([]);
    const retried = h.analysis.retry(h.client);
    expect(h.pending[1]?.params).toEqual({ topic: 'a' });
    await h.settle(1, { topic: 'a', nodes: ['a'] });
    await retried;
    expect(h.analysis.atom.get().result.type).toBe('ready');
    // After a failure the same parameters are asked again (a remount, a revisit).
    const failedAgain = h.analysis.ask({ topic: 'c' }, h.client);
    h.pending[2]?.reject(new Error('offline'));
    await failedAgain;
    void h.analysis.ask({ topic: 'c' }, h.client);
    expect(h.pending).toHaveLength(4);
  });
});
