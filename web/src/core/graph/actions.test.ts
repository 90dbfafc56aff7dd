import type { Neighbourhood } from '@chanjiao/graph-schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client.ts';
import type { NeighbourhoodParams } from '../api/urls.ts';
import { selectionAtom } from '../selection/index.ts';
import { atlasGraph, clearGraph, expandNode, explorerAtom, focusNode, openNode } from './index.ts';

// The layout runs in a web worker; these tests are about data and state, not positions.
const layout = vi.hoisted(() => ({ started: [] as number[] }));
vi.mock('../layout/index.ts', () => ({
  layoutDurations: { full: 2500, settle: 1500 },
  startLayout: (_graph: unknown, ms: number) => layout.started.push(ms),
  stopLayout: () => undefined,
}));

/** A fake API whose neighbourhoods are stars: every node links to three leaves of its own. */
function fakeClient(options: { truncated?: boolean; fail?: string } = {}): ApiClient {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    schema: unused,
    health: unused,
    search: unused,
    node: unused,
    skillGap: unused,
    weakLinks: unused,
    async neighbourhood({ kind, key, limit = 150 }: NeighbourhoodParams): Promise<Neighbourhood> {
      if (options.fail) throw new Error(options.fail);
      const center = `${kind}:${key}`;
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

beforeEach(() => {
  clearGraph();
  layout.started = [];
});

describe('explorer actions', () => {
  it('opens a neighbourhood, selects its centre and lays it out', async () => {
    await openNode({ kind: 'Occupation', key: 'tester' }, fakeClient({ truncated: true }));
    expect(atlasGraph.order).toBe(4);
    expect(selectionAtom.get().selected).toBe('Occupation:tester');
    expect(explorerAtom.get()).toMatchObject({
      center: 'Occupation:tester',
      request: { type: 'idle' },
      truncation: { center: 'Occupation:tester', shown: 4, limit: 150 },
    });
    expect(layout.started).toEqual([2500]);
  });

  it('expands a node by merging its neighbourhood and settling the layout', async () => {
    await openNode({ kind: 'Occupation', key: 'tester' }, fakeClient());
    await expandNode('Competency:tester-1', {}, fakeClient());
    expect(atlasGraph.order).toBe(7);
    expect(atlasGraph.size).toBe(6);
    expect(layout.started).toEqual([2500, 1500]);
  });

  it('focuses a node that is not drawn by fetching it next to the selected node', async () => {
    await openNode({ kind: 'Occupation', key: 'tester' }, fakeClient());
    await focusNode({ kind: 'Occupation', key: 'welder' }, fakeClient());
    expect(atlasGraph.hasNode('Occupation:welder')).toBe(true);
    expect(selectionAtom.get().selected).toBe('Occupation:welder');
    expect(explorerAtom.get().camera).toMatchObject({ type: 'node', node: 'Occupation:welder' });
  });

  it('reports a failed request and leaves the graph as it was', async () => {
    await openNode({ kind: 'Occupation', key: 'tester' }, fakeClient());
    await expandNode('Competency:tester-1', {}, fakeClient({ fail: 'HTTP 500' }));
    expect(atlasGraph.order).toBe(4);
    expect(explorerAtom.get().request).toMatchObject({
      type: 'error',
      purpose: 'expand',
      message: 'HTTP 500',
    });
  });
});
