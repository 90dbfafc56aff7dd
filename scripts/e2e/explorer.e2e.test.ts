/**
 * The explorer in real headless Chromium: load the page, search, pick a hit, and check that the
 * graph canvas drew nodes (coloured pixels in the kinds' colours, not a blank canvas), with no page
 * errors. The server runs in-process over a store holding the demo region: a fresh embedded store,
 * and Neo4j too when one answers (required in CI), so the client is shown to work unchanged on both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSchema } from '@chanjiao/graph-schema';
import { demoRegionRecords } from '@chanjiao/seed-data';
import { buildApp, EmbeddedStore, loadConfig, loadDemoRegion, Neo4jStore } from '@chanjiao/server';
import { launchChromium } from './browser.ts';

const webDir = path.resolve(import.meta.dirname, '../../web/dist');

interface Served {
  app: Awaited<ReturnType<typeof buildApp>>;
  baseUrl: string;
  cleanup: () => Promise<void>;
}

let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html')))
    throw new Error(`the web client is not built (${webDir}); run pnpm build:web first`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The app over a store holding the demo region; `cleanup` removes what was loaded into Neo4j. */
async function serve(storeName: 'embedded' | 'neo4j'): Promise<Served> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-'));
  const config = loadConfig({
    ...process.env,
    ATLAS_STORE: storeName,
    ATLAS_DATA_DIR: dataDir,
    ATLAS_WEB_DIR: webDir,
  });
  const store =
    storeName === 'embedded'
      ? EmbeddedStore.open({ dataDir })
      : await Neo4jStore.connect(config.neo4j);
  const before = (await store.stats()).nodes;
  if (before > 0)
    throw new Error(`the ${storeName} store must start empty for this test (${before} nodes)`);
  await loadDemoRegion(store);
  const app = await buildApp({ config, store, closeStore: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    cleanup: async () => {
      await app.close();
      if (storeName === 'neo4j')
        await store.write(
          demoRegionRecords()
            .filter((r) => r.type === 'node')
            .map((r) => ({ op: 'removeNode' as const, ref: { kind: r.kind, key: r.key } })),
        );
      await store.close();
    },
  };
}

async function neo4jReachable(): Promise<boolean> {
  try {
    const store = await Neo4jStore.connect(loadConfig(process.env).neo4j);
    await store.close();
    return true;
  } catch {
    return false;
  }
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Pixels of the screenshot within a small distance of each kind colour. */
function colourCounts(png: Buffer): Map<string, number> {
  const image = PNG.sync.read(png);
  const palette = describeSchema().kinds.map((k) => [k.kind, hexToRgb(k.colour)] as const);
  const counts = new Map<string, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i]!;
    const g = image.data[i + 1]!;
    const b = image.data[i + 2]!;
    for (const [kind, [pr, pg, pb]] of palette) {
      if (Math.abs(r - pr) + Math.abs(g - pg) + Math.abs(b - pb) <= 24) {
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

async function openExplorer(page: Page, baseUrl: string, errors: string[]) {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
}

// The browser test runs on the embedded store, and on Neo4j whenever one answers (always in CI).
const stores: ('embedded' | 'neo4j')[] =
  process.env.CI === 'true' || (await neo4jReachable()) ? ['embedded', 'neo4j'] : ['embedded'];

describe.each(stores)('explorer in Chromium on the %s store', (storeName) => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(storeName);
  });
  afterAll(async () => {
    await served?.cleanup();
  });

  it('searches, picks a hit and draws its neighbourhood', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    await openExplorer(page, served.baseUrl, errors);
    await expect(page.title()).resolves.toMatch(/产教图谱/);

    // Measure the canvas alone: hide what floats over it (legend, toolbar, empty state).
    const canvasOnly = () =>
      page.getByTestId('graph-canvas').screenshot({
        style:
          '.graph-area > :not([data-testid="graph-canvas"]) { visibility: hidden !important; }',
      });
    const before = colourCounts(await canvasOnly());
    const colouredBefore = [...before.values()].reduce((a, b) => a + b, 0);

    await page.getByTestId('search-input').fill('动力电池产业链');
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor({ state: 'visible', timeout: 10_000 });
    await hit.click();

    await page.waitForFunction(() => Number(document.body.dataset.graphNodes ?? 0) > 3, undefined, {
      timeout: 20_000,
    });
    const nodes = await page.evaluate(() => Number(document.body.dataset.graphNodes));
    // Let the layout settle and sigma paint.
    await page.waitForTimeout(3500);
    const shot = await canvasOnly();
    const full = await page.screenshot();
    fs.mkdirSync(path.join(import.meta.dirname, 'output'), { recursive: true });
    fs.writeFileSync(
      path.join(import.meta.dirname, 'output', `explorer-${storeName}-canvas.png`),
      shot,
    );
    fs.writeFileSync(path.join(import.meta.dirname, 'output', `explorer-${storeName}.png`), full);

    const after = colourCounts(shot);
    const coloured = [...after.values()].reduce((a, b) => a + b, 0);
    expect(nodes).toBeGreaterThan(3);
    expect(
      coloured,
      `kind-coloured pixels after drawing (before: ${colouredBefore})`,
    ).toBeGreaterThan(colouredBefore + 1000);
    expect(
      [...after.entries()].filter(([, n]) => n >= 20).length,
      JSON.stringify([...after]),
    ).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
