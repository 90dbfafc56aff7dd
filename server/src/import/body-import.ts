/**
 * `POST /api/import`: an NDJSON request body through the streaming import — the same engine, error
 * type and all-or-nothing bulk session as file imports — answered in the route's shape: counts of
 * distinct records created and updated, or a rejection listing `{line, field, message}`.
 */
import type { ImportResult } from '@chanjiao/graph-schema';
import type { GraphStore } from '../store/port.ts';
import { ndjsonTextSource } from './memory-sources.ts';
import { ImportProblemsError, streamImport } from './stream-import.ts';

export async function importNdjsonBody(
  store: GraphStore,
  body: string,
  options: { dryRun: boolean; now?: Date },
): Promise<ImportResult> {
  try {
    const outcome = await streamImport(store, [ndjsonTextSource('body', body)], {
      dryRun: options.dryRun,
      ...(options.now && { now: options.now }),
      // A body is at most 64 MiB: remembering its relationships' ids is affordable.
      countRepeatedEdgesOnce: true,
      // Smaller chunks than a file import's: each chunk is written in one go, and other requests
      // wait for it, so a chunk is kept to a fraction of a second.
      chunkSize: 2000,
    });
    return { dryRun: outcome.dryRun, records: outcome.records, counts: outcome.counts };
  } catch (error) {
    if (error instanceof ImportProblemsError) throw error.asLines();
    throw error;
  }
}
