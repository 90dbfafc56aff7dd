/**
 * Streams the generated graph as NDJSON import records (one JSON object a line), respecting the
 * destination's backpressure: when `write` returns false the generator pauses until 'drain'.
 */
import { generateGraph } from './graph.ts';
import type { GenerateOptions } from './plan.ts';

export interface NdjsonStats {
  nodes: number;
  edges: number;
  /** UTF-8 bytes written, newlines included. */
  bytes: number;
}

/** Lines are batched into chunks of about this many characters before each write. */
const CHUNK_CHARS = 64 * 1024;

export async function writeNdjson(
  options: GenerateOptions,
  stream: NodeJS.WritableStream,
): Promise<NdjsonStats> {
  const stats: NdjsonStats = { nodes: 0, edges: 0, bytes: 0 };
  let failure: Error | null = null;
  const onError = (error: Error) => {
    failure = error;
  };
  stream.on('error', onError);
  const write = async (chunk: string) => {
    stats.bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await drained(stream);
  };
  try {
    let chunk = '';
    for (const record of generateGraph(options)) {
      if (failure) throw failure;
      if (record.type === 'node') stats.nodes++;
      else stats.edges++;
      chunk += JSON.stringify(record) + '\n';
      if (chunk.length >= CHUNK_CHARS) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
    if (failure) throw failure;
  } finally {
    stream.off('error', onError);
  }
  return stats;
}

function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new Error('stream closed before drain'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
