/**
 * The worker thread of a load (worker-load.ts): reads NDJSON files a block at a time, decodes and
 * validates every line exactly as the import does (ndjson.ts), numbers nodes and relationships with
 * the row ids the load hands out, resolves each relationship's ends to row ids, and posts the rows
 * ready to insert (store/port.ts RowBatch), so the main thread only runs the INSERTs.
 *
 * It handles clean input only — the usual bulk load: every node once, every relationship once and
 * after both its ends, no problem. At anything else (a problem, a repeat, a relationship before its
 * ends) it posts `unclean` and stops; the main thread then runs the general import, which merges
 * repeats, reads relationships a second time and reports every problem with its line and field.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { nodeId, type Props } from '@chanjiao/graph-schema';
import { EdgeSet } from '../store/embedded/edge-set.ts';
import { NodeRows } from '../store/embedded/node-rows.ts';
import { searchDoc } from '../store/embedded/search-index.ts';
import type { RowBatch } from '../store/port.ts';
import { decodeLine } from './ndjson.ts';

export interface LoadTask {
  files: { path: string; name: string }[];
  /** Stamped as `updatedAt` where a record carries none. */
  stamp: string;
  base: { node: number; edge: number };
  /** Batches posted and not yet taken by the main thread, at most. */
  ahead: number;
}

export type LoadMessage =
  | {
      type: 'batch';
      batch: RowBatch;
      /** Where reading stands: the file (index in the task), its bytes read, the records of every file so far. */
      file: number;
      bytes: number;
      records: number;
    }
  | { type: 'unclean'; reason: string }
  | { type: 'done'; records: number; nodes: number; edges: number }
  | { type: 'error'; message: string };

const port = parentPort!;
let credit = 0;
let wake: (() => void) | null = null;
port.on('message', (message: LoadTask | 'take') => {
  if (message === 'take') {
    credit++;
    wake?.();
    return;
  }
  credit = message.ahead;
  run(message).catch((error: unknown) =>
    port.postMessage({ type: 'error', message: String((error as Error)?.stack ?? error) }),
  );
});

class Unclean extends Error {}

async function run(task: LoadTask): Promise<void> {
  const nodes = new NodeRows();
  const edges = new EdgeSet();
  const relCodes = new Map<string, number>();
  const rels: string[] = [];
  let nodeCount = 0;
  let edgeCount = 0;
  let records = 0;

  let batchNodes: string[] = [];
  let batchEdges = new Int32Array(4096);
  let edgeAt = 0;
  let propCodes = new Map<string, number>();
  let props: string[] = [];

  // `{ updatedAt: stamp, ...props }` as JSON text, without the copy of each record's props.
  const stampedEmpty = JSON.stringify({ updatedAt: task.stamp });
  const stampHead = stampedEmpty.slice(0, -1);
  const stamped = (props: Props): string => {
    let plain = true;
    for (const key in props)
      // A record's own `updatedAt` wins (and keeps its place); integer-like keys go first in an
      // object, so both take the general path to keep the text the same.
      if (key === 'updatedAt' || /^\d/.test(key)) {
        plain = false;
        break;
      }
    if (!plain) return JSON.stringify({ updatedAt: task.stamp, ...props });
    const json = JSON.stringify(props);
    return json === '{}' ? stampedEmpty : `${stampHead},${json.slice(1)}`;
  };

  const post = async (file: number, bytes: number): Promise<void> => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    const edgeInts = batchEdges.slice(0, edgeAt);
    const message: LoadMessage = {
      type: 'batch',
      batch: { nodes: batchNodes, edges: edgeInts, rels: [...rels], props },
      file,
      bytes,
      records,
    };
    port.postMessage(message, [edgeInts.buffer]);
    batchNodes = [];
    edgeAt = 0;
    propCodes = new Map();
    props = [];
  };

  const line = (raw: string, row: number): void => {
    const decoded = decodeLine(raw);
    if (!decoded) return;
    if (!('record' in decoded)) throw new Unclean(`line ${row}: a problem`);
    records++;
    const record = decoded.record;
    if (record.type === 'node') {
      if (nodes.has(record)) throw new Unclean(`line ${row}: node ${nodeId(record)} repeated`);
      nodes.set(record, task.base.node + ++nodeCount);
      batchNodes.push(
        record.kind,
        record.key,
        stamped(record.props),
        searchDoc(record.key, record.props),
      );
      return;
    }
    const src = nodes.get(record.from);
    const dst = nodes.get(record.to);
    if (src === undefined || dst === undefined)
      throw new Unclean(`line ${row}: a relationship before its ends`);
    let rel = relCodes.get(record.rel);
    if (rel === undefined) {
      rel = rels.length;
      relCodes.set(record.rel, rel);
      rels.push(record.rel);
    }
    if (edges.get(src, rel, dst) !== 0) throw new Unclean(`line ${row}: relationship repeated`);
    edges.add(src, rel, dst, ++edgeCount);
    const text = stamped(record.props);
    let code = propCodes.get(text);
    if (code === undefined) {
      code = props.length;
      propCodes.set(text, code);
      props.push(text);
    }
    if (edgeAt + 4 > batchEdges.length) {
      const grown = new Int32Array(batchEdges.length * 2);
      grown.set(batchEdges);
      batchEdges = grown;
    }
    batchEdges[edgeAt++] = rel;
    batchEdges[edgeAt++] = src;
    batchEdges[edgeAt++] = dst;
    batchEdges[edgeAt++] = code;
  };

  try {
    for (const [index, file] of task.files.entries()) {
      const fd = fs.openSync(file.path, 'r');
      try {
        const block = Buffer.alloc(1 << 20);
        let rest: Buffer = Buffer.alloc(0);
        let consumed = 0;
        let first = true;
        let row = 0;
        for (;;) {
          const read = fs.readSync(fd, block, 0, block.length, null);
          if (read === 0 && rest.length === 0) break;
          let chunk = read === 0 ? rest : Buffer.concat([rest, block.subarray(0, read)]);
          if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
            chunk = chunk.subarray(3);
            consumed += 3;
          }
          first = false;
          // The last block ends the file whether or not a line break ends it.
          const last = read === 0 ? chunk.length : chunk.lastIndexOf(10);
          if (last < 0) {
            rest = chunk;
            continue;
          }
          const body = chunk.subarray(0, last);
          rest = Buffer.from(chunk.subarray(last + 1));
          // Not UTF-8: the general import reports it with its offset and a hint.
          if (!isUtf8(body)) throw new Unclean('bytes that are not UTF-8');
          const text = body.toString('utf8');
          for (let start = 0; ;) {
            const end = text.indexOf('\n', start);
            line(end < 0 ? text.slice(start) : text.slice(start, end), ++row);
            if (end < 0) break;
            start = end + 1;
          }
          consumed += Math.min(chunk.length, last + 1);
          await post(index, consumed);
          if (read === 0) break;
        }
      } finally {
        fs.closeSync(fd);
      }
    }
    if (records === 0) throw new Unclean('no records');
  } catch (error) {
    if (!(error instanceof Unclean)) throw error;
    port.postMessage({ type: 'unclean', reason: error.message } satisfies LoadMessage);
    return;
  }
  port.postMessage({
    type: 'done',
    records,
    nodes: nodeCount,
    edges: edgeCount,
  } satisfies LoadMessage);
}
