/**
 * `pnpm bench:audit`: what the audit trail costs a write on the embedded store. The same writes
 * run with and without an audit stamp, each on a fresh store in the same run: single-node batches
 * (create, then update of the same nodes), single-relationship batches, node removals, and one
 * bulk session of generated nodes and relationships (an import), once into a store that holds
 * something and once into an empty store (a load: the demo seeding, a first `pnpm atlas import`).
 * Prints writes/s for each and the ratio with audit to without; the baseline is the same write
 * without audit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore, type AuditStamp, type GraphStore, type WriteOp } from '@chanjiao/server';

const n = Number(process.env.BENCH_WRITES ?? 2000);
const bulkNodes = Number(process.env.BENCH_BULK_NODES ?? 50_000);
const stamp: AuditStamp = { by: 'bench', at: new Date().toISOString(), requestId: 'bench' };

const skill = (i: number) => ({ kind: 'Competency' as const, key: `bench-${i}` });
const occupation = { kind: 'Occupation' as const, key: 'bench-occupation' };

function fresh(): EmbeddedStore {
  return EmbeddedStore.open({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-audit-')),
  });
}

async function timed(count: number, run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

async function singles(store: GraphStore, audit: AuditStamp | undefined) {
  const write = (op: WriteOp) => store.write([op], audit);
  await write({
    op: 'upsertNode',
    node: { ...occupation, props: { name_zh: '职业' } },
    mode: 'replace',
  });
  const node = (i: number, name: string): WriteOp => ({
    op: 'upsertNode',
    node: { ...skill(i), props: { name_zh: name, dimension: 'skill' } },
    mode: 'replace',
  });
  return {
    create: await timed(n, async () => {
      for (let i = 0; i < n; i++) await write(node(i, `能力${i}`));
    }),
    update: await timed(n, async () => {
      for (let i = 0; i < n; i++) await write(node(i, `能力${i}′`));
    }),
    link: await timed(n, async () => {
      for (let i = 0; i < n; i++)
        await write({
          op: 'upsertEdge',
          edge: { rel: 'REQUIRES', from: occupation, to: skill(i), props: { importance: 3 } },
          mode: 'replace',
        });
    }),
    remove: await timed(n, async () => {
      for (let i = 0; i < n; i++) await write({ op: 'removeNode', ref: skill(i) });
    }),
  };
}

async function bulk(store: GraphStore, audit: AuditStamp | undefined, empty = false) {
  const first: WriteOp = {
    op: 'upsertNode',
    node: { ...occupation, props: { name_zh: '职业' } },
    mode: 'replace',
  };
  // A store that holds something already takes the general path; an empty one, the load.
  if (!empty) await store.write([first]);
  return timed(bulkNodes * 2, async () => {
    const session = await store.beginBulk(audit);
    if (empty) await session.write([first as never]);
    for (let start = 0; start < bulkNodes; start += 5000) {
      const ops: WriteOp[] = [];
      for (let i = start; i < Math.min(bulkNodes, start + 5000); i++) {
        ops.push({
          op: 'upsertNode',
          node: { ...skill(i), props: { name_zh: `能力${i}`, dimension: 'skill' } },
          mode: 'merge',
        });
        ops.push({
          op: 'upsertEdge',
          edge: { rel: 'REQUIRES', from: occupation, to: skill(i), props: { importance: 3 } },
          mode: 'merge',
        });
      }
      await session.write(ops as never);
    }
    await session.commit();
  });
}

// Warm-up: the first writes of a process pay for compiling and caching, not for the audit.
{
  const warm = fresh();
  await singles(warm, stamp);
  await warm.close();
}

const results: [string, number, number][] = [];
for (const [name, run] of [
  ['single writes', singles],
  ['import', bulk],
  [
    'load into an empty store',
    (store: GraphStore, audit: AuditStamp | undefined) => bulk(store, audit, true),
  ],
] as const) {
  const without = fresh();
  const a = await run(without, undefined);
  await without.close();
  const withAudit = fresh();
  const b = await run(withAudit, stamp);
  await withAudit.close();
  if (typeof a === 'number') results.push([`${name} (records/s)`, a, b as number]);
  else
    for (const key of Object.keys(a) as (keyof typeof a)[])
      results.push([`${name}: ${key} (writes/s)`, a[key], (b as typeof a)[key]]);
}
console.log(
  `audit trail cost, embedded store, ${n} single writes, ${bulkNodes} nodes + ${bulkNodes} relationships imported`,
);
console.log(
  'write'.padEnd(36),
  'without'.padStart(10),
  'with audit'.padStart(11),
  'ratio'.padStart(7),
);
for (const [name, a, b] of results)
  console.log(
    name.padEnd(36),
    a.toFixed(0).padStart(10),
    b.toFixed(0).padStart(11),
    (b / a).toFixed(2).padStart(7),
  );
