/**
 * Copying a whole graph from one store to another (`pnpm atlas migrate --from embedded --to neo4j`
 * and back). Nodes then edges are streamed from the source in export order and written in batches;
 * properties are copied verbatim (`updatedAt` included). The copy is verified by counts and by a
 * SHA-256 of both stores' NDJSON exports, which must be identical.
 */
import { createHash } from 'node:crypto';
import { writeExport } from './export/formats.ts';
import type { GraphStore, WriteOp } from './store/port.ts';

export interface MigrationReport {
  nodes: number;
  edges: number;
  sourceChecksum: string;
  targetChecksum: string;
  verified: boolean;
  seconds: number;
}

export async function exportChecksum(store: GraphStore): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of writeExport('ndjson', store.exportAll())) hash.update(chunk);
  return hash.digest('hex');
}

export async function migrate(
  source: GraphStore,
  target: GraphStore,
  options: { batchSize?: number; onProgress?: (copied: number, total: number) => void } = {},
): Promise<MigrationReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 10_000;
  const sourceStats = await source.stats();
  const total = sourceStats.nodes + sourceStats.edges;
  let batch: WriteOp[] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await target.write(batch);
    copied += batch.length;
    batch = [];
    options.onProgress?.(copied, total);
  };
  for await (const item of source.exportAll()) {
    if (item.type === 'node')
      batch.push({
        op: 'upsertNode',
        node: { kind: item.kind, key: item.key, props: item.props },
        mode: 'replace',
      });
    else
      batch.push({
        op: 'upsertEdge',
        edge: { rel: item.rel, from: item.from, to: item.to, props: item.props },
        mode: 'replace',
      });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const targetStats = await target.stats();
  const [sourceChecksum, targetChecksum] = [
    await exportChecksum(source),
    await exportChecksum(target),
  ];
  return {
    nodes: targetStats.nodes,
    edges: targetStats.edges,
    sourceChecksum,
    targetChecksum,
    verified:
      sourceChecksum === targetChecksum &&
      targetStats.nodes === sourceStats.nodes &&
      targetStats.edges === sourceStats.edges,
    seconds: (performance.now() - started) / 1000,
  };
}
