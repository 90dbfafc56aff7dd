/**
 * The streaming import: any number of sources (NDJSON files, mapped CSV/TSV/JSON files), any size,
 * all or nothing, in memory that does not grow with the rows — only with the number of distinct
 * nodes (their keys are kept to check relationship endpoints, about 130 bytes each in V8).
 *
 * The first pass over every source writes nodes, and every relationship whose both ends this import
 * has already written (the usual order: nodes first), and collects every row problem. A second pass
 * writes the relationships left over, checking that both ends exist in this import or in the store;
 * it is skipped when none is left (it reads every source again, which at millions of rows costs as
 * much as the first). Writes go through one bulk session in chunks, in source order; at the first
 * problem writing stops, reading goes on to report every problem with its file, row and column, and
 * the session is rolled back. A dry run opens no session and counts what would be created or
 * updated, in two passes.
 */
import {
  edgeId,
  nodeId,
  type EdgeRecord,
  type ImportCounts,
  type ImportNotices,
  type ImportPhase,
  type ImportProgress,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import { AtlasError, MissingNodeError } from '../errors.ts';
import { collapseRepeats } from './collapse.ts';
import { NodeRefSet } from './node-refs.ts';
import { loadOffThread, offThreadFiles, type OffThread } from './worker-load.ts';
import type { AuditStamp, BulkSession, GraphStore, UpsertOp, WriteResult } from '../store/port.ts';
import {
  noNotices,
  type ImportSource,
  type Location,
  type OpenNotices,
  type Problem,
  type SourceItem,
} from './source.ts';

export interface StreamImportOptions {
  dryRun?: boolean;
  /** Stamped as `updatedAt` where a record carries none. */
  now?: Date;
  /** Ops per bulk write (default 5000, the Neo4j adapter's measured best). */
  chunkSize?: number;
  /** Problems kept for the report (default 100); all are counted. */
  maxProblems?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** What opening the sources found (absent files, skipped parts), passed on to the outcome. */
  notices?: OpenNotices;
  /**
   * Count a relationship the import names in several chunks once, as nodes always are. It keeps
   * every relationship's id in memory, so it is for imports of bounded size (request bodies).
   */
  countRepeatedEdgesOnce?: boolean;
  /**
   * Who writes, for the audit trail: the bulk session records one change per written record in
   * its own transaction (a rejected import leaves none). A store that stamps its writers itself
   * (the HTTP import's guarded store) ignores it.
   */
  audit?: AuditStamp;
  /**
   * Whether a load of NDJSON files into an empty embedded store reads and validates them in a
   * worker thread (worker-load.ts): 'auto' (the default) from 16 MiB of files on.
   */
  offThread?: OffThread;
}

export interface StreamImportOutcome {
  dryRun: boolean;
  /** Records read (nodes and relationships, repeats included). */
  records: number;
  rowsSkipped: number;
  counts: ImportCounts;
  seconds: number;
  notices: ImportNotices;
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

  /**
   * The same rejection with each problem as `{line, field, message}`: the shape of
   * `POST /api/import`, whose one source (the request body) needs no file name.
   */
  asLines(): ImportProblemsError {
    const error = new ImportProblemsError(this.problems, this.total);
    error.details = this.problems.map((p) => ({
      line: p.row,
      field: p.field ?? '',
      message: p.message,
    }));
    return error;
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

  /**
   * Reads every source once, counting bytes and rows for the progress. `visit` returns a promise
   * only when it has to wait (a write); a source that reads in blocks then costs one asynchronous
   * step a block rather than one a row.
   */
  const readPass = async (visit: (item: SourceItem) => Promise<void> | void): Promise<void> => {
    for (const source of sources) {
      const base = progress.bytesRead;
      let lastRow = -1;
      const onBytes = (n: number): void => {
        progress.bytesRead = base + n;
        report();
      };
      const step = (item: SourceItem): Promise<void> | void => {
        const row = item.type === 'problem' ? item.problem.row : item.at.row;
        if (row !== lastRow) {
          lastRow = row;
          progress.rows++;
        }
        return visit(item);
      };
      if (source.readBatches)
        for await (const items of source.readBatches(onBytes))
          for (const item of items) {
            const waiting = step(item);
            if (waiting) await waiting;
          }
      else for await (const item of source.read(onBytes)) await step(item);
      progress.bytesRead = base + source.bytes;
    }
  };

  /** Ids of the nodes in this import. */
  const importNodes = new NodeRefSet();
  let records = 0;
  let rowsSkipped = 0;
  /** Rows read with missing trailing cells blank, per file (pass 1 only; pass 2 reads them again). */
  const shortRows = new Map<string, { file: string; rows: number; firstRow: number }>();
  let session: BulkSession | null = dryRun ? null : await store.beginBulk(options.audit);

  /** Commits the session (none on a dry run) and says what the import did. */
  const commitAndReport = async (
    read: { records: number; rowsSkipped: number; counts: ImportCounts },
    short: ImportNotices['shortRows'],
  ): Promise<StreamImportOutcome> => {
    if (session) {
      setPhase('commit');
      const open = session;
      session = null;
      await open.commit();
    }
    setPhase('done');
    return {
      dryRun,
      ...read,
      seconds: (performance.now() - started) / 1000,
      notices: { ...(options.notices ?? noNotices()), shortRows: short },
    };
  };

  try {
    const files = session?.load && offThreadFiles(sources, options.offThread ?? 'auto');
    if (session?.load && files) {
      setPhase('nodes');
      const bases = sources.map((_, i) => sources.slice(0, i).reduce((n, s) => n + s.bytes, 0));
      const loaded = await loadOffThread(session.load, files, stamp, (p) => {
        progress.bytesRead = bases[p.file]! + p.bytes;
        progress.rows = progress.records = p.records;
        report();
      });
      if (loaded) {
        const counts = {
          nodesCreated: loaded.nodes,
          nodesUpdated: 0,
          edgesCreated: loaded.edges,
          edgesUpdated: 0,
        };
        return await commitAndReport({ records: loaded.records, rowsSkipped: 0, counts }, []);
      }
      // Not clean: the general import below merges repeats and reports problems.
      const open = session;
      session = null;
      await open.rollback();
      session = await store.beginBulk(options.audit);
      progress.records = 0;
    }

    // ── pass 1: nodes, relationships between nodes already written, every row problem ──
    /** With `countRepeatedEdgesOnce`: relationships written by earlier chunks. */
    const importEdges = options.countRepeatedEdgesOnce ? new Set<string>() : null;
    /**
     * Records waiting for the next write, in source order: nodes (a real import also writes the
     * relationships between nodes it has written; a dry run counts nodes only).
     */
    let chunk: PendingWrite[] = [];
    /** Nodes named in the current chunk (a repeat of one of them is not from an earlier chunk). */
    let chunkNodes = new NodeRefSet();
    const flushChunk = async (): Promise<void> => {
      // A node or relationship repeated within the chunk is written (and counted) once, where the
      // chunk first names it: the relationships after that place find their ends written.
      const pending = collapseRepeats(chunk, writeId);
      chunk = [];
      chunkNodes = new NodeRefSet();
      if (pending.length === 0) return;
      if (session && problemsTotal === 0) {
        // Nodes an earlier chunk of this import wrote: the store counts them as updated, but the
        // import created or updated them once already; relationships likewise when asked.
        let earlierNodes = 0;
        let earlierEdges = 0;
        for (const p of pending)
          if (p.record.type === 'node') {
            if (p.earlierChunk) earlierNodes++;
          } else if (importEdges) {
            const id = edgeId(p.record);
            if (importEdges.has(id)) earlierEdges++;
            else importEdges.add(id);
          }
        try {
          addCounts(
            await session.write(
              pending.map(({ record }) =>
                record.type === 'node' ? nodeOp(record, stamp) : edgeOp(record, stamp),
              ),
            ),
          );
          counts.nodesUpdated -= earlierNodes;
          counts.edgesUpdated -= earlierEdges;
        } catch (error) {
          if (!(error instanceof MissingNodeError)) throw error;
          addProblem({ ...pending[error.opIndex]!.at, field: error.field, message: error.message });
        }
      } else if (dryRun) {
        // First occurrences: created unless the store has them.
        const fresh = pending.flatMap((p) =>
          p.record.type === 'node' && !p.earlierChunk ? [p.record] : [],
        );
        const existing = await store.existing(fresh, []);
        for (const record of fresh) {
          if (existing.nodes.has(nodeId(record))) counts.nodesUpdated++;
          else counts.nodesCreated++;
        }
      }
      report();
    };
    /** Ordinals (in reading order) of the relationships pass 1 left for pass 2. */
    const deferred: number[] = [];
    let ordinal = 0;

    setPhase('nodes');
    await readPass((item) => {
      if (item.type === 'problem') return addProblem(item.problem);
      if (item.type === 'skipped') {
        rowsSkipped++;
        return;
      }
      if (item.type === 'short') {
        const seen = shortRows.get(item.at.file);
        if (seen) seen.rows++;
        else shortRows.set(item.at.file, { file: item.at.file, rows: 1, firstRow: item.at.row });
        return;
      }
      records++;
      progress.records++;
      const index = ordinal++;
      const { record } = item;
      if (record.type === 'edge') {
        if (dryRun) return;
        if (importNodes.has(record.from) && importNodes.has(record.to)) {
          if (session && problemsTotal > 0) return;
          chunk.push({ at: item.at, record, earlierChunk: false });
          return chunk.length >= chunkSize ? flushChunk() : undefined;
        } else deferred.push(index);
        return;
      }
      const earlierChunk = importNodes.has(record) && !chunkNodes.has(record);
      importNodes.add(record);
      chunkNodes.add(record);
      if (session && problemsTotal > 0) return; // writing has stopped; only problems matter now
      chunk.push({
        at: item.at,
        // A dry run needs no properties: it only counts.
        record: dryRun ? { ...record, props: noProps } : record,
        earlierChunk,
      });
      return chunk.length >= chunkSize ? flushChunk() : undefined;
    });
    await flushChunk();

    // ── pass 2: relationships ─────────────────────────────────────────────
    let edgeChunk: Pending<EdgeRecord>[] = [];
    const flushEdges = async (): Promise<void> => {
      // A relationship repeated within a chunk is written (and counted) once; one repeated in a
      // later chunk counts as updated there, unless `importEdges` remembers it.
      const chunk = collapseRepeats(edgeChunk, edgeId);
      edgeChunk = [];
      if (chunk.length === 0) return;
      const earlier = new Set<Pending<EdgeRecord>>();
      if (importEdges)
        for (const p of chunk) {
          const id = edgeId(p.record);
          if (importEdges.has(id)) earlier.add(p);
          else importEdges.add(id);
        }
      const unknown = new Map<string, EdgeRecord['from']>();
      for (const { record } of chunk)
        for (const end of [record.from, record.to])
          if (!importNodes.has(end)) unknown.set(nodeId(end), end);
      const existing = await store.existing(
        [...unknown.values()],
        dryRun ? chunk.map((p) => p.record) : [],
      );
      const valid: Pending<EdgeRecord>[] = [];
      for (const p of chunk) {
        let ok = true;
        for (const end of ['from', 'to'] as const) {
          const ref = p.record[end];
          if (importNodes.has(ref)) continue;
          const id = nodeId(ref);
          if (!existing.nodes.has(id)) {
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
          counts.edgesUpdated -= valid.filter((p) => earlier.has(p)).length;
        } catch (error) {
          // A node removed since the check: still a located problem.
          if (!(error instanceof MissingNodeError)) throw error;
          addProblem({ ...valid[error.opIndex]!.at, field: error.field, message: error.message });
        }
      } else if (dryRun) {
        for (const p of valid)
          if (earlier.has(p)) continue;
          else if (existing.edges.has(edgeId(p.record))) counts.edgesUpdated++;
          else counts.edgesCreated++;
      }
      report();
    };

    setPhase('edges');
    // A real import reads the sources again only for the relationships pass 1 left over.
    if (dryRun || deferred.length > 0) {
      let ordinal2 = 0;
      let next = 0;
      await readPass((item) => {
        if (item.type !== 'record') return;
        const index = ordinal2++;
        if (item.record.type !== 'edge') return;
        if (!dryRun) {
          if (deferred[next] !== index) return;
          next++;
        }
        edgeChunk.push({ at: item.at, record: item.record });
        return edgeChunk.length >= chunkSize ? flushEdges() : undefined;
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
    return await commitAndReport({ records, rowsSkipped, counts }, [...shortRows.values()]);
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

/** The properties of a node record in a dry run, which only counts. */
const noProps: NodeRecord['props'] = Object.freeze({}) as NodeRecord['props'];

interface PendingWrite extends Pending<NodeRecord | EdgeRecord> {
  /** A node that an earlier chunk of this import named already. */
  earlierChunk: boolean;
}

/** A node's or relationship's id; they never collide, since a kind has no `|`. */
function writeId(record: NodeRecord | EdgeRecord): string {
  return record.type === 'node' ? nodeId(record) : edgeId(record);
}

function nodeOp(record: NodeRecord, stamp: string): UpsertOp {
  return {
    op: 'upsertNode',
    node: { kind: record.kind, key: record.key, props: { updatedAt: stamp, ...record.props } },
    mode: 'merge',
  };
}

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
