/**
 * One worker of the parallel conversion (parallel.ts): reads a line-aligned byte range of an NDJSON
 * file, decodes and validates each line exactly as the import does, writes the range's CSV part
 * files, and hands back the 53-bit hashes the main thread needs to find repeats and missing ends:
 * one per node (its id), three per relationship (its id, its ends' ids). It reports only whether
 * it met problems; the main thread then reruns the single-threaded conversion for exact reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { edgeId, nodeId } from '@chanjiao/graph-schema';
import { decodeLine } from '../../../import/ndjson.ts';
import { CsvValueError, edgeLine, nodeLine, spansLines } from './csv.ts';
import { hash53 } from '../id-hash.ts';

export interface RangeTask {
  file: string;
  start: number;
  /** Exclusive. */
  end: number;
  /** Part files are named `<group>.r<part>.csv`. */
  part: number;
  dir: string;
  stamp: string;
}

export interface RangeResult {
  part: number;
  records: number;
  problems: number;
  multiline: boolean;
  /** Part file → rows, by group name (`nodes-Kind` / `rels-REL-From-To`). */
  files: Record<string, { file: string; rows: number }>;
  nodeHashes: Float64Array<ArrayBuffer>;
  /** Triples: relationship id, from id, to id. */
  edgeHashes: Float64Array<ArrayBuffer>;
}

class Growable {
  array: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Float64Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
  done(): Float64Array<ArrayBuffer> {
    return this.array.slice(0, this.length);
  }
}

async function convertRange(task: RangeTask): Promise<RangeResult> {
  const parts = new Map<
    string,
    { fd: number; file: string; rows: number; buffer: string[]; size: number }
  >();
  const write = (group: string, line: string) => {
    let part = parts.get(group);
    if (!part) {
      const file = path.join(task.dir, `${group}.r${task.part}.csv`);
      part = { fd: fs.openSync(file, 'w'), file, rows: 0, buffer: [], size: 0 };
      parts.set(group, part);
    }
    part.buffer.push(line);
    part.size += line.length;
    part.rows++;
    if (part.size > 1 << 18) {
      fs.writeSync(part.fd, part.buffer.join(''));
      part.buffer = [];
      part.size = 0;
    }
  };
  const nodeHashes = new Growable();
  const edgeHashes = new Growable();
  let records = 0;
  let problems = 0;
  let multiline = false;
  const handle = (raw: string) => {
    const decoded = decodeLine(raw);
    if (!decoded) return;
    if (!('record' in decoded)) {
      problems++;
      return;
    }
    records++;
    const record = decoded.record;
    const props = { updatedAt: task.stamp, ...record.props };
    try {
      let line: string;
      if (record.type === 'node') {
        nodeHashes.push(hash53(nodeId(record)));
        line = nodeLine(record.kind, record.key, props);
        write(`nodes-${record.kind}`, line);
      } else {
        edgeHashes.push(hash53(edgeId(record)));
        edgeHashes.push(hash53(nodeId(record.from)));
        edgeHashes.push(hash53(nodeId(record.to)));
        line = edgeLine(record.rel, record.from.key, record.to.key, props);
        write(`rels-${record.rel}-${record.from.kind}-${record.to.kind}`, line);
      }
      if (!multiline && spansLines(line)) multiline = true;
    } catch (error) {
      if (!(error instanceof CsvValueError)) throw error;
      problems++;
    }
  };

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  if (task.end > task.start)
    for await (const chunk of fs.createReadStream(task.file, {
      start: task.start,
      end: task.end - 1,
      highWaterMark: 1 << 20,
    }) as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        problems++;
        break;
      }
      const lines = (carry + text).split('\n');
      carry = lines.pop()!;
      for (const line of lines) handle(line);
    }
  if (carry !== '') handle(carry);

  const files: RangeResult['files'] = {};
  for (const [group, part] of parts) {
    if (part.buffer.length) fs.writeSync(part.fd, part.buffer.join(''));
    fs.closeSync(part.fd);
    files[group] = { file: part.file, rows: part.rows };
  }
  return {
    part: task.part,
    records,
    problems,
    multiline,
    files,
    nodeHashes: nodeHashes.done(),
    edgeHashes: edgeHashes.done(),
  };
}

parentPort?.on('message', (task: RangeTask) => {
  convertRange(task).then(
    (result) =>
      parentPort!.postMessage({ result }, [result.nodeHashes.buffer, result.edgeHashes.buffer]),
    (error: unknown) => parentPort!.postMessage({ error: String((error as Error).stack ?? error) }),
  );
});
