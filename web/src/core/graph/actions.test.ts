import type { Neighbourhood } from '@chanjiao/graph-schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client.ts';
import { unusedAnalysisApi } from '../api/analysisClient.ts';
import type { NeighbourhoodParams } from '../api/urls.ts';
import { hiddenKindsAtom } from '../filters/index.ts';
import { selectionAtom } from '../selection/index.ts';
import {
  applyExplorerSearch,
  atlasGraph,
  bringIntoView,
  explorerAtom,
  retryExplorer,
} from './index.ts';

// The layout runs in a web worker; these tests are about data and state, not positions.
const layout = vi.hoisted(() => ({ started: [] as number[], chains: [] as string[] }));
vi.mock('../layout/index.ts', () => ({
  layoutDurations: { full: 2500, settle: 1500 },
  startLayout: (_graph: unknown, ms: number) => layout.started.push(ms),
  stopLayout: () => undefined,
  layoutChain: (_graph: unknown, chain: string) => layout.chains.push(chain),
}));

interface FakeOptions {
  truncated?: boolean;
  fail?: (id: string) => string | null;
  /** Resolves when the test says so, to interleave two syncs. */
  gate?: Promise<void>;
}

/** A fake API whose neighbourhoods are stars: every node links to three leaves of its own. */
function fakeClient(calls: string[], options: FakeOptions = {}): ApiClient {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    ...unusedAnalysisApi(),
    schema: unused,
    health: unused,
    search: unused,
    node: unused,
    skillGap: unused,
    weakLinks: unused,
    async neighbourhood(
      { kind, key, limit = 150 }: NeighbourhoodParams,
      signal?: AbortSignal,
    ): Promise<Neighbourhood> {
      const center = `${kind}:${key}`;
      calls.push(center);
      if (options.gate) await options.gate;
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      const failure = options.fail?.(center);
      if (failure) throw new Error(failure);
      const leaves = [1, 2, 3].map((i) => `Competency:${key}-${i}`);
      return {
        attributes: { center, depth: 1, limit, truncated: options.truncated ?? false },
        nodes: [center, ...leaves].map((id) => ({
          key: id,
          attributes: { kind: id.split(':')[0], key: id.split(':')[1], name_zh: id },
        })),
        edges: leaves.map((leaf) => ({
          key: `REQUIRES|${center}|${leaf}`,
          source: center,
          target: leaf,
          attributes: { rel: 'REQUIRES' },
        })),
      };
    },
  };
}

beforeEach(async () => {
  await applyExplorerSearch({}, fakeClient([]));
  layout.started = [];
  layout.chains = [];
});

describe('explorer drawn from its address', () => {
  it('opens the addressed node, mirrors selection and hidden kinds, and lays it out', async () => {
    const calls: string[] = [];
    await applyExplorerSearch(
      { node: 'Occupation:tester', sel: 'Occupation:tester', hide: ['Competency'] },
      fakeClient(calls, { truncated: true }),
    );
    expect(calls).toEqual(['Occupation:tester']);
    expect(atlasGraph.order).toBe(4);
    expect(selectionAtom.get().selected).toBe('Occupation:tester');
    expect([...hiddenKindsAtom.get()]).toEqual(['Competency']);
    expect(explorerAtom.get()).toMatchObject({
      center: 'Occupation:tester',
      request: { type: 'idle' },
      truncation: { center: 'Occupation:tester', shown: 4, limit: 150 },
    });
    expect(layout.started).toEqual([2500]);

    // Only the selection changes: no request, no layout.
    await applyExplorerSearch(
      { node: 'Occupation:tester', sel: 'Competency:tester-1' },
      fakeClient(calls),
    );
    expect(calls).toHaveLength(1);
    expect(selectionAtom.get().selected).toBe('Competency:tester-1');
    expect(hiddenKindsAtom.get().size).toBe(0);
    expect(layout.started).toEqual([2500]);
  });

  it('expands in order, undoes an expansion on Back without asking, and redoes it on Forward', async () => {
    const calls: string[] = [];
    const client = fakeClient(calls);
    const opened = { node: 'Occupation:tester' };
    const once = { ...opened, expand: ['Competency:tester-1'] };
    const twice = { ...opened, expand: ['Competency:tester-1', 'Competency:tester-1-2'] };
    await applyExplorerSearch(opened, client);
    await applyExplorerSearch(once, client);
    expect(atlasGraph.order).toBe(7);
    expect(atlasGraph.size).toBe(6);
    await applyExplorerSearch(twice, client);
    expect(atlasGraph.order).toBe(10);
    expect(layout.started).toEqual([2500, 1500, 1500]);
    const positions = atlasGraph.getNodeAttributes('Competency:tester-1-1');

    // Back: the last expansion's nodes and edges go; nothing is fetched; positions stay.
    await applyExplorerSearch(once, client);
    expect(atlasGraph.order).toBe(7);
    expect(atlasGraph.size).toBe(6);
    expect(atlasGraph.hasNode('Competency:tester-1-2-1')).toBe(false);
    expect(atlasGraph.getNodeAttributes('Competency:tester-1-1')).toMatchObject({
      x: positions.x,
      y: positions.y,
    });
    await applyExplorerSearch(opened, client);
    expect(atlasGraph.order).toBe(4);
    expect(calls).toEqual(['Occupation:tester', 'Competency:tester-1', 'Competency:tester-1-2']);

    // Forward twice: fetched again, in one go.
    await applyExplorerSearch(twice, client);
    expect(atlasGraph.order).toBe(10);
    expect(calls.slice(3)).toEqual(['Competency:tester-1', 'Competency:tester-1-2']);
    expect(explorerAtom.get().expansions.map((e) => e.id)).toEqual(twice.expand);
  });

  it('rebuilds a reloaded address at once, and clears for an empty one', async () => {
    const calls: string[] = [];
    await applyExplorerSearch(
      {
        node: 'Occupation:tester',
        expand: ['Occupation:welder', 'Competency:welder-2'],
        sel: 'Competency:welder-2',
      },
      fakeClient(calls),
    );
    expect(calls).toEqual(['Occupation:tester', 'Occupation:welder', 'Competency:welder-2']);
    // A node not drawn yet lands next to a drawn neighbour or at the origin, and is drawn.
    expect(atlasGraph.hasNode('Occupation:welder')).toBe(true);
    expect(atlasGraph.hasNode('Competency:welder-2-3')).toBe(true);
    expect(layout.started).toEqual([2500]);
    await applyExplorerSearch({ node: 'Occupation:other' }, fakeClient(calls));
    expect(atlasGraph.order).toBe(4);
    expect(explorerAtom.get()).toMatchObject({ center: 'Occupation:other', expansions: [] });
    await applyExplorerSearch({}, fakeClient(calls));
    expect(atlasGraph.order).toBe(0);
    expect(explorerAtom.get().center).toBeNull();
  });

  it('lays an opened chain out in its lanes, again after an expansion and after Back', async () => {
    const calls: string[] = [];
    const client = fakeClient(calls);
    await applyExplorerSearch({ node: 'Chain:nev' }, client);
    expect(layout.chains).toEqual(['Chain:nev']);
    await applyExplorerSearch({ node: 'Chain:nev', expand: ['Competency:nev-1'] }, client);
    await applyExplorerSearch({ node: 'Chain:nev' }, client);
    expect(layout.chains).toEqual(['Chain:nev', 'Chain:nev', 'Chain:nev']);
    // No force layout for a chain; any other opened node gets one.
    expect(layout.started).toEqual([]);
    await applyExplorerSearch({ node: 'Occupation:tester' }, client);
    expect(layout.started).toEqual([2500]);
    expect(layout.chains).toHaveLength(3);
  });

  it('expands by kind and limit as the address says, and reports what the limit cut', async () => {
    const calls: string[] = [];
    const limits: number[] = [];
    const client = fakeClient(calls);
    const counting = {
      ...client,
      neighbourhood: (params: NeighbourhoodParams, signal?: AbortSignal) => {
        limits.push(params.limit ?? 0);
        return client.neighbourhood(params, signal);
      },
    };
    await applyExplorerSearch(
      { node: 'Occupation:tester', expand: ['Competency:tester-1~limit:3~kind:Competency'] },
      counting,
    );
    // Filtered here, so the most is asked of the server.
    expect(limits).toEqual([150, 2000]);
    // Opened 4, then the centre and two of its three leaves (3 in all).
    expect(atlasGraph.order).toBe(6);
    expect(explorerAtom.get().truncation).toMatchObject({
      center: 'Competency:tester-1',
      shown: 3,
      limit: 3,
      matched: 4,
    });
    await applyExplorerSearch(
      { node: 'Occupation:tester', expand: ['Competency:tester-2~rel:TEACHES'] },
      counting,
    );
    // No TEACHES around it: the expansion adds nothing but is applied.
    expect(atlasGraph.order).toBe(4);
    expect(explorerAtom.get().expansions.map((e) => e.id)).toEqual([
      'Competency:tester-2~rel:TEACHES',
    ]);
  });

  it('records a failed expansion as adding nothing, so the address stays in step', async () => {
    const calls: string[] = [];
    const client = fakeClient(calls, {
      fail: (id) => (id === 'Competency:tester-1' ? 'HTTP 500' : null),
    });
    const search = { node: 'Occupation:tester', expand: ['Competency:tester-1'] };
    await applyExplorerSearch(search, client);
    expect(atlasGraph.order).toBe(4);
    expect(explorerAtom.get().request).toMatchObject({
      type: 'error',
      purpose: 'expand',
      message: 'HTTP 500',
    });
    await applyExplorerSearch(search, client);
    expect(calls).toHaveLength(2);
  });

  it('shows a failed open on an empty graph, and a retry rebuilds the address', async () => {
    const calls: string[] = [];
    let down = true;
    const client = fakeClient(calls, { fail: () => (down ? 'network error' : null) });
    await applyExplorerSearch({ node: 'Chain:nev', expand: ['Segment:cells'] }, client);
    expect(atlasGraph.order).toBe(0);
    expect(explorerAtom.get().request).toMatchObject({ type: 'error', purpose: 'open' });
    down = false;
    await retryExplorer(client);
    // Two stars of four that share no node.
    expect(atlasGraph.order).toBe(8);
    expect(explorerAtom.get().request).toEqual({ type: 'idle' });
  });

  it('lets a newer address win over a sync still waiting for its answers', async () => {
    const calls: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = applyExplorerSearch({ node: 'Chain:slow' }, fakeClient(calls, { gate }));
    expect(explorerAtom.get().request).toMatchObject({ type: 'loading', purpose: 'open' });
    await applyExplorerSearch({ node: 'Chain:fast' }, fakeClient(calls));
    release();
    await slow;
    expect(explorerAtom.get().center).toBe('Chain:fast');
    expect(atlasGraph.hasNode('Chain:slow')).toBe(false);
    expect(explorerAtom.get().request).toEqual({ type: 'idle' });
  });

  it('moves the camera to a node reached from the details panel once it is drawn', async () => {
    const calls: string[] = [];
    await applyExplorerSearch({ node: 'Occupation:tester' }, fakeClient(calls));
    bringIntoView('Occupation:welder');
    expect(explorerAtom.get().pendingFocus).toBe('Occupation:welder');
    await applyExplorerSearch(
      { node: 'Occupation:tester', expand: ['Occupation:welder'], sel: 'Occupation:welder' },
      fakeClient(calls),
    );
    expect(explorerAtom.get()).toMatchObject({
      pendingFocus: null,
      camera: { type: 'node', node: 'Occupation:welder' },
    });
  });
});
