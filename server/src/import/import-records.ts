/**
 * Import of validated records into a store, all or nothing. Repeated records in one import are an
 * upsert where the last wins (properties merge in line order); an edge's endpoints must exist in
 * the store or in the same import; `updatedAt` is stamped where the record did not carry one.
 */
import {
  edgeId,
  nodeId,
  type EdgeRecord,
  type ImportCounts,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import { ImportRejectedError, MissingNodeError } from '../errors.ts';
import type { GraphStore, WriteOp } from '../store/port.ts';
import type { LineError, NumberedRecord } from './ndjson.ts';

export interface ImportOptions {
  dryRun?: boolean;
  now?: Date;
}

export interface ImportOutcome {
  dryRun: boolean;
  records: number;
  counts: ImportCounts;
}

interface Collapsed<T> {
  line: number;
  record: T;
}

export async function importRecords(
  store: GraphStore,
  numbered: NumberedRecord[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const nodes = new Map<string, Collapsed<NodeRecord>>();
  const edges = new Map<string, Collapsed<EdgeRecord>>();
  for (const { line, record } of numbered) {
    const target = record.type === 'node' ? nodes : edges;
    const id = record.type === 'node' ? nodeId(record) : edgeId(record);
    const earlier = target.get(id);
    const merged = earlier
      ? { ...record, props: { ...earlier.record.props, ...record.props } }
      : record;
    (target as Map<string, Collapsed<typeof record>>).set(id, {
      line: earlier?.line ?? line,
      record: merged,
    });
  }

  const endpointRefs = [...edges.values()]
    .flatMap(({ record }) => [record.from, record.to])
    .filter((ref) => !nodes.has(nodeId(ref)));
  // Which edges exist matters only for a dry run's counts (a real write counts as it goes).
  const existing = await store.existing(
    options.dryRun
      ? [...endpointRefs, ...[...nodes.values()].map(({ record }) => record)]
      : endpointRefs,
    options.dryRun ? [...edges.values()].map(({ record }) => record) : [],
  );

  const errors: LineError[] = [];
  for (const { line, record } of edges.values()) {
    for (const end of ['from', 'to'] as const) {
      const id = nodeId(record[end]);
      if (!nodes.has(id) && !existing.nodes.has(id))
        errors.push({
          line,
          field: end,
          message: `node ${id} exists neither in the store nor in this import`,
        });
    }
  }
  if (errors.length) throw new ImportRejectedError(errors.sort((a, b) => a.line - b.line));

  const records = numbered.length;
  if (options.dryRun) {
    const nodesUpdated = [...nodes.keys()].filter((id) => existing.nodes.has(id)).length;
    const edgesUpdated = [...edges.keys()].filter((id) => existing.edges.has(id)).length;
    return {
      dryRun: true,
      records,
      counts: {
        nodesCreated: nodes.size - nodesUpdated,
        nodesUpdated,
        edgesCreated: edges.size - edgesUpdated,
        edgesUpdated,
      },
    };
  }

  const stamp = (options.now ?? new Date()).toISOString();
  const ops: WriteOp[] = [];
  const lines: number[] = [];
  for (const { line, record } of nodes.values()) {
    ops.push({
      op: 'upsertNode',
      node: { kind: record.kind, key: record.key, props: { updatedAt: stamp, ...record.props } },
      mode: 'merge',
    });
    lines.push(line);
  }
  for (const { line, record } of edges.values()) {
    ops.push({
      op: 'upsertEdge',
      edge: {
        rel: record.rel,
        from: record.from,
        to: record.to,
        props: { updatedAt: stamp, ...record.props },
      },
      mode: 'merge',
    });
    lines.push(line);
  }
  try {
    const result = await store.write(ops);
    return {
      dryRun: false,
      records,
      counts: {
        nodesCreated: result.nodesCreated,
        nodesUpdated: result.nodesUpdated,
        edgesCreated: result.edgesCreated,
        edgesUpdated: result.edgesUpdated,
      },
    };
  } catch (error) {
    // A node removed between the check and the write: still a clean, line-numbered rejection.
    if (error instanceof MissingNodeError)
      throw new ImportRejectedError([
        { line: lines[error.opIndex] ?? 0, field: error.field, message: error.message },
      ]);
    throw error;
  }
}
