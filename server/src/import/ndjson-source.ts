/**
 * NDJSON files as an import source, streamed: one JSON record a line, blank lines ignored, the line
 * number as the row. The bytes must be UTF-8 (JSON's encoding); anything else — a GBK export, say —
 * stops at the first bad byte with one problem that says so.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { decodeLine as decodeRecordLine } from './ndjson.ts';
import type { ImportSource, SourceItem } from './source.ts';

export function ndjsonFileSource(file: string, name = path.basename(file)): ImportSource {
  const bytes = fs.statSync(file).size;
  return {
    file: name,
    bytes,
    ndjsonPath: file,
    async *read(onBytes) {
      for await (const items of this.readBatches!(onBytes)) yield* items;
    },
    async *readBatches(onBytes) {
      // Lines are cut at the byte level (a newline byte never occurs inside a UTF-8 sequence), each
      // chunk's complete lines are checked and decoded at once: twice as fast as a streaming
      // TextDecoder followed by a split of the joined text.
      let rest: Buffer = Buffer.alloc(0);
      let line = 0;
      let consumed = 0;
      let first = true;
      for await (const raw of fs.createReadStream(file, {
        highWaterMark: 1 << 20,
      }) as AsyncIterable<Buffer>) {
        let chunk = rest.length > 0 ? Buffer.concat([rest, raw]) : raw;
        if (first) {
          first = false;
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
            chunk = chunk.subarray(3);
            consumed += 3;
          }
        }
        const last = chunk.lastIndexOf(10);
        if (last < 0) {
          rest = chunk;
          continue;
        }
        const body = chunk.subarray(0, last);
        rest = chunk.subarray(last + 1);
        if (!isUtf8(body)) {
          yield [encodingProblem(name, line + 1, consumed, body)];
          return;
        }
        const text = body.toString('utf8');
        const items: SourceItem[] = [];
        for (let start = 0; ;) {
          const end = text.indexOf('\n', start);
          decodeInto(items, name, ++line, end < 0 ? text.slice(start) : text.slice(start, end));
          if (end < 0) break;
          start = end + 1;
        }
        consumed += last + 1;
        onBytes?.(consumed);
        yield items;
      }
      if (rest.length === 0) return;
      if (!isUtf8(rest)) {
        yield [encodingProblem(name, line + 1, consumed, rest)];
        return;
      }
      const items: SourceItem[] = [];
      decodeInto(items, name, line + 1, rest.toString('utf8'));
      yield items;
    },
  };
}

/** The items of one NDJSON line: nothing (blank), its record, or its problems. */
export function* decodeLine(file: string, row: number, raw: string): Generator<SourceItem> {
  const items: SourceItem[] = [];
  decodeInto(items, file, row, raw);
  yield* items;
}

/** Appends the items of one NDJSON line to `items`. */
function decodeInto(items: SourceItem[], file: string, row: number, raw: string): void {
  const decoded = decodeRecordLine(raw);
  if (!decoded) return;
  if ('record' in decoded)
    items.push({ type: 'record', at: { file, row }, record: decoded.record });
  else
    for (const e of decoded.errors)
      items.push({
        type: 'problem',
        problem: { file, row, ...(e.field && { field: e.field }), message: e.message },
      });
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the first byte of `buf` that breaks UTF-8, or -1 (a sequence cut at the end is fine). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= buf.length) return -1;
      if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The problem for bytes that are not UTF-8: `chunk` starts at `row`, `offset` bytes into the file. */
function encodingProblem(file: string, row: number, offset: number, chunk: Buffer): SourceItem {
  const bad = Math.max(0, firstInvalidUtf8(chunk));
  const before = countLines(chunk.subarray(0, bad).toString('latin1'));
  return {
    type: 'problem',
    problem: {
      file,
      row: row + before,
      message:
        `the file is not UTF-8 (first bad byte at offset ${offset + bad}; a GBK/GB18030 export looks like this). ` +
        'NDJSON must be UTF-8: convert it (e.g. iconv -f GB18030 -t UTF-8), or import the data through a mapping with `encoding: gb18030` (CLI: --encoding gb18030)',
    },
  };
}
