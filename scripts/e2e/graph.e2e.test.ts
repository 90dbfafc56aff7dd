/**
 * The explorer's graph in real headless Chromium over the demo region: a chain opens in its lanes
 * (upstream → midstream → downstream, with their headings), "fit" keeps the nodes out from under
 * the legend, the legend folds and says how many nodes are drawn when kinds are hidden, an
 * expansion along one relationship type goes into the address and Back undoes it, search pages
 * with "more", and the English interface has English glyphs and lanes and no developer words.
 * One server and one browser for the file.
 */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeSchema } from '@chanjiao/graph-schema';
import { seriousViolations } from './axe.ts';
import { demoBrowser, saveScreenshot } from './server.ts';

const demo = demoBrowser();

const desktop = { width: 1440, height: 900 };
const chainUrl = '/?node=Chain:nev-power-battery-chain';

async function openPage(errors: string[], viewport = desktop): Promise<Page> {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

const graphNodes = (page: Page) =>
  page.evaluate(() => Number(document.body.dataset.graphNodes ?? 0));

async function settled(page: Page, atLeast = 4) {
  await expect.poll(() => graphNodes(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
  await expect.poll(() => page.getByTestId('graph-loading').count()).toBe(0);
}

const searchOf = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** Pixels of the canvas alone (overlays hidden) in a kind's colour, within a box of the canvas. */
async function kindPixelsIn(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
) {
  const canvas = page.getByTestId('graph-canvas');
  const origin = await canvas.boundingBox();
  const png = PNG.sync.read(
    await canvas.screenshot({
      style: '.graph-area > :not([data-testid="graph-canvas"]) { visibility: hidden !important; }',
    }),
  );
  const colours = describeSchema().kinds.map((k) => {
    const n = Number.parseInt(k.colour.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
  });
  let count = 0;
  const x0 = Math.max(0, Math.round(box.x - (origin?.x ?? 0)));
  const y0 = Math.max(0, Math.round(box.y - (origin?.y ?? 0)));
  for (let y = y0; y < Math.min(png.height, y0 + box.height); y++)
    for (let x = x0; x < Math.min(png.width, x0 + box.width); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (
        colours.some(([cr, cg, cb]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) <= 12)
      )
        count++;
    }
  return count;
}

describe('the explorer’s graph in Chromium', () => {
  it('opens a chain in its lanes, fits it beside the legend, and folds the legend', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    await page.goto(`${demo.server.baseUrl}${chainUrl}`, { waitUntil: 'load' });
    await settled(page, 14);

    // Three lanes, left to right, headed in the language, holding the chain's 13 segments.
    const bands = page.locator('[data-testid="chain-lanes"] .lane-band');
    await expect.poll(() => bands.count()).toBe(3);
    const lanes = await bands.evaluateAll((elements) =>
      elements.map((e) => ({
        lane: (e as HTMLElement).dataset.lane,
        x: e.getBoundingClientRect().x,
        text: (e as HTMLElement).innerText,
      })),
    );
    expect(lanes.map((l) => l.lane)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(lanes[0]!.x).toBeLessThan(lanes[1]!.x);
    expect(lanes[1]!.x).toBeLessThan(lanes[2]!.x);
    expect(lanes.map((l) => l.text.replace(/\s+/g, ' '))).toEqual([
      '上游 7 个环节',
      '中游 2 个环节',
      '下游 4 个环节',
    ]);

    // Fitted after opening: nothing of the graph is drawn under the legend.
    await page.waitForTimeout(1500);
    const legend = await page.getByTestId('legend').boundingBox();
    expect(legend).not.toBeNull();
    expect(await kindPixelsIn(page, legend!)).toBe(0);
    saveScreenshot('explorer-chain.png', await page.screenshot());

    // Hiding a kind: the legend says how many are drawn; folded, it still does.
    await page.locator('[data-testid="legend-kind"][data-kind="Segment"] input').click();
    await expect.poll(() => searchOf(page)).toContain('hide=Segment');
    const total = await graphNodes(page);
    await expect
      .poll(() => page.getByTestId('legend-shown').innerText())
      .toBe(`显示 ${total - 13} / ${total}`);
    const unfolded = (await page.getByTestId('legend').boundingBox())?.height ?? 0;
    await page.getByTestId('legend-fold').click();
    expect(await page.getByTestId('legend-fold').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="legend-kind"]').first().isVisible()).toBe(false);
    expect((await page.getByTestId('legend').boundingBox())?.height ?? 0).toBeLessThan(
      unfolded / 3,
    );
    await expect
      .poll(() => page.getByTestId('legend-shown').innerText())
      .toBe(`显示 ${total - 13} / ${total}`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('expands along one relationship type into the address, and Back undoes it', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    await page.goto(`${demo.server.baseUrl}${chainUrl}&sel=Segment:cell-manufacturing`, {
      waitUntil: 'load',
    });
    await settled(page, 14);
    const before = await graphNodes(page);
    const group = page.locator('.relationship-group[data-rel="OPERATES_IN"][data-direction="in"]');
    const enterprises = await group.getByTestId('relationship-item').count();
    expect(enterprises).toBeGreaterThan(2);
    await group.getByTestId('relationship-expand').click();
    await expect
      .poll(() => searchOf(page))
      .toContain('expand=Segment:cell-manufacturing~rel:OPERATES_IN');
    // The segment's enterprises are added, and nothing else.
    await expect.poll(() => graphNodes(page), { timeout: 20_000 }).toBe(before + enterprises);

    // The options form writes depth and kinds the same way.
    await page.getByTestId('expand-options-toggle').click();
    await page.getByTestId('expand-depth').selectOption('2');
    await page.locator('[data-testid="expand-kind"][value="Occupation"]').check();
    await page.getByTestId('expand-submit').click();
    await expect
      .poll(() => searchOf(page))
      .toContain('Segment:cell-manufacturing~depth:2~kind:Occupation');
    await expect
      .poll(() => graphNodes(page), { timeout: 20_000 })
      .toBeGreaterThan(before + enterprises);

    await page.goBack();
    await expect.poll(() => graphNodes(page)).toBe(before + enterprises);
    await page.goBack();
    await expect.poll(() => graphNodes(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pages search results with “more”, and says how many are shown', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    await page.goto(demo.server.baseUrl, { waitUntil: 'load' });
    await page.getByTestId('search-input').fill('电池');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBe(12);
    await expect.poll(() => page.getByTestId('search-count').innerText()).toMatch(/^显示 12/);
    await page.getByTestId('search-more').click();
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBeGreaterThan(12);
    const keys = await hits.evaluateAll((items) =>
      items.map(
        (item) => `${(item as HTMLElement).dataset.kind}:${(item as HTMLElement).dataset.key}`,
      ),
    );
    expect(new Set(keys).size).toBe(keys.length);
    // The list stayed open and the input kept the focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
    // With facets from the server, a chip narrows the hits to its kind.
    if ((await page.getByTestId('search-facet').count()) > 0) {
      await page.locator('[data-testid="search-facet"][data-kind="Competency"]').click();
      await expect
        .poll(() => hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.kind)))
        .toSatisfy(
          (kinds: unknown[]) => kinds.length > 0 && kinds.every((k) => k === 'Competency'),
        );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English throughout in English, with English glyphs and lanes, and no store name', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    await page.goto(`${demo.server.baseUrl}${chainUrl}&sel=Segment:separator`, {
      waitUntil: 'load',
    });
    await settled(page, 14);
    const text = () => page.evaluate(() => document.body.innerText);
    expect(await text()).not.toMatch(/embedded/i);
    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => page.locator('[data-lane="midstream"] .lane-heading').innerText())
      .toMatch(/^midstream/);
    const badge = page.locator('[data-testid="legend-kind"][data-kind="Chain"] .kind-badge');
    expect(await badge.innerText()).toBe('Ch');
    // The separator's position reads in English in its details.
    await expect
      .poll(() => page.locator('.property-row[data-property="position"] dd').innerText())
      .toBe('upstream');
    expect(await text()).not.toMatch(/embedded/i);
    expect(await page.getByTestId('health').getAttribute('title')).toMatch(/built-in database/);
    saveScreenshot('explorer-chain-en.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
