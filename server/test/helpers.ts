/**
 * Shared test helpers: temporary data directories and an app over a fresh embedded store. Test
 * apps start with an administrator token (`ATLAS_ADMIN_TOKEN`), which tests that write through
 * the API send as `headers: asAdmin`; rate limits are off unless a test turns them on. A test
 * that needs a store on disk before it opens it its own way (a command, a second process) gets one
 * from `writtenStore`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import type { UpsertOp, WriteOp } from '../src/store/port.ts';

export function tempDir(prefix = 'atlas-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The administrator token every test app accepts. */
export const testAdminToken = 'atlas_test-admin-token-0123456789abcdefghijklmnop';
/** Headers that authenticate a request as the test administrator. */
export const asAdmin = { authorization: `Bearer ${testAdminToken}` };

export function testConfig(dataDir: string, env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    ATLAS_DATA_DIR: dataDir,
    ATLAS_SEED_DEMO: 'false',
    ATLAS_ADMIN_TOKEN: testAdminToken,
    ATLAS_RATE_LIMIT_WRITES: '0',
    ATLAS_RATE_LIMIT_LOGIN: '0',
    ...env,
  });
}

export async function buildTestApp(
  dataDir = tempDir(),
  env: NodeJS.ProcessEnv = {},
): Promise<{ app: FastifyInstance; dataDir: string }> {
  const config = testConfig(dataDir, env);
  const store = EmbeddedStore.open({ dataDir });
  const app = await buildApp({ config, store, logger: false });
  return { app, dataDir };
}

export function ndjson(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/**
 * A new embedded store in a temporary data directory holding `ops`, closed again; returns the
 * directory. One batch by default; `bulk` writes upserts through a bulk session, 5,000 per write
 * (a load into an empty store, as an import makes it).
 */
export async function writtenStore(
  ops: WriteOp[],
  options: { prefix?: string; bulk?: boolean } = {},
): Promise<string> {
  const dataDir = tempDir(options.prefix);
  const store = EmbeddedStore.open({ dataDir });
  try {
    if (options.bulk) {
      const upserts = ops.map((op): UpsertOp => {
        if (op.op === 'upsertNode' || op.op === 'upsertEdge') return op;
        throw new Error(`a bulk session writes upserts only, not ${op.op}`);
      });
      const session = await store.beginBulk();
      for (let i = 0; i < upserts.length; i += 5000)
        await session.write(upserts.slice(i, i + 5000));
      await session.commit();
    } else await store.write(ops);
  } finally {
    await store.close();
  }
  return dataDir;
}
