/**
 * How many rows one `UNWIND … MERGE` statement should carry on Neo4j: imports the same synthetic
 * batch (nodes in a few kinds, then a path of PART_OF edges) at several chunk sizes into an empty
 * database and prints rows per second. Run with `npx tsx scripts/bench/neo4j-chunks.ts [rows]`.
 */
import { loadConfig, Neo4jStore, type WriteOp } from '@chanjiao/server';

const rows = Number(process.argv[2] ?? 20_000);
const options = loadConfig(process.env).neo4j;

function batch(prefix: string): WriteOp[] {
  const ops: WriteOp[] = [];
  for (let i = 0; i < rows; i++)
    ops.push({
      op: 'upsertNode',
      node: {
        kind: 'Competency',
        key: `${prefix}-${i}`,
        props: { name_zh: `能力${i}`, dimension: 'skill' },
      },
      mode: 'merge',
    });
  for (let i = 1; i < rows; i++)
    ops.push({
      op: 'upsertEdge',
      edge: {
        rel: 'PART_OF',
        from: { kind: 'Competency', key: `${prefix}-${i}` },
        to: { kind: 'Competency', key: `${prefix}-${i - 1}` },
        props: {},
      },
      mode: 'merge',
    });
  return ops;
}

for (const chunkSize of [500, 1000, 2000, 5000, 10_000, 20_000]) {
  const store = await Neo4jStore.connect({ ...options, chunkSize });
  const prefix = `chunk${chunkSize}`;
  const ops = batch(prefix);
  const started = performance.now();
  await store.write(ops);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `chunk ${String(chunkSize).padStart(6)}: ${ops.length} ops in ${seconds.toFixed(2)} s = ${(ops.length / seconds).toFixed(0)} ops/s`,
  );
  await store.write(
    ops
      .filter((op) => op.op === 'upsertNode')
      .map((op) => ({
        op: 'removeNode' as const,
        ref: { kind: 'Competency', key: op.op === 'upsertNode' ? op.node.key : '' },
      })),
  );
  await store.close();
}
