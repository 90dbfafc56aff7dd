import { describe, expect, it } from 'vitest';
import type { Executor } from './executor.ts';
import { CountReader, StatsCache } from './stats.ts';

/** An executor whose count statement answers `nodes` Chains, and counts how often it was asked. */
function counter() {
  const state = { reads: 0, nodes: 1, fail: false, gate: null as Promise<void> | null };
  const exec = {
    async readOne() {
      state.reads++;
      const nodes = state.nodes;
      if (state.gate) await state.gate;
      if (state.fail) throw new Error('unavailable');
      const lists: Record<string, unknown> = {
        nodes: [
          ['Chain', nodes],
          ['AtlasImport', 1],
        ],
        rels: [['PART_OF', 0]],
      };
      return { records: [{ get: (field: string) => lists[field] }] };
    },
  } as unknown as Executor;
  return { exec, state };
}

describe('StatsCache', () => {
  it('answers from one read while fresh, and reads again once expired', async () => {
    const { exec, state } = counter();
    const cache = new StatsCache(new CountReader(exec), 40);
    expect(await cache.get()).toEqual({ nodes: 1, edges: 0, byKind: { Chain: 1 }, byRel: {} });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(state.reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    state.nodes = 2;
    expect((await cache.get()).nodes).toBe(2);
    expect(state.reads).toBe(2);
  });

  it('reads again after a write, and never keeps a read that started before it', async () => {
    const { exec, state } = counter();
    const cache = new StatsCache(new CountReader(exec), 60_000);
    let open!: () => void;
    state.gate = new Promise((resolve) => (open = resolve));
    const early = cache.get();
    cache.invalidate(); // a write commits while the read is under way
    state.gate = null;
    state.nodes = 5;
    const late = cache.get();
    open();
    expect((await early).nodes).toBe(1);
    expect((await late).nodes).toBe(5);
    expect((await cache.get()).nodes).toBe(5);
    expect(state.reads).toBe(2);
  });

  it('does not keep a failure: every request fails while the database is away', async () => {
    const { exec, state } = counter();
    const cache = new StatsCache(new CountReader(exec), 60_000);
    state.fail = true;
    await expect(cache.get()).rejects.toThrow('unavailable');
    await expect(cache.get()).rejects.toThrow('unavailable');
    state.fail = false;
    expect((await cache.get()).nodes).toBe(1);
    expect(state.reads).toBe(3);
  });
});
