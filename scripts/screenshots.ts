/**
 * `pnpm screenshots [--only trends,lists] [--out docs/views]`: the README's pictures of every view,
 * taken rather than drawn — the built web client over the demo region on a fresh embedded store, in
 * headless Chromium at desktop (1440×900) and phone (390×844) size, each view opened at the address
 * the README's tour links to and photographed once its rows and charts are on screen. Run
 * `pnpm build:web` first. The pictures are written as `<view>-desktop.png` and `<view>-phone.png`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './e2e/browser.ts';
import { startEmbeddedServer } from './e2e/server.ts';

const chain = 'nev-power-battery-chain';
const region = '350900';
const college = 'ningde-demo-vocational-college';

/**
 * Each view of the tour: its name, the address, a test id that is on screen once it is drawn, and
 * optionally the part to scroll into view before the picture is taken.
 */
export const tour: readonly { name: string; url: string; ready: string; show?: string }[] = [
  { name: 'explorer', url: `/?node=Chain:${chain}&sel=Segment:separator`, ready: 'details-panel' },
  { name: 'overview', url: `/overview?region=${region}`, ready: 'overview-chains-row' },
  {
    name: 'weak-links',
    url: `/weak-links?chain=${chain}&region=${region}&sel=Segment:battery-recycling`,
    ready: 'fill-candidate',
  },
  {
    name: 'weak-links-large',
    url: `/weak-links?chain=${chain}&region=${region}&large=true`,
    ready: 'weak-links-large',
  },
  {
    name: 'talent-map',
    url: `/talent-map?chain=${chain}&region=${region}`,
    ready: 'talent-map-competencies-row',
  },
  { name: 'trends', url: `/trends?chain=${chain}&region=${region}`, ready: 'trends-classes-row' },
  {
    name: 'lists',
    url: `/lists?chain=${chain}&region=${region}&list=skill-gaps`,
    ready: 'list-skill-gaps-table-row',
  },
  {
    name: 'skill-gap',
    url: `/skill-gap?chain=${chain}&region=${region}&institution=${college}`,
    ready: 'skill-gap-row',
  },
  { name: 'alignment', url: `/alignment?institution=${college}`, ready: 'alignment-programs-row' },
  {
    name: 'program-adjustment',
    url: `/program-adjustment?institution=${college}&sel=Program:ndvc-auto-inspection-repair`,
    ready: 'adjustment-decision',
    // The decision — the rule that fired and the demand trend behind it — rather than the table.
    show: 'adjustment-decision',
  },
  {
    name: 'matching',
    url: '/matching?posting=posting-2025-034&sel=Candidate:cand-0012',
    ready: 'matching-explanation-row',
  },
  { name: 'related', url: '/related?occupation=automotive-mechanic', ready: 'related-rows-row' },
  {
    name: 'experts',
    url: '/experts?competency=thermal-runaway-analysis',
    ready: 'experts-rows-row',
  },
];

const sizes = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

async function settle(page: Page, ready: string): Promise<void> {
  await page.getByTestId(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="analysis-loading"]').length === 0,
  );
  // Charts load their library lazily and animate; graphs run a short layout.
  await page.waitForTimeout(2000);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      out: { type: 'string', default: 'docs/views' },
      language: { type: 'string', default: 'zh' },
    },
  });
  const only = values.only ? new Set(values.only.split(',')) : null;
  const outDir = path.resolve(import.meta.dirname, '..', values.out);
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startEmbeddedServer({ demo: true });
  const browser = await launchChromium();
  try {
    for (const [size, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await context.addInitScript((language) => {
        localStorage.setItem('chanjiao-atlas.language', language);
      }, values.language);
      const page = await context.newPage();
      for (const view of tour) {
        if (only && !only.has(view.name)) continue;
        await page.goto(`${server.baseUrl}${view.url}`, { waitUntil: 'load' });
        await settle(page, view.ready);
        if (view.show) await page.getByTestId(view.show).first().scrollIntoViewIfNeeded();
        // A picked row scrolls its table into view; the picture starts at the top of the view.
        else
          await page.evaluate(() => {
            window.scrollTo(0, 0);
            for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
          });
        await page.waitForTimeout(500);
        const file = path.join(outDir, `${view.name}-${size}.png`);
        fs.writeFileSync(file, await page.screenshot());
        console.log(`${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
