/**
 * The server the browser tests drive: the built web client and the API over a fresh embedded store
 * in a temporary data directory, listening on a free local port; and `demoBrowser`, the server and
 * headless Chromium most test files share, started and closed around the file's tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, EmbeddedStore, loadConfig, loadDemoRegion } from '@chanjiao/server';
import { launchChromium } from './browser.ts';

export const webDir = path.resolve(import.meta.dirname, '../../web/dist');
export const outputDir = path.join(import.meta.dirname, 'output');

/** An administrator token the test server accepts; pages that write send it (see `asAdmin`). */
export const e2eAdminToken = 'atlas_e2e-admin-token-0123456789abcdefghijklmnopq';
/** Browser-context options whose requests are authenticated as the administrator. */
export const asAdmin = { extraHTTPHeaders: { authorization: `Bearer ${e2eAdminToken}` } };

export interface TestServer {
  baseUrl: string;
  store: EmbeddedStore;
  /** The first administrator's single-use setup token, while none exists (`admin: false`). */
  setupToken: string | null;
  close(): Promise<void>;
}

export interface TestServerOptions {
  demo: boolean;
  /** Start with the administrator token (default); false: no administrator, a setup link. */
  admin?: boolean;
  /** More environment for the server, e.g. ATLAS_SCHEMA for a schema extension. */
  env?: NodeJS.ProcessEnv;
}

export async function startEmbeddedServer(options: TestServerOptions): Promise<TestServer> {
  if (!fs.existsSync(path.join(webDir, 'index.html')))
    throw new Error(`the web client is not built (${webDir}); run pnpm build:web first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-'));
  const config = loadConfig({
    ...process.env,
    ATLAS_STORE: 'embedded',
    ATLAS_DATA_DIR: dataDir,
    ATLAS_WEB_DIR: webDir,
    ATLAS_ADMIN_TOKEN: options.admin === false ? undefined : e2eAdminToken,
    ...options.env,
  });
  const store = EmbeddedStore.open({ dataDir });
  if (options.demo) await loadDemoRegion(store);
  const app = await buildApp({ config, store, closeStore: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    store,
    setupToken: app.auth.setupToken,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under scripts/e2e/output/. */
export function saveScreenshot(name: string, png: Buffer): void {
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(path.join(outputDir, name), png);
}

/** The server and the browser a file of browser tests shares (see `demoBrowser`). */
export interface DemoBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Starts a server over the demo region (or as `options` say) and headless Chromium before the
 * file's tests and closes both after them, registering its own `beforeAll` and `afterAll`. Read
 * `server` and `browser` inside tests and hooks, once the start has run.
 */
export function demoBrowser(options: TestServerOptions = { demo: true }): DemoBrowser {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startEmbeddedServer(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (read it in a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'test server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
