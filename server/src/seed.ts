/** Loading the demo region: on first start when the store is empty, and by `pnpm atlas seed`. */
import { demoRegionRecords } from '@chanjiao/seed-data';
import { recordsSource } from './import/memory-sources.ts';
import { streamImport, type StreamImportOutcome } from './import/stream-import.ts';
import type { GraphStore } from './store/port.ts';

/** `now` fixes the `updatedAt` stamp (tests that compare two stores need the same one). */
export async function loadDemoRegion(store: GraphStore, now?: Date): Promise<StreamImportOutcome> {
  return streamImport(store, [recordsSource('demo region', demoRegionRecords())], {
    ...(now && { now }),
    countRepeatedEdgesOnce: true,
  });
}

/** Seeds the demo region when the store holds no node at all; returns the outcome or null. */
export async function seedIfEmpty(store: GraphStore): Promise<StreamImportOutcome | null> {
  const stats = await store.stats();
  if (stats.nodes > 0) return null;
  return loadDemoRegion(store);
}
