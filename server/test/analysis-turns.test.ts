/**
 * A question's reads give the event loop a turn between them: the embedded store reads
 * synchronously, and without the turns one analysis would hold the loop from its first read to
 * its last, so a health check sent meanwhile would wait for the whole answer. Counted as turns of
 * `setImmediate` while the loader runs, not timed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPostingsForCandidate } from '../src/analysis/load/people.ts';
import { loadTalentMap } from '../src/analysis/load/chains.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { scopedTestData } from './analysis-scoped-data.ts';
import { tempDir } from './helpers.ts';

describe('analyses take turns with other requests', () => {
  let store: EmbeddedStore;

  beforeAll(async () => {
    store = EmbeddedStore.open({ dataDir: tempDir('atlas-turns-') });
    await store.write(scopedTestData());
  });

  afterAll(async () => {
    await store?.close();
  });

  /** How many turns the event loop took while `work` ran. */
  async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    await work();
    running = false;
    return turns;
  }

  it('a talent map and postings for a candidate let the loop turn between their reads', async () => {
    const talentMap = await turnsDuring(() =>
      loadTalentMap(store, { chain: 'nev-power-battery-chain', region: '350900' }, 1_000_000),
    );
    const postings = await turnsDuring(() =>
      loadPostingsForCandidate(store, { candidate: 'cand-0001', limit: 20 }, 1_000_000),
    );
    // Their store reads are followed by turns (none at all while the reads held the loop).
    expect(talentMap).toBeGreaterThanOrEqual(3);
    expect(postings).toBeGreaterThanOrEqual(3);
  });
});
