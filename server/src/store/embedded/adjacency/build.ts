/**
 * Builds the adjacency from the SQLite file without blocking the event loop: a separate read-only
 * connection holds one read transaction (a snapshot) while rows are read and arrays filled in
 * slices of a few milliseconds, each followed by a turn of the event loop, so requests keep being
 * answered while a large store opens. (The same steps run without pausing for a small store.) The caller records every change committed after the snapshot
 * was taken (`onSnapshot`) and applies them to the result.
 */
import Database from 'better-sqlite3';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import { compareNodeIds, compareStrings } from '../../order.ts';
import type { Codes } from './codes.ts';
import { buildCsr, finish, sliceMs, type EdgeArrays } from './csr.ts';
import { Adjacency } from './graph.ts';
import { Ranks } from './ranks.ts';

export interface BuildOptions {
  kinds: Codes<NodeKind>;
  rels: Codes<RelType>;
  /** Called once the snapshot is taken, in the same turn of the event loop. */
  onSnapshot: () => void;
  /** `Kind:key` of an existing node, for placing nodes created after the build. */
  idOf: (node: number) => string;
  /** Checked between slices: true stops the build (the store is closing). */
  cancelled?: () => boolean;
}

/** Builds in slices separated by turns of the event loop; stops when `cancelled()`. */
export async function buildAdjacency(file: string, options: BuildOptions): Promise<Adjacency> {
  const steps = adjacencySteps(file, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
    if (options.cancelled?.()) {
      steps.return(null as unknown as Adjacency);
      throw new Error('the embedded store closed while building');
    }
  }
}

/** Builds at once, for a store small enough that it takes a few milliseconds. */
export function buildAdjacencyNow(file: string, options: BuildOptions): Adjacency {
  return finish(adjacencySteps(file, options));
}

function* adjacencySteps(
  file: string,
  options: BuildOptions,
): Generator<void, Adjacency, undefined> {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    reader.exec('BEGIN');
    const bounds = reader
      .prepare(
        'SELECT (SELECT coalesce(max(id), 0) FROM nodes) AS nodes, (SELECT coalesce(max(id), 0) FROM edges) AS edges',
      )
      .get() as { nodes: number; edges: number };
    options.onSnapshot();
    const nodeBound = bounds.nodes + 1;
    const edgeBound = bounds.edges + 1;

    // Nodes in id order, their kind codes, and a check that SQLite's order is the code-unit order.
    const kind = new Uint8Array(nodeBound);
    let order: Uint32Array = new Uint32Array(1024);
    let count = 0;
    let previousKind = '';
    let previousKey = '';
    let inOrder = true;
    yield* eachRow(
      reader.prepare('SELECT id, kind, key FROM nodes ORDER BY kind, key'),
      ([id, kindName, key]: [number, NodeKind, string]) => {
        if (count === order.length) order = grown(order);
        order[count++] = id;
        kind[id] = options.kinds.code(kindName);
        if (inOrder && count > 1 && compareNodeIds(previousKind, previousKey, kindName, key) > 0)
          inOrder = false;
        previousKind = kindName;
        previousKey = key;
      },
    );
    order = order.subarray(0, count);
    // SQLite's order (UTF-8 bytes: code points) is the port's, ids `Kind:key`; a file whose kinds
    // order otherwise (a kind that is another followed by a digit, which schema extensions now
    // refuse) is sorted here, reading the keys once more.
    if (!inOrder) order = sortById(reader, order);

    // Relationships as parallel arrays.
    let edges: EdgeArrays = {
      count: 0,
      id: new Uint32Array(1024),
      src: new Uint32Array(1024),
      dst: new Uint32Array(1024),
      rel: new Uint8Array(1024),
    };
    yield* eachRow(
      reader.prepare('SELECT id, src, dst, rel FROM edges'),
      ([id, src, dst, rel]: [number, number, number, RelType]) => {
        if (edges.count === edges.id.length) edges = grownEdges(edges);
        const at = edges.count++;
        edges.id[at] = id;
        edges.src[at] = src;
        edges.dst[at] = dst;
        edges.rel[at] = options.rels.code(rel);
      },
    );
    reader.exec('COMMIT');

    const csr = yield* buildCsr(nodeBound, order, edges);
    const ranks = new Ranks(nodeBound, order, options.idOf);
    return new Adjacency(kind, ranks, csr.out, csr.in, edgeBound);
  } finally {
    reader.close();
  }
}

/** Visits every row of a statement (raw), yielding whenever a slice has run for `sliceMs`. */
function* eachRow<Row>(
  statement: Database.Statement,
  visit: (row: Row) => void,
): Generator<void, void, undefined> {
  const rows = statement.raw().iterate() as IterableIterator<Row>;
  try {
    for (;;) {
      const started = performance.now();
      do {
        for (let i = 0; i < 1024; i++) {
          const next = rows.next();
          if (next.done) return;
          visit(next.value);
        }
      } while (performance.now() - started < sliceMs);
      yield;
    }
  } finally {
    rows.return?.();
  }
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function grownEdges(edges: EdgeArrays): EdgeArrays {
  const size = edges.id.length * 2;
  const rel = new Uint8Array(size);
  rel.set(edges.rel);
  return {
    count: edges.count,
    id: grown(edges.id),
    src: grown(edges.src),
    dst: grown(edges.dst),
    rel,
  };
}

function sortById(reader: Database.Database, order: Uint32Array): Uint32Array {
  const ids = new Map<number, string>();
  const idOf = reader.prepare("SELECT kind || ':' || key FROM nodes WHERE id = ?").pluck();
  for (const node of order) ids.set(node, idOf.get(node) as string);
  return Uint32Array.from([...order].sort((a, b) => compareStrings(ids.get(a)!, ids.get(b)!)));
}
