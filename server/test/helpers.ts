/** Shared test helpers: temporary data directories and an app over a fresh embedded store. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';

export function tempDir(prefix = 'atlas-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function testConfig(dataDir: string, env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ ATLAS_DATA_DIR: dataDir, ATLAS_SEED_DEMO: 'false', ...env });
}

export async function buildTestApp(
  dataDir = tempDir(),
): Promise<{ app: FastifyInstance; dataDir: string }> {
  const config = testConfig(dataDir);
  const store = EmbeddedStore.open({ dataDir });
  const app = await buildApp({ config, store, logger: false });
  return { app, dataDir };
}

export function ndjson(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
