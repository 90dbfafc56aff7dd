/**
 * `pnpm bench:auth`: what authentication costs on the hot read paths. Over HTTP (autocannon, 10
 * connections, 5 s each) on the embedded store with the demo region: `/api/health`, a search and a
 * depth-2 neighbourhood, with authentication off (public reading, anonymous) and on (reading
 * closed, every request carrying a bearer token that is hashed and looked up), against an empty
 * Fastify route measured in the same run as the baseline. Prints requests/s and p99 latency, and
 * each figure as a ratio of the baseline's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp, EmbeddedStore, loadConfig, loadDemoRegion } from '@chanjiao/server';

const token = 'atlas_bench-admin-token-0123456789abcdefghijklmn';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

interface Result {
  name: string;
  rps: number;
  p99: number;
}

async function measure(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Result> {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} answers were not 2xx`);
  return { name, rps: result.requests.average, p99: result.latency.p99 };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const paths: [string, string][] = [
  ['health', '/api/health'],
  ['search', `/api/search?q=${encodeURIComponent('电池')}`],
  ['neighbourhood d2', '/api/graph/neighbourhood?kind=Chain&key=nev-power-battery-chain&depth=2'],
];

const empty = Fastify();
empty.get('/empty', async () => ({}));
const baselineUrl = `${await listen(empty)}/empty`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-auth-'));
const store = EmbeddedStore.open({ dataDir });
await loadDemoRegion(store);
const results: Result[] = [await measure('empty Fastify route', baselineUrl)];
for (const [mode, env, headers] of [
  ['auth off', { ATLAS_PUBLIC_READ: 'true' }, {}],
  ['auth on', { ATLAS_PUBLIC_READ: 'false' }, { authorization: `Bearer ${token}` }],
] as const) {
  const config = loadConfig({
    ATLAS_DATA_DIR: dataDir,
    ATLAS_SEED_DEMO: 'false',
    ATLAS_ADMIN_TOKEN: token,
    ATLAS_LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({ config, store, closeStore: false });
  const base = await listen(app);
  for (const [name, route] of paths)
    results.push(await measure(`${name} (${mode})`, `${base}${route}`, headers));
  await app.close();
}
results.push(await measure('empty Fastify route (again)', baselineUrl));
await empty.close();
await store.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const baseline = results[0]!;
console.log(`\n${seconds} s each, 10 connections, embedded store with the demo region\n`);
console.log('route'.padEnd(34) + 'req/s'.padStart(10) + 'p99 ms'.padStart(9) + '  vs empty route');
for (const r of results)
  console.log(
    r.name.padEnd(34) +
      r.rps.toFixed(0).padStart(10) +
      r.p99.toFixed(1).padStart(9) +
      `  ${(r.rps / baseline.rps).toFixed(2)}× req/s`,
  );
for (const [name] of paths) {
  const off = results.find((r) => r.name === `${name} (auth off)`)!;
  const on = results.find((r) => r.name === `${name} (auth on)`)!;
  console.log(`${name}: auth on / off = ${(on.rps / off.rps).toFixed(2)}× req/s`);
}
