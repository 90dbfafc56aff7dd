/**
 * The file formats: decoded text in, rows out, one at a time.
 *
 * - CSV/TSV through csv-parse's streaming parser: the first record is the header; data rows are
 *   numbered from 1; a row whose cell count differs from the header's, or that csv-parse cannot
 *   read (a stray quote), is a problem for that row and reading goes on.
 * - NDJSON: one JSON object a line; the line number is the row; blank lines are not rows.
 * - JSON: an array of objects — the document itself or the array at the dot path `rows` — streamed
 *   with stream-json's tokenizer, so a large array never sits in memory whole.
 */
import { Readable, pipeline } from 'node:stream';
import { parse as csvParse, type CsvError } from 'csv-parse';
import { pick } from 'stream-json/core/filters/pick.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { streamArray } from 'stream-json/core/streamers/stream-array.js';
import type { Cell, RowView } from './row.ts';

export type RowEvent =
  /** CSV/TSV: the header's column names (trimmed), before any row. */
  | { type: 'header'; columns: string[] }
  /** `short`: the row had fewer cells than the header (read with the rest blank). */
  | { type: 'row'; row: number; view: RowView; short?: { cells: number; columns: number } }
  /** `fatal`: the rest of the file cannot be read. */
  | { type: 'problem'; row: number; message: string; column?: string; fatal?: boolean };

// ── CSV / TSV ───────────────────────────────────────────────────────────────────────────────────

export interface CsvOptions {
  delimiter: string;
  /** The quote character, or `false` for none. */
  quote: string | false;
  /** Rows with fewer cells than the header are read (the missing cells blank), not problems. */
  shortRowsBlank?: boolean;
}

export type CsvRecord =
  | { cells: string[] }
  /** A record csv-parse could not read; `cellCount` when only its number of cells was wrong. */
  | { error: string; line: number; cellCount?: number };

const quoteCodes = new Set([
  'INVALID_OPENING_QUOTE',
  'CSV_INVALID_CLOSING_QUOTE',
  'CSV_QUOTE_NOT_CLOSED',
]);

function skippedRecord(err: CsvError | undefined): CsvRecord {
  const line = typeof err?.lines === 'number' ? err.lines : 0;
  if (!err) return { error: 'the record cannot be read', line };
  if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && Array.isArray(err.record))
    return { error: err.message, line, cellCount: err.record.length };
  const hint = quoteCodes.has(err.code)
    ? ' — if the file does not quote its cells (O*NET text files do not), set quote: false'
    : '';
  return { error: `${err.message}${hint}`, line };
}

/** Most records held between the parser and the reader before the parser is paused. */
const batchSize = 512;

/**
 * The records of a CSV/TSV text, header included, in order and in batches; a record csv-parse
 * cannot read (a stray quote, a wrong number of cells) comes as `{error}` in its place and reading
 * goes on. Records are taken from the parser with 'data' events (paused while a batch is full):
 * async iteration of the parser stream would cost a promise per record.
 */
export async function* csvRecords(
  text: AsyncIterable<string>,
  options: CsvOptions,
): AsyncGenerator<CsvRecord[]> {
  const parser = csvParse({
    delimiter: options.delimiter,
    quote: options.quote === false ? false : options.quote,
    relax_quotes: false,
    relax_column_count_less: options.shortRowsBlank === true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Called while the parser pushes records, so the marker lands in the stream in order.
    on_skip: (err) => {
      parser.push(skippedRecord(err));
      return undefined;
    },
  });
  const source = Readable.from(text);
  let batch: CsvRecord[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  parser.on('data', (item: string[] | CsvRecord) => {
    batch.push(Array.isArray(item) ? { cells: item } : item);
    if (batch.length >= batchSize) parser.pause();
    wake?.();
  });
  parser.on('end', () => {
    ended = true;
    wake?.();
  });
  // Errors (a DecodeFailure from the text) end the parser through the pipeline.
  pipeline(source, parser, (error) => {
    if (error) failure = error;
    ended = true;
    wake?.();
  });
  try {
    for (;;) {
      if (batch.length) {
        const records = batch;
        batch = [];
        parser.resume();
        yield records;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    parser.destroy();
    source.destroy();
  }
}

/** Header names as the mapping sees them: trimmed. */
export function headerColumns(cells: string[]): string[] {
  return cells.map((c) => c.trim());
}

class TableRow implements RowView {
  constructor(
    private readonly cells: string[],
    private readonly index: Map<string, number>,
    private readonly trim: boolean,
  ) {}
  cell(column: string): Cell {
    const i = this.index.get(column);
    if (i === undefined) return undefined;
    const v = this.cells[i];
    return v === undefined ? undefined : this.trim ? v.trim() : v;
  }
}

/** Rows of a CSV/TSV file, in batches: the header event first, then numbered data rows and row problems. */
export async function* tableRows(
  batches: AsyncIterable<CsvRecord[]>,
  trim: boolean,
): AsyncGenerator<RowEvent[]> {
  let header: string[] | undefined;
  let index: Map<string, number> | undefined;
  let row = 0;
  for await (const records of batches) {
    const events: RowEvent[] = [];
    for (const record of records) {
      if (!header || !index) {
        if ('error' in record) {
          events.push({
            type: 'problem',
            row: 0,
            message: `the header cannot be read: ${record.error}`,
            fatal: true,
          });
          yield events;
          return;
        }
        header = headerColumns(record.cells);
        const map = new Map<string, number>();
        header.forEach((name, i) => {
          if (!map.has(name)) map.set(name, i);
        });
        index = map;
        events.push({ type: 'header', columns: header });
        continue;
      }
      row++;
      if ('error' in record) {
        const n = record.cellCount;
        events.push({
          type: 'problem',
          row,
          message:
            n === undefined
              ? record.error
              : `the row has ${n} cell${n === 1 ? '' : 's'}, the header ${header.length} (line ${record.line})`,
        });
      } else {
        const view = new TableRow(record.cells, index, trim);
        const cells = record.cells.length;
        events.push(
          cells < header.length
            ? { type: 'row', row, view, short: { cells, columns: header.length } }
            : { type: 'row', row, view },
        );
      }
    }
    yield events;
  }
}

// ── NDJSON and JSON objects ─────────────────────────────────────────────────────────────────────

function toText(v: unknown, trim: boolean): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return trim ? v.trim() : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function toCell(v: unknown, trim: boolean): Cell {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items: string[] = [];
    for (const item of v) {
      if (item === null || item === undefined) continue;
      if (typeof item === 'object') return { invalid: 'a list of objects' };
      const t = toText(item, trim);
      if (t !== undefined) items.push(t);
    }
    return items;
  }
  if (typeof v === 'object') return { invalid: 'an object' };
  return toText(v, trim);
}

/** A JSON object as a row: a field by its name, or a nested one by dot path (`address.city`, `tags.0`). */
export class ObjectRow implements RowView {
  constructor(
    private readonly object: Record<string, unknown>,
    private readonly trim: boolean,
  ) {}
  cell(column: string): Cell {
    if (Object.hasOwn(this.object, column)) return toCell(this.object[column], this.trim);
    let v: unknown = this.object;
    for (const key of column.split('.')) {
      if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
      v = (v as Record<string, unknown>)[key];
    }
    return toCell(v, this.trim);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ndjsonLine(content: string, row: number, trim: boolean): RowEvent | undefined {
  const text = content.endsWith('\r') ? content.slice(0, -1) : content;
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { type: 'problem', row, message: `malformed JSON: ${(error as Error).message}` };
  }
  if (!isObject(value)) return { type: 'problem', row, message: 'the line is not a JSON object' };
  return { type: 'row', row, view: new ObjectRow(value, trim) };
}

/** Rows of an NDJSON file, numbered by line, in batches (one a chunk of text). */
export async function* ndjsonRows(
  text: AsyncIterable<string>,
  trim: boolean,
): AsyncGenerator<RowEvent[]> {
  let carry = '';
  let line = 0;
  for await (const chunk of text) {
    const lines = (carry + chunk).split('\n');
    carry = lines.pop() ?? '';
    const events: RowEvent[] = [];
    for (const content of lines) {
      const event = ndjsonLine(content, ++line, trim);
      if (event) events.push(event);
    }
    yield events;
  }
  if (carry !== '') {
    const event = ndjsonLine(carry, line + 1, trim);
    if (event) yield [event];
  }
}

// stream-json's synchronous stages (its "core" build) return a token, a batch of tokens marked
// with stream-chain's registered `many` symbol, or its `none` symbol for nothing; a stage is
// flushed by calling it with `none`. The symbols are global (`Symbol.for`), so they are looked up
// here rather than imported from stream-chain, which is not a dependency of this package.
const none = Symbol.for('object-stream.none');
const manySymbol = Symbol.for('object-stream.many');
const stopSymbol = Symbol.for('object-stream.stop');

function spread<T>(out: unknown): T[] {
  if (out === none || out === stopSymbol || out === undefined) return [];
  if (typeof out === 'object' && out !== null && manySymbol in out)
    return (out as unknown as { values: T[] }).values;
  return [out as T];
}

/** Rows of a JSON file, in batches: the elements of the top-level array, or of the array at `rowsPath`. */
export async function* jsonRows(
  text: AsyncIterable<string>,
  rowsPath: string | undefined,
  trim: boolean,
): AsyncGenerator<RowEvent[]> {
  const tokenize = jsonParser({ streamValues: false }) as unknown as (input: unknown) => unknown;
  const select = rowsPath
    ? (pick({ filter: rowsPath }) as unknown as (input: unknown) => unknown)
    : undefined;
  const elements = streamArray() as unknown as (token: Token) => unknown;
  const where = rowsPath ? `rows: "${rowsPath}"` : 'the document';
  let started = false;
  let rows = 0;

  const take = (tokens: Token[]): RowEvent[] => {
    const events: RowEvent[] = [];
    for (const token of select ? tokens.flatMap((t) => spread<Token>(select(t))) : tokens) {
      if (!started) {
        if (token.name !== 'startArray')
          throw new JsonShapeError(
            rowsPath
              ? `${where} is not an array`
              : 'the document is not an array of rows (set "rows" to the path of the array in it)',
          );
        started = true;
      }
      for (const item of spread<{ key: number; value: unknown }>(elements(token))) {
        rows = item.key + 1;
        events.push(
          isObject(item.value)
            ? { type: 'row', row: rows, view: new ObjectRow(item.value, trim) }
            : { type: 'problem', row: rows, message: 'the element is not a JSON object' },
        );
      }
    }
    return events;
  };

  const failure = (error: unknown): RowEvent => ({
    type: 'problem',
    row: 0,
    message:
      error instanceof JsonShapeError
        ? error.message
        : `malformed JSON${rows ? ` after row ${rows}` : ''}: ${(error as Error).message}`,
    fatal: true,
  });
  const run = (input: unknown): RowEvent[] => {
    const events = take(spread<Token>(tokenize(input)));
    if (input === none && select) events.push(...take(spread<Token>(select(none))));
    return events;
  };

  for await (const chunk of text) {
    let events: RowEvent[];
    try {
      events = run(chunk);
    } catch (error) {
      yield [failure(error)];
      return;
    }
    yield events;
  }
  let events: RowEvent[];
  try {
    events = run(none);
  } catch (error) {
    yield [failure(error)];
    return;
  }
  if (!started)
    events.push({
      type: 'problem',
      row: 0,
      message: rowsPath ? `no array at ${where}` : 'the file holds no JSON array',
      fatal: true,
    });
  yield events;
}

class JsonShapeError extends Error {}
