/**
 * Turns import sources (NDJSON files, or files read through a mapping or preset — the same
 * ImportSource stream, validated by the same graph-schema code as every import) into the CSV files
 * of csv.ts, in one pass and in memory that grows only by ~16 bytes per node and relationship.
 *
 * - Every problem is collected with its file, row and field; with any problem the caller imports
 *   nothing.
 * - A relationship may come before its nodes (another file, a later row): an end not seen yet is
 *   remembered with the rows that need it, and reported if no node ever defines it. Such a
 *   relationship is set aside (in `later.ndjson`) and taken after every other record, in source
 *   order, since the normal import writes it in its second pass: so which occurrence of a repeated
 *   relationship comes first is the same on both paths.
 * - A repeated node or relationship is written once to the CSV (its first occurrence) and its
 *   repeats to `repeats.ndjson`, which the caller applies afterwards through the normal import, so
 *   repeats merge in order exactly as they do there. A hash collision only sends a record there
 *   needlessly.
 * - Like the normal import, `updatedAt` is stamped where a record carries none.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {
  edgeId,
  nodeId,
  type EdgeRecord,
  type GraphRecord,
  type NodeKind,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import type { ImportSource, Location, Problem } from '../../../import/source.ts';
import { CsvValueError, edgeHeader, edgeLine, nodeHeader, nodeLine, spansLines } from './csv.ts';
import { hash53, HashSet53 } from '../id-hash.ts';

export interface CsvGroup {
  /** `--nodes=<label>=…` or `--relationships=<type>=…` */
  name: string;
  header: string;
  data: string;
  rows: number;
}

export interface Conversion {
  records: number;
  rowsSkipped: number;
  /** Node and relationship rows in the CSV files. */
  nodes: number;
  edges: number;
  nodeFiles: CsvGroup[];
  relationshipFiles: CsvGroup[];
  /** Repeated records, for the normal import to apply after the load (null: none). */
  repeats: { file: string; records: number } | null;
  /** Some text holds a line break: neo4j-admin must parse multi-line fields. */
  multiline: boolean;
  problems: Problem[];
  problemsTotal: number;
}

export interface ConvertOptions {
  /** Where the CSV files go (created; should be empty). */
  dir: string;
  now?: Date;
  maxProblems?: number;
  onProgress?: (progress: { bytesRead: number; bytesTotal: number; records: number }) => void;
}

/** A file written through a large buffer with synchronous writes (no back-pressure to manage). */
class BufferedFile {
  private parts: string[] = [];
  private pending = 0;
  private readonly fd: number;
  rows = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 18) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    fs.writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.pending = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

export async function convertToCsv(
  sources: ImportSource[],
  options: ConvertOptions,
): Promise<Conversion> {
  const stamp = (options.now ?? new Date()).toISOString();
  const maxProblems = options.maxProblems ?? 100;
  fs.mkdirSync(options.dir, { recursive: true });
  const bytesTotal = sources.reduce((sum, s) => sum + s.bytes, 0);

  const problems: Problem[] = [];
  let problemsTotal = 0;
  const addProblem = (problem: Problem): void => {
    problemsTotal++;
    if (problems.length < maxProblems) problems.push(problem);
  };

  const nodeFiles = new Map<NodeKind, BufferedFile>();
  const edgeFiles = new Map<
    string,
    { rel: RelType; from: NodeKind; to: NodeKind; file: BufferedFile }
  >();
  let repeats: BufferedFile | null = null;
  let repeatCount = 0;
  let multiline = false;

  const nodesSeen = new HashSet53(1 << 20);
  const edgesSeen = new HashSet53(1 << 20);
  /** Ends named by relationships before any node defined them: id → where they were named. */
  const unresolved = new Map<string, (Location & { field: 'from' | 'to' })[]>();

  const fileFor = (name: string) => new BufferedFile(path.join(options.dir, name));
  const writeRepeat = (record: GraphRecord, props: object): void => {
    repeats ??= fileFor('repeats.ndjson');
    repeats.write(JSON.stringify({ ...record, props }) + '\n');
    repeatCount++;
  };
  const writeLine = (file: BufferedFile, line: string): void => {
    if (!multiline && spansLines(line)) multiline = true;
    file.write(line);
    file.rows++;
  };

  const writeEdge = (record: EdgeRecord, props: Props): void => {
    if (!edgesSeen.add(hash53(edgeId(record)))) {
      writeRepeat(record, props);
      return;
    }
    const shape = `${record.rel}-${record.from.kind}-${record.to.kind}`;
    let entry = edgeFiles.get(shape);
    if (!entry)
      edgeFiles.set(
        shape,
        (entry = {
          rel: record.rel,
          from: record.from.kind,
          to: record.to.kind,
          file: fileFor(`rels-${shape}.csv`),
        }),
      );
    writeLine(entry.file, edgeLine(record.rel, record.from.key, record.to.key, props));
  };
  const csvProblem = (error: unknown, at: Location): void => {
    if (!(error instanceof CsvValueError)) throw error;
    addProblem({ ...at, field: `props.${error.message.split(':')[0]}`, message: error.message });
  };
  /** Relationships read before one of their ends, written after the rest (see the module comment). */
  let later: BufferedFile | null = null;

  let records = 0;
  let rowsSkipped = 0;
  let bytesBefore = 0;
  for (const source of sources) {
    for await (const item of source.read((n) =>
      options.onProgress?.({ bytesRead: bytesBefore + n, bytesTotal, records }),
    )) {
      if (item.type === 'problem') {
        addProblem(item.problem);
        continue;
      }
      if (item.type === 'skipped') {
        rowsSkipped++;
        continue;
      }
      // A row read with blank trailing cells, as its mapping allows: its record follows.
      if (item.type === 'short') continue;
      records++;
      const { record, at } = item;
      const props = { updatedAt: stamp, ...record.props };
      try {
        if (record.type === 'node') {
          const id = nodeId(record);
          unresolved.delete(id);
          if (!nodesSeen.add(hash53(id))) {
            writeRepeat(record, props);
            continue;
          }
          let file = nodeFiles.get(record.kind);
          if (!file) nodeFiles.set(record.kind, (file = fileFor(`nodes-${record.kind}.csv`)));
          writeLine(file, nodeLine(record.kind, record.key, props));
        } else {
          let ready = true;
          for (const field of ['from', 'to'] as const) {
            const id = nodeId(record[field]);
            if (nodesSeen.has(hash53(id))) continue;
            ready = false;
            const list = unresolved.get(id);
            if (list) list.push({ ...at, field });
            else unresolved.set(id, [{ ...at, field }]);
          }
          if (ready) writeEdge(record, props);
          else {
            later ??= fileFor('later.ndjson');
            later.write(JSON.stringify({ record, props, at }) + '\n');
          }
        }
      } catch (error) {
        csvProblem(error, at);
      }
    }
    bytesBefore += source.bytes;
  }
  if (later) {
    const file = (later as BufferedFile).file;
    (later as BufferedFile).close();
    const lines = readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line === '') continue;
      const { record, props, at } = JSON.parse(line) as {
        record: EdgeRecord;
        props: Props;
        at: Location;
      };
      try {
        writeEdge(record, props);
      } catch (error) {
        csvProblem(error, at);
      }
    }
    fs.rmSync(file, { force: true });
  }

  for (const [id, places] of unresolved)
    for (const place of places)
      addProblem({
        ...place,
        message: `node ${id} exists neither in the store nor in this import`,
      });
  if (records === 0 && problemsTotal === 0)
    addProblem({
      file: sources[0]?.file ?? '',
      row: 0,
      message: 'the import is empty: no records',
    });

  const groups = <T>(
    entries: Iterable<T>,
    describe: (entry: T) => [string, string, BufferedFile],
  ) =>
    [...entries].map((entry): CsvGroup => {
      const [name, header, file] = describe(entry);
      file.close();
      const headerFile = file.file.replace(/\.csv$/, '.header.csv');
      fs.writeFileSync(headerFile, header);
      return { name, header: headerFile, data: file.file, rows: file.rows };
    });
  const nodeGroups = groups(nodeFiles, ([kind, file]) => [kind, nodeHeader(kind), file]);
  const relGroups = groups(edgeFiles.values(), (e) => [
    e.rel,
    edgeHeader(e.rel, e.from, e.to),
    e.file,
  ]);
  (repeats as BufferedFile | null)?.close();

  const order = new Map(sources.map((s, i) => [s.file, i]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.row - b.row);
  return {
    records,
    rowsSkipped,
    nodes: nodeGroups.reduce((n, g) => n + g.rows, 0),
    edges: relGroups.reduce((n, g) => n + g.rows, 0),
    nodeFiles: nodeGroups,
    relationshipFiles: relGroups,
    repeats: repeats ? { file: (repeats as BufferedFile).file, records: repeatCount } : null,
    multiline,
    problems,
    problemsTotal,
  };
}
