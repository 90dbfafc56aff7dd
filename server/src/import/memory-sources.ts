/**
 * Import sources for data already in memory: an NDJSON request body (`POST /api/import`) and
 * records built in code (the demo region, reference taxonomies). Like the file sources they go
 * through the streaming import; they also give the event loop a turn every so often, so that
 * decoding and validating a 64 MB body never holds up other requests for long.
 */
import { validateRecord, type GraphRecord } from '@chanjiao/graph-schema';
import { setImmediate as turn } from 'node:timers/promises';
import { decodeLine } from './ndjson-source.ts';
import type { ImportSource } from './source.ts';

/** Characters of NDJSON decoded between turns of the event loop (about 1,000 records). */
const textPerTurn = 128 * 1024;
/** Records passed on between turns of the event loop. */
const recordsPerTurn = 2000;

/** NDJSON text, one record a line; the line number is the row. */
export function ndjsonTextSource(name: string, text: string): ImportSource {
  return {
    file: name,
    bytes: text.length,
    async *read(onBytes) {
      let line = 0;
      let start = 0;
      let sinceTurn = 0;
      while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        yield* decodeLine(name, ++line, text.slice(start, end));
        sinceTurn += end + 1 - start;
        start = end + 1;
        if (sinceTurn >= textPerTurn) {
          sinceTurn = 0;
          onBytes?.(Math.min(start, text.length));
          await turn();
        }
      }
      onBytes?.(text.length);
    },
  };
}

/**
 * Records built in code; the row is the record's position (1-based). They are validated like any
 * input: a record the schema refuses is a problem of its row.
 */
export function recordsSource(name: string, records: readonly GraphRecord[]): ImportSource {
  return {
    file: name,
    bytes: records.length,
    async *read(onBytes) {
      for (let i = 0; i < records.length; i++) {
        const checked = validateRecord(records[i]);
        if (checked.ok)
          yield { type: 'record', at: { file: name, row: i + 1 }, record: checked.value };
        else
          for (const e of checked.errors)
            yield {
              type: 'problem',
              problem: {
                file: name,
                row: i + 1,
                ...(e.field && { field: e.field }),
                message: e.message,
              },
            };
        if ((i + 1) % recordsPerTurn === 0) {
          onBytes?.(i + 1);
          await turn();
        }
      }
      onBytes?.(records.length);
    },
  };
}
