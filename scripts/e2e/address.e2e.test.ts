/**
 * The address in real headless Chromium over a fresh embedded store holding the demo region: what
 * a reader does in the explorer and the analyses is in the URL, so a reload restores it, Back and
 * Forward step through it, and the copied URL in a fresh browser (no storage, no history) shows
 * the same view. Also the view tabs' keyboard model. One server and one browser for the file.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { demoBrowser, saveScreenshot } from './server.ts';

const demo = demoBrowser();

const desktop = { width: 1440, height: 900 };

/** A fresh browser profile (no storage, no history) with one page, collecting page errors. */
async function freshPage(errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await demo.browser.newContext({ viewport: desktop });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page };
}

const graphNodes = (page: Page) =>
  page.evaluate(() => Number(document.body.dataset.graphNodes ?? 0));

/** Waits until the explorer's graph holds `count` nodes and no request is under way. */
async function settledGraph(page: Page, count: number) {
  await expect.poll(() => graphNodes(page), { timeout: 30_000 }).toBe(count);
  await expect.poll(() => page.getByTestId('graph-loading').count()).toBe(0);
}

const detailsTitle = (page: Page) => page.locator('.details-title').innerText();

const legendChecked = (page: Page, kind: string) =>
  page.locator(`[data-testid="legend-kind"][data-kind="${kind}"] input`).isChecked();

/** The search part of the page's address, decoded. */
const searchOf = (page: Page) => decodeURIComponent(new URL(page.url()).search);

describe('the address in Chromium on the embedded store', () => {
  it('keeps the explorer: reload restores, Back and Forward step, a fresh browser shows the same', async () => {
    const errors: string[] = [];
    const { context, page } = await freshPage(errors);
    await page.goto(demo.server.baseUrl, { waitUntil: 'load' });

    await page.getByTestId('search-input').fill('动力电池产业链');
    await page.getByTestId('search-hit').first().click();
    await expect.poll(() => searchOf(page)).toContain('node=Chain:nev-power-battery-chain');
    await expect.poll(() => graphNodes(page), { timeout: 20_000 }).toBeGreaterThan(3);
    const opened = { url: page.url(), nodes: await graphNodes(page) };
    expect(searchOf(page)).toBe(
      '?node=Chain:nev-power-battery-chain&sel=Chain:nev-power-battery-chain',
    );

    // Follow the chain to one of its segments, then expand that segment.
    await page
      .locator(
        '.relationship-group[data-rel="PART_OF"][data-direction="in"] [data-testid="relationship-item"]',
      )
      .first()
      .click();
    await expect.poll(() => searchOf(page)).toMatch(/sel=Segment:/);
    const segment = await detailsTitle(page);
    await page.getByTestId('details-expand').click();
    await expect.poll(() => searchOf(page)).toMatch(/expand=Segment:[^&]+&sel=Segment:/);
    await expect.poll(() => graphNodes(page), { timeout: 20_000 }).toBeGreaterThan(opened.nodes);
    await expect.poll(() => page.getByTestId('graph-loading').count()).toBe(0);
    const expanded = { url: page.url(), nodes: await graphNodes(page) };

    // Hide enterprises in the legend.
    await page.locator('[data-testid="legend-kind"][data-kind="Enterprise"] input').click();
    await expect.poll(() => searchOf(page)).toMatch(/hide=Enterprise$/);
    const filtered = page.url();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'load' });
    expect(page.url()).toBe(filtered);
    await settledGraph(page, expanded.nodes);
    await expect.poll(() => detailsTitle(page)).toBe(segment);
    expect(await legendChecked(page, 'Enterprise')).toBe(false);

    await page.goBack();
    expect(page.url()).toBe(expanded.url);
    await expect.poll(() => legendChecked(page, 'Enterprise')).toBe(true);
    await page.goBack(); // the expansion
    await page.goBack(); // the segment's selection
    expect(page.url()).toBe(opened.url);
    await settledGraph(page, opened.nodes);
    await expect.poll(() => detailsTitle(page)).not.toBe(segment);
    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe(expanded.url);
    await settledGraph(page, expanded.nodes);

    const fresh = await freshPage(errors);
    await fresh.page.goto(filtered, { waitUntil: 'load' });
    await settledGraph(fresh.page, expanded.nodes);
    await expect.poll(() => detailsTitle(fresh.page)).toBe(segment);
    expect(await legendChecked(fresh.page, 'Enterprise')).toBe(false);
    await fresh.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the analyses: parameters and the picked row survive a reload, Back and a fresh browser', async () => {
    const errors: string[] = [];
    const { context, page } = await freshPage(errors);
    await page.goto(`${demo.server.baseUrl}/skill-gap`, { waitUntil: 'load' });
    const coverage = page.getByTestId('skill-gap-coverage');
    const coverageText = async () => ((await coverage.count()) > 0 ? coverage.innerText() : '');

    // A bare address is completed with the defaults, in place.
    await expect
      .poll(() => searchOf(page), { timeout: 20_000 })
      .toBe('?chain=nev-power-battery-chain&region=350900&institution=ningde-demo-university');
    await expect.poll(coverageText, { timeout: 20_000 }).toMatch(/%$/);
    const university = { url: page.url(), coverage: await coverageText() };

    await page.getByTestId('picker-supplier-kind').selectOption('Program');
    await expect.poll(() => searchOf(page)).toMatch(/&program=[^&]+$/);
    await expect.poll(coverageText, { timeout: 20_000 }).not.toBe(university.coverage);
    await expect.poll(() => page.getByTestId('analysis-loading').count()).toBe(0);
    const program = { url: page.url(), coverage: await coverageText() };

    const row = page.getByTestId('skill-gap-row').nth(1);
    const competency = await row.getAttribute('data-key');
    await row.click();
    await expect.poll(() => searchOf(page)).toContain(`&sel=Competency:${competency}`);
    const picked = page.url();
    const pickedRow = (p: Page) =>
      p.locator(`[data-testid="skill-gap-row"][data-key="${competency}"]`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'load' });
    expect(page.url()).toBe(picked);
    await expect.poll(coverageText, { timeout: 20_000 }).toBe(program.coverage);
    await expect.poll(() => pickedRow(page).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('picker-supplier-kind').inputValue()).toBe('Program');

    await page.goBack();
    expect(page.url()).toBe(program.url);
    await expect.poll(() => pickedRow(page).getAttribute('aria-selected')).toBe('false');
    await page.goBack();
    expect(page.url()).toBe(university.url);
    await expect.poll(coverageText, { timeout: 20_000 }).toBe(university.coverage);
    expect(await page.getByTestId('picker-supplier-kind').inputValue()).toBe('Institution');

    const fresh = await freshPage(errors);
    await fresh.page.goto(picked, { waitUntil: 'load' });
    await expect
      .poll(
        async () => {
          const card = fresh.page.getByTestId('skill-gap-coverage');
          return (await card.count()) > 0 ? card.innerText() : '';
        },
        { timeout: 20_000 },
      )
      .toBe(program.coverage);
    await expect.poll(() => pickedRow(fresh.page).getAttribute('aria-selected')).toBe('true');
    expect(fresh.page.url()).toBe(picked);

    // A weak-links link opens on its picked segment.
    await fresh.page.goto(
      `${demo.server.baseUrl}/weak-links?chain=nev-power-battery-chain&region=350900&sel=Segment:battery-recycling`,
      { waitUntil: 'load' },
    );
    const recycling = fresh.page.locator(
      '[data-testid="weak-link-row"][data-key="battery-recycling"]',
    );
    await expect
      .poll(() => recycling.getAttribute('aria-selected'), { timeout: 20_000 })
      .toBe('true');
    await fresh.page.getByTestId('local-enterprise').first().waitFor({ state: 'visible' });
    expect(await seriousViolations(fresh.page)).toEqual([]);
    await fresh.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves between view tabs with the arrow keys and opens one with Enter', async () => {
    const errors: string[] = [];
    const { context, page } = await freshPage(errors);
    await page.goto(demo.server.baseUrl, { waitUntil: 'load' });
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

    const tabs = page.getByRole('tab');
    const order = await tabs.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute('data-testid')),
    );
    expect(order[0]).toBe('mode-explorer');
    // Only the open view's tab is in the page's tab order.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

    await page.getByTestId('mode-explorer').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(order[1]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(order[order.length - 1]);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('mode-explorer');
    await page.keyboard.press('End');
    expect(await focused()).toBe(order[order.length - 1]);
    // Focus alone opens nothing (a view may fetch); Enter does.
    expect(new URL(page.url()).pathname).toBe('/');

    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const target = order[1] ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${target.replace(/^mode-/, '')}`);
    expect(await page.getByTestId(target).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    const next = order[2] ?? '';
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${next.replace(/^mode-/, '')}`);
    saveScreenshot('address-tabs.png', await page.screenshot());

    expect(errors).toEqual([]);
    await context.close();
  });
});
