/**
 * Reading a file as text with constant memory: bytes in chunks from `fs.createReadStream`, decoded
 * with a streaming `TextDecoder` in fatal mode, so bytes that are not valid in the encoding stop
 * the file with a `DecodeFailure` that says where — rather than turning into U+FFFD and reaching
 * the graph as garbled names.
 */
import { createReadStream } from 'node:fs';
import type { Encoding } from './schema.ts';

export const chunkBytes = 64 * 1024;

/** The file's bytes in chunks; `onBytes` gets the running total after each chunk. */
export async function* readBytes(
  path: string,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      onBytes?.(total);
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}

/** The bytes of a file are not valid in the encoding it is read with. */
export class DecodeFailure extends Error {
  override name = 'DecodeFailure';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const encodingNames: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030',
  gbk: 'GBK',
  'utf-16le': 'UTF-16LE',
};

/** The length of a UTF-8 sequence its lead byte announces (0: not a lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (`bytes.length` when none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = sequenceLength(b);
    if (n === 0) return i;
    if (n === 1) {
      i++;
      continue;
    }
    if (i + n > bytes.length) {
      // An incomplete sequence at the end: invalid only if what is there is already wrong.
      for (let j = 1; i + j < bytes.length; j++)
        if (!continues(b, j, bytes[i + j] as number)) return i;
      return i;
    }
    for (let j = 1; j < n; j++) if (!continues(b, j, bytes[i + j] as number)) return i;
    i += n;
  }
  return i;
}

/** Whether `c` may be byte `j` (1-based after the lead) of a sequence that starts with `lead`. */
function continues(lead: number, j: number, c: number): boolean {
  if (j === 1) {
    if (lead === 0xe0) return c >= 0xa0 && c <= 0xbf;
    if (lead === 0xed) return c >= 0x80 && c <= 0x9f;
    if (lead === 0xf0) return c >= 0x90 && c <= 0xbf;
    if (lead === 0xf4) return c >= 0x80 && c <= 0x8f;
  }
  return c >= 0x80 && c <= 0xbf;
}

/** How many bytes at the end of a valid chunk start a sequence the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let i = 1; i <= 3 && i <= bytes.length; i++) {
    const b = bytes[bytes.length - i] as number;
    if (b >= 0x80 && b <= 0xbf) continue;
    const n = sequenceLength(b);
    return n > i ? i : 0;
  }
  return 0;
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < end; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

function hex(b: number | undefined): string {
  return b === undefined ? 'end of file' : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * Decodes byte chunks to text chunks. A leading byte-order mark is dropped. Throws `DecodeFailure`
 * at the first bytes that are not valid in `encoding` (for UTF-8, after passing on the valid text
 * before them).
 */
export async function* decodeText(
  chunks: AsyncIterable<Buffer>,
  encoding: Encoding,
  file: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let offset = 0; // bytes before the current chunk
  let lines = 0; // newlines before the current chunk (UTF-8 only)
  let tail = Buffer.alloc(0); // an incomplete UTF-8 sequence that ended the previous chunk
  let first = true;
  const utf8 = encoding === 'utf-8';

  const failure = (
    at: number,
    byte: number | undefined,
    line?: number,
    end?: number,
  ): DecodeFailure => {
    const where =
      end !== undefined
        ? `an invalid sequence in bytes ${at}–${end}`
        : `${hex(byte)} at offset ${at}${line !== undefined ? `, line ${line}` : ''}`;
    const hint = utf8
      ? 'It is probably GBK/GB18030 (as Excel saves Chinese CSV files): set "encoding: gb18030" for this file in the mapping, or pass --encoding gb18030 (command line) or the encoding option (API).'
      : `Check the file's encoding and set "encoding" in the mapping (utf-8, gb18030, gbk or utf-16le), or pass --encoding (command line) or the encoding option (API).`;
    return new DecodeFailure(
      `${file} is not valid ${encodingNames[encoding]} (${where}). ${hint}`,
      at,
    );
  };

  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      if (!utf8) throw failure(offset, undefined, undefined, offset + chunk.length - 1);
      const bytes = Buffer.concat([tail, chunk]);
      const bad = firstInvalidUtf8(bytes);
      // The text before the bad byte is valid: pass it on (a header before a bad row stays readable).
      let valid = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
      if (first && valid.charCodeAt(0) === 0xfeff) valid = valid.slice(1);
      if (valid) yield valid;
      throw failure(offset - tail.length + bad, bytes[bad], lines + countNewlines(bytes, bad) + 1);
    }
    if (utf8) {
      lines += countNewlines(chunk);
      tail = Buffer.from(chunk.subarray(chunk.length - incompleteTail(chunk)));
    }
    offset += chunk.length;
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    if (!utf8) throw failure(Math.max(0, offset - 4), undefined, undefined, offset - 1);
    throw failure(offset - tail.length, tail[0], lines + 1);
  }
  if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  if (rest) yield rest;
}
