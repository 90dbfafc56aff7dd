/** Loading the demo region: on first start when the store is empty, and by `pnpm atlas seed`. */
import { demoRegionRecords } from '@chanjiao/seed-data';
import { recordsSource } from './import/memory-sources.ts';
import { streamImport, type StreamImportOutcome } from './import/stream-import.ts';
import type { AuditStamp, GraphStore } from './store/port.ts';
import { commandStamp, seedWriter } from './trust/command-stamp.ts';

/**
 * `now` fixes the `updatedAt` stamp (tests that compare two stores need the same one); `audit`
 * records every change with that stamp (none without: tests and benchmarks load the demo as data).
 */
export async function loadDemoRegion(
  store: GraphStore,
  now?: Date,
  audit?: AuditStamp,
): Promise<StreamImportOutcome> {
  return streamImport(store, [recordsSource('demo region', demoRegionRecords())], {
    ...(now && { now }),
    ...(audit && { audit }),
    countRepeatedEdgesOnce: true,
  });
}

/**
 * Seeds the demo region when the store holds no node at all, recorded in the audit trail by
 * `atlas-seed` under one request id; returns the outcome with that stamp, or null.
 */
export async function seedIfEmpty(
  store: GraphStore,
): Promise<(StreamImportOutcome & { audit: AuditStamp }) | null> {
  const stats = await store.stats();
  if (stats.nodes > 0) return null;
  const audit = commandStamp(seedWriter, 'seed');
  return { ...(await loadDemoRegion(store, undefined, audit)), audit };
}
