/**
 * `pnpm bench:web` — how the web client's graph drawing holds up at scale, in headless Chromium
 * with software WebGL (SwiftShader, as on a machine without a GPU): frames per second while the
 * camera pans and zooms over 10,000 nodes and 30,000 relationships, the time from data in memory
 * to the first frame at 50,000 / 150,000, and ForceAtlas2 on 5,000 nodes in its web worker until
 * it settles. Each figure is measured twice in the same run — with the explorer's own renderer
 * (its reducers, colours and label placement; its ForceAtlas2 settings) and with sigma as sigma's
 * large-graph example sets it up — and printed with the ratio between them and the goal.
 * A benchmark, not a test: nothing here fails on a slow machine.
 *
 * Options: `--seconds N` (camera motion per measurement, default 6), `--runs N` (repetitions,
 * the median is printed; default 3), `--scale F` (multiply every graph size, e.g. 0.2 for a quick
 * look).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';

type Setup = 'atlas' | 'sigma';

const root = path.resolve(import.meta.dirname, '../..');
const pageDir = path.join(import.meta.dirname, 'web-page');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const seconds = option('seconds', 6);
const runs = Math.round(option('runs', 3));
const scale = option('scale', 1);
const sized = (n: number) => Math.max(100, Math.round(n * scale));

/** Builds the benchmark page with Vite (the web client's bundler) into a temporary folder. */
async function buildPage(): Promise<string> {
  const vitePath = path.join(root, 'scripts/node_modules/vite/dist/node/index.js');
  const vite = (await import(pathToFileURL(vitePath).href)) as typeof import('vite');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-web-'));
  await vite.build({
    configFile: false,
    root: pageDir,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4096 },
    worker: { format: 'es' },
  });
  return outDir;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(dir, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function measure<T extends Record<string, number | null>>(
  browser: Browser,
  url: string,
  call: (page: Page) => Promise<T>,
  what: string,
): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    // A fresh page for every run: no cache, no garbage from the one before.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    results.push(await call(page));
    await page.close();
    console.log(
      `  ${what}, run ${run + 1} of ${runs}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (errors.length > 0) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
  }
  return results;
}

const pick = <T extends Record<string, number | null>>(results: T[], key: keyof T) =>
  median(results.map((r) => (r[key] === null ? Infinity : Number(r[key]))));

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'not settled';
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

async function main() {
  console.log('Building the benchmark page…');
  const dir = await buildPage();
  const server = await serve(dir);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  const cpus = os.cpus();
  console.log(
    `Headless Chromium, software WebGL; ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${runs} run(s) each, medians.\n`,
  );
  const setups: Setup[] = ['atlas', 'sigma'];
  const rows: string[][] = [];
  try {
    const fpsSize = [sized(10_000), sized(30_000)] as const;
    const fps = new Map<Setup, number>();
    const p95 = new Map<Setup, number>();
    for (const setup of setups) {
      const results = await measure(
        browser,
        url,
        (page) =>
          page.evaluate(
            ([s, n, m, t]) =>
              window.atlasBench.panZoom(s as Setup, n as number, m as number, t as number),
            [setup, fpsSize[0], fpsSize[1], seconds] as const,
          ),
        `pan & zoom (${setup})`,
      );
      fps.set(setup, pick(results, 'fps'));
      p95.set(setup, pick(results, 'p95FrameMs'));
    }
    rows.push([
      `pan & zoom, ${fpsSize[0].toLocaleString('en')} nodes / ${fpsSize[1].toLocaleString('en')} rel.`,
      `${fmt(fps.get('atlas') ?? NaN, 1)} fps (p95 frame ${fmt(p95.get('atlas') ?? NaN)} ms)`,
      `${fmt(fps.get('sigma') ?? NaN, 1)} fps (p95 frame ${fmt(p95.get('sigma') ?? NaN)} ms)`,
      ratio(fps.get('atlas') ?? NaN, fps.get('sigma') ?? NaN),
      '≥ 30 fps',
    ]);

    for (const [n, m] of [
      [sized(50_000), sized(150_000)],
      [sized(150_000), sized(450_000)],
    ] as const) {
      const total = new Map<Setup, number>();
      const build = new Map<Setup, number>();
      for (const setup of setups) {
        const results = await measure(
          browser,
          url,
          (page) =>
            page.evaluate(
              ([s, nn, mm]) => window.atlasBench.firstFrame(s as Setup, nn as number, mm as number),
              [setup, n, m] as const,
            ),
          `first frame ${n} (${setup})`,
        );
        total.set(setup, pick(results, 'totalMs'));
        build.set(setup, pick(results, 'buildMs'));
      }
      rows.push([
        `first frame, ${n.toLocaleString('en')} nodes / ${m.toLocaleString('en')} rel.`,
        `${fmt(total.get('atlas') ?? NaN)} ms (graph ${fmt(build.get('atlas') ?? NaN)} ms)`,
        `${fmt(total.get('sigma') ?? NaN)} ms (graph ${fmt(build.get('sigma') ?? NaN)} ms)`,
        ratio(total.get('atlas') ?? NaN, total.get('sigma') ?? NaN),
        '≤ 2,000 ms',
      ]);
    }

    const layoutSize = [sized(5_000), sized(15_000)] as const;
    const settled = new Map<Setup, number>();
    const frames = new Map<Setup, number>();
    for (const setup of setups) {
      const results = await measure(
        browser,
        url,
        (page) =>
          page.evaluate(
            ([s, n, m]) => window.atlasBench.layout(s as Setup, n as number, m as number, 60),
            [setup, layoutSize[0], layoutSize[1]] as const,
          ),
        `ForceAtlas2 (${setup})`,
      );
      settled.set(setup, pick(results, 'settledSeconds'));
      frames.set(setup, pick(results, 'mainThreadP95FrameMs'));
    }
    rows.push([
      `ForceAtlas2 in the worker, ${layoutSize[0].toLocaleString('en')} nodes, until settled`,
      `${fmt(settled.get('atlas') ?? NaN, 1)} s (main thread p95 frame ${fmt(frames.get('atlas') ?? NaN)} ms)`,
      `${fmt(settled.get('sigma') ?? NaN, 1)} s (main thread p95 frame ${fmt(frames.get('sigma') ?? NaN)} ms)`,
      ratio(settled.get('atlas') ?? NaN, settled.get('sigma') ?? NaN),
      '≤ 8 s',
    ]);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const header = [
    'measurement',
    'atlas renderer',
    "sigma's large-graph setup",
    'atlas / sigma',
    'goal',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    '\nSettled: mean node movement over 0.5 s below 1 % of the layout’s diameter, twice in a row.',
  );
}

await main();
