/**
 * The streaming import: any number of sources (NDJSON files, mapped CSV/TSV/JSON files), any size,
 * all or nothing, in memory that does not grow with the rows — only with the number of distinct
 * nodes (their ids are kept to check relationship endpoints, about 100 bytes each).
 *
 * The first pass over every source writes nodes, and every relationship whose both ends this import
 * has already written (the usual order: nodes first), and collects every row problem. A second pass
 * writes the relationships left over, checking that both ends exist in this import or in the store;
 * it is skipped when none is left (it reads every file again, which at millions of rows costs as
 * much as the first). Writes go through one bulk session in chunks, in file order; at the first
 * problem writing stops, reading goes on to report every problem with its file, row and column, and
 * the session is rolled back. A dry run opens no session and counts what would be created or
 * updated, in two passes.
 */
import {
  edgeId,
  nodeId,
  type EdgeRecord,
  type ImportCounts,
  type ImportPhase,
  type ImportProgress,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import { AtlasError, MissingNodeError } from '../errors.ts';
import type { BulkSession, GraphStore, UpsertOp, WriteResult } from '../store/port.ts';
import type { ImportSource, Location, Problem, SourceItem } from './source.ts';

export interface StreamImportOptions {
  dryRun?: boolean;
  /** Stamped as `updatedAt` where a record carries none. */
  now?: Date;
  /** Ops per bulk write (default 5000, the Neo4j adapter's measured best). */
  chunkSize?: number;
  /** Problems kept for the report (default 100); all are counted. */
  maxProblems?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface StreamImportOutcome {
  dryRun: boolean;
  /** Records read (nodes and relationships, repeats included). */
  records: number;
  rowsSkipped: number;
  counts: ImportCounts;
  seconds: number;
}

/** The import had problems; nothing of it was written. */
export class ImportProblemsError extends AtlasError {
  override name = 'ImportProblemsError';
  override readonly statusCode = 400;
  override readonly code = 'IMPORT_REJECTED';
  constructor(
    readonly problems: Problem[],
    readonly total: number,
  ) {
    super(
      `import rejected: ${total} problem${total === 1 ? '' : 's'}` +
        (total > problems.length ? ` (first ${problems.length} listed)` : '') +
        '; nothing was written',
    );
    this.details = problems;
    this.totalErrors = total;
  }
}

interface Pending<T> {
  at: Location;
  record: T;
}

export async function streamImport(
  store: GraphStore,
  sources: ImportSource[],
  options: StreamImportOptions = {},
): Promise<StreamImportOutcome> {
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  const chunkSize = options.chunkSize ?? 5000;
  const maxProblems = options.maxProblems ?? 100;
  const stamp = (options.now ?? new Date()).toISOString();
  const bytesTotal = sources.reduce((sum, s) => sum + s.bytes, 0);

  const problems: Problem[] = [];
  let problemsTotal = 0;
  const addProblem = (problem: Problem): void => {
    problemsTotal++;
    if (problems.length < maxProblems) problems.push(problem);
  };

  const counts: ImportCounts = {
    nodesCreated: 0,
    nodesUpdated: 0,
    edgesCreated: 0,
    edgesUpdated: 0,
  };
  const addCounts = (r: WriteResult): void => {
    counts.nodesCreated += r.nodesCreated;
    counts.nodesUpdated += r.nodesUpdated;
    counts.edgesCreated += r.edgesCreated;
    counts.edgesUpdated += r.edgesUpdated;
  };

  const progress: ImportProgress = {
    phase: 'nodes',
    bytesRead: 0,
    bytesTotal,
    rows: 0,
    records: 0,
  };
  const report = (): void => options.onProgress?.({ ...progress });
  const setPhase = (phase: ImportPhase): void => {
    progress.phase = phase;
    // Each pass reads every file again; commit and rollback have nothing left to read.
    progress.bytesRead = phase === 'nodes' || phase === 'edges' ? 0 : bytesTotal;
    if (phase === 'nodes' || phase === 'edges') progress.rows = 0;
    report();
  };

  /** Reads every source once, counting bytes and rows for the progress. */
  const readPass = async (visit: (item: SourceItem) => Promise<void> | void): Promise<void> => {
    for (const source of sources) {
      const base = progress.bytesRead;
      let lastRow = -1;
      for await (const item of source.read((n) => {
        progress.bytesRead = base + n;
        report();
      })) {
        const row = item.type === 'problem' ? item.problem.row : item.at.row;
        if (row !== lastRow) {
          lastRow = row;
          progress.rows++;
        }
        await visit(item);
      }
      progress.bytesRead = base + source.bytes;
    }
  };

  /** Ids of the nodes in this import. */
  const importNodes = new Set<string>();
  let records = 0;
  let rowsSkipped = 0;
  let session: BulkSession | null = dryRun ? null : await store.beginBulk();

  try {
    // ── pass 1: nodes, relationships between nodes already written, every row problem ──
    let nodeChunk: Pending<NodeRecord>[] = [];
    const flushNodes = async (): Promise<void> => {
      const chunk = nodeChunk;
      nodeChunk = [];
      if (chunk.length === 0 || !dryRun) return;
      // First occurrences: created unless the store has them; repeats: updates.
      const fresh = chunk.filter((p) => p.record.props !== repeatMarker);
      const existing = await store.existing(
        fresh.map((p) => p.record),
        [],
      );
      for (const p of chunk) {
        if (p.record.props === repeatMarker || existing.nodes.has(nodeId(p.record)))
          counts.nodesUpdated++;
        else counts.nodesCreated++;
      }
      report();
    };
    // Writes of pass 1, nodes and relationships in file order.
    let writeChunk: UpsertOp[] = [];
    let writeAt: Location[] = [];
    const flushWrites = async (): Promise<void> => {
      const ops = writeChunk;
      const at = writeAt;
      writeChunk = [];
      writeAt = [];
      if (ops.length === 0 || !session || problemsTotal > 0) return;
      try {
        addCounts(await session.write(ops));
      } catch (error) {
        if (!(error instanceof MissingNodeError)) throw error;
        addProblem({ ...at[error.opIndex]!, field: error.field, message: error.message });
      }
      report();
    };
    /** Ordinals (in reading order) of the relationships pass 1 left for pass 2. */
    const deferred: number[] = [];
    let ordinal = 0;

    setPhase('nodes');
    await readPass(async (item) => {
      if (item.type === 'problem') return addProblem(item.problem);
      if (item.type === 'skipped') {
        rowsSkipped++;
        return;
      }
      records++;
      progress.records++;
      const index = ordinal++;
      if (item.record.type === 'edge') {
        if (dryRun) return;
        const { record } = item;
        if (importNodes.has(nodeId(record.from)) && importNodes.has(nodeId(record.to))) {
          if (session && problemsTotal > 0) return;
          writeChunk.push(edgeOp(record, stamp));
          writeAt.push(item.at);
          if (writeChunk.length >= chunkSize) await flushWrites();
        } else deferred.push(index);
        return;
      }
      const id = nodeId(item.record);
      const repeat = importNodes.has(id);
      importNodes.add(id);
      if (session && problemsTotal > 0) return; // writing has stopped; only problems matter now
      if (dryRun) {
        nodeChunk.push({
          at: item.at,
          record: repeat ? { ...item.record, props: repeatMarker } : item.record,
        });
        if (nodeChunk.length >= chunkSize) await flushNodes();
        return;
      }
      const { record } = item;
      writeChunk.push({
        op: 'upsertNode',
        node: { kind: record.kind, key: record.key, props: { updatedAt: stamp, ...record.props } },
        mode: 'merge',
      });
      writeAt.push(item.at);
      if (writeChunk.length >= chunkSize) await flushWrites();
    });
    await flushNodes();
    await flushWrites();

    // ── pass 2: relationships ─────────────────────────────────────────────
    let edgeChunk: Pending<EdgeRecord>[] = [];
    const flushEdges = async (): Promise<void> => {
      const chunk = edgeChunk;
      edgeChunk = [];
      if (chunk.length === 0) return;
      const unknown = new Map<string, EdgeRecord['from']>();
      for (const { record } of chunk)
        for (const end of [record.from, record.to]) {
          const id = nodeId(end);
          if (!importNodes.has(id)) unknown.set(id, end);
        }
      const existing = await store.existing(
        [...unknown.values()],
        dryRun ? chunk.map((p) => p.record) : [],
      );
      const valid: Pending<EdgeRecord>[] = [];
      for (const p of chunk) {
        let ok = true;
        for (const end of ['from', 'to'] as const) {
          const id = nodeId(p.record[end]);
          if (!importNodes.has(id) && !existing.nodes.has(id)) {
            ok = false;
            addProblem({
              ...p.at,
              field: end,
              message: `node ${id} exists neither in the store nor in this import`,
            });
          }
        }
        if (ok) valid.push(p);
      }
      if (session && problemsTotal === 0) {
        try {
          addCounts(await session.write(valid.map(({ record }) => edgeOp(record, stamp))));
        } catch (error) {
          // A node removed since the check: still a located problem.
          if (!(error instanceof MissingNodeError)) throw error;
          addProblem({ ...valid[error.opIndex]!.at, field: error.field, message: error.message });
        }
      } else if (dryRun) {
        for (const p of valid)
          if (existing.edges.has(edgeId(p.record))) counts.edgesUpdated++;
          else counts.edgesCreated++;
      }
      report();
    };

    setPhase('edges');
    // A real import reads the files again only for the relationships pass 1 left over.
    if (dryRun || deferred.length > 0) {
      let ordinal2 = 0;
      let next = 0;
      await readPass(async (item) => {
        if (item.type !== 'record') return;
        const index = ordinal2++;
        if (item.record.type !== 'edge') return;
        if (!dryRun) {
          if (deferred[next] !== index) return;
          next++;
        }
        edgeChunk.push({ at: item.at, record: item.record });
        if (edgeChunk.length >= chunkSize) await flushEdges();
      });
    }
    await flushEdges();

    if (records === 0 && problemsTotal === 0)
      addProblem({
        file: sources[0]?.file ?? '',
        row: 0,
        message: 'the import is empty: no records',
      });

    if (problemsTotal > 0) {
      if (session) {
        setPhase('rollback');
        const open = session;
        session = null;
        await open.rollback();
      }
      throw new ImportProblemsError(sortProblems(problems, sources), problemsTotal);
    }
    if (session) {
      setPhase('commit');
      const open = session;
      session = null;
      await open.commit();
    }
    setPhase('done');
    return {
      dryRun,
      records,
      rowsSkipped,
      counts,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    // An error (not a row problem) while the session is open: undo it, and report the error
    // itself. Should the rollback fail too (e.g. Neo4j went away), the session stays marked in the
    // database and is rolled back when a store next connects or begins a bulk session.
    if (session) {
      options.onProgress?.({ ...progress, phase: 'rollback' });
      await session.rollback().catch(() => undefined);
    }
    throw error;
  }
}

/** Marks, in a dry run, a node record that repeats an earlier one of the import. */
const repeatMarker: NodeRecord['props'] = Object.freeze({}) as NodeRecord['props'];

function edgeOp(record: EdgeRecord, stamp: string): UpsertOp {
  return {
    op: 'upsertEdge',
    edge: {
      rel: record.rel,
      from: record.from,
      to: record.to,
      props: { updatedAt: stamp, ...record.props },
    },
    mode: 'merge',
  };
}

/** Problems in source order, then row order (pass 2's endpoint problems interleave with pass 1's). */
function sortProblems(problems: Problem[], sources: ImportSource[]): Problem[] {
  const order = new Map(sources.map((s, i) => [s.file, i]));
  return [...problems].sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.row - b.row,
  );
}
