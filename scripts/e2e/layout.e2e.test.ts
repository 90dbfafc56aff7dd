/**
 * Phone and tablet layouts in real headless Chromium over the demo region, and accessibility of
 * every view: at 390×844 and 768×1024 no view scrolls sideways, the search spans the width, the
 * views are in a menu and a picked node's details rise in a bottom sheet on screen; axe-core finds
 * no serious or critical violation on any view at desktop and phone size. Screenshots go to
 * `scripts/e2e/output/`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { asAdmin, demoBrowser, saveScreenshot } from './server.ts';

const demo = demoBrowser();

const phone = { width: 390, height: 844 };
const tablet = { width: 768, height: 1024 };

async function openPage(viewport: { width: number; height: number }, errors: string[]) {
  // As an administrator, so that every view — the import too — is offered.
  const page = await demo.browser.newPage({ viewport, ...asAdmin });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

/** How wide the document is, against the viewport: no sideways scrolling when equal. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { document, viewport } = await widths(page);
  expect(document, `${where}: document ${document} px wide in a ${viewport} px viewport`).toBe(
    viewport,
  );
}

/** Waits for a view's main content: the explorer's empty state or graph, an analysis' answer. */
async function waitForView(page: Page, testId: string) {
  await page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 20_000 });
  await expect.poll(() => page.getByTestId('analysis-loading').count()).toBe(0);
}

async function openFromMenu(page: Page, view: string) {
  await page.getByTestId('view-menu-button').click();
  await page.getByTestId(`menu-${view}`).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/${view}`);
  expect(await page.getByTestId('view-menu-button').getAttribute('aria-expanded')).toBe('false');
}

describe('phone and tablet layouts in Chromium', () => {
  it('fits a phone: full-width search, details in a bottom sheet, views in a menu', async () => {
    const errors: string[] = [];
    const page = await openPage(phone, errors);
    await page.goto(demo.server.baseUrl, { waitUntil: 'load' });
    await waitForView(page, 'empty-state');
    await expectNoSidewaysScroll(page, 'explorer, empty');
    // No tab bar on a phone: the views are in the menu.
    expect(await page.getByRole('tab').count()).toBe(0);

    const search = await page.getByTestId('search-input').boundingBox();
    expect(search?.width ?? 0).toBeGreaterThanOrEqual(phone.width - 2 * 16);

    await page.getByTestId('search-input').fill('动力电池产业链');
    await page.getByTestId('search-hit').first().click();
    const sheet = page.getByTestId('details-sheet');
    await sheet.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => page.locator('.details-title').innerText()).toMatch(/动力电池/);
    const title = await page.locator('.details-title').boundingBox();
    expect(title, 'the details title is drawn').not.toBeNull();
    expect((title?.y ?? 0) + (title?.height ?? 0)).toBeLessThanOrEqual(phone.height);
    expect(title?.y ?? -1).toBeGreaterThanOrEqual(0);
    // The sheet's own content scrolls: its last relationship is reachable.
    const lastRelationship = page.getByTestId('relationship-item').last();
    await lastRelationship.scrollIntoViewIfNeeded();
    const last = await lastRelationship.boundingBox();
    expect((last?.y ?? phone.height) + (last?.height ?? 0)).toBeLessThanOrEqual(phone.height);
    await expectNoSidewaysScroll(page, 'explorer with details');
    await page.waitForTimeout(2500);
    saveScreenshot('phone-explorer.png', await page.screenshot());

    // Folding the sheet leaves its title in view and gives the graph back.
    const before = (await sheet.boundingBox())?.height ?? 0;
    await page.getByTestId('details-sheet-handle').click();
    expect(await page.getByTestId('details-sheet-handle').getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect((await sheet.boundingBox())?.height ?? 0).toBeLessThan(before);

    await openFromMenu(page, 'skill-gap');
    await waitForView(page, 'skill-gap-coverage');
    await expectNoSidewaysScroll(page, 'skill gap');
    saveScreenshot('phone-skill-gap.png', await page.screenshot());
    await openFromMenu(page, 'weak-links');
    await waitForView(page, 'weak-link-row');
    await expectNoSidewaysScroll(page, 'weak links');
    saveScreenshot('phone-weak-links.png', await page.screenshot());
    await openFromMenu(page, 'import');
    await waitForView(page, 'import-view');
    await expectNoSidewaysScroll(page, 'import');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a tablet in portrait', async () => {
    const errors: string[] = [];
    const page = await openPage(tablet, errors);
    for (const [path, testId] of [
      ['/', 'empty-state'],
      ['/?node=Chain:nev-power-battery-chain&sel=Segment:separator', 'details-sheet'],
      ['/skill-gap', 'skill-gap-coverage'],
      ['/weak-links', 'weak-link-row'],
      ['/overview', 'overview-chains-row'],
      ['/talent-map', 'talent-map-competencies-row'],
      ['/trends', 'trends-classes-row'],
      ['/lists', 'list-services-table-row'],
      ['/alignment', 'alignment-programs-row'],
      ['/program-adjustment', 'adjustment-programs-row'],
      ['/matching', 'matching-rows-row'],
      ['/related', 'related-rows-row'],
      ['/experts', 'experts-rows-row'],
      ['/import', 'import-view'],
    ] as const) {
      await page.goto(`${demo.server.baseUrl}${path}`, { waitUntil: 'load' });
      await waitForView(page, testId);
      await expectNoSidewaysScroll(page, `tablet ${path}`);
      expect(await page.getByTestId('view-menu-button').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility of every view (axe-core)', () => {
  const views = [
    ['/', 'empty-state'],
    ['/?node=Chain:nev-power-battery-chain&sel=Segment:separator', 'details-panel'],
    ['/skill-gap', 'skill-gap-row'],
    [
      '/weak-links?chain=nev-power-battery-chain&region=350900&sel=Segment:separator',
      'weak-link-row',
    ],
    ['/overview?region=350900', 'overview-chains-row'],
    ['/talent-map?chain=nev-power-battery-chain&region=350900', 'talent-map-competencies-row'],
    ['/trends?chain=nev-power-battery-chain&region=350900', 'trends-classes-row'],
    ['/lists?chain=nev-power-battery-chain&region=350900', 'list-services-table-row'],
    ['/alignment?institution=ningde-demo-vocational-college', 'alignment-programs-row'],
    ['/program-adjustment?institution=ningde-demo-vocational-college', 'adjustment-programs-row'],
    ['/matching?posting=posting-2025-034&sel=Candidate:cand-0002', 'matching-explanation-row'],
    ['/related?occupation=automotive-mechanic', 'related-rows-row'],
    ['/experts?competency=thermal-runaway-analysis', 'experts-rows-row'],
    ['/import', 'import-view'],
    ['/login', 'login-view'],
  ] as const;

  for (const [size, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', phone],
  ] as const)
    it(`finds no serious or critical violation at ${size} size`, async () => {
      const errors: string[] = [];
      const page = await openPage(viewport, errors);
      const found: string[] = [];
      for (const [path, testId] of views) {
        await page.goto(`${demo.server.baseUrl}${path}`, { waitUntil: 'load' });
        await waitForView(page, testId);
        for (const violation of await seriousViolations(page)) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
});
