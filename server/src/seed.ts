/** Loading the demo region: on first start when the store is empty, and by `pnpm atlas seed`. */
import { demoRegionRecords } from '@chanjiao/seed-data';
import { importRecords, type ImportOutcome } from './import/import-records.ts';
import type { GraphStore } from './store/port.ts';

/** `now` fixes the `updatedAt` stamp (tests that compare two stores need the same one). */
export async function loadDemoRegion(store: GraphStore, now?: Date): Promise<ImportOutcome> {
  const records = demoRegionRecords().map((record, index) => ({ line: index + 1, record }));
  return importRecords(store, records, now ? { now } : {});
}

/** Seeds the demo region when the store holds no node at all; returns the outcome or null. */
export async function seedIfEmpty(store: GraphStore): Promise<ImportOutcome | null> {
  const stats = await store.stats();
  if (stats.nodes > 0) return null;
  return loadDemoRegion(store);
}
