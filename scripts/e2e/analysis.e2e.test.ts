/**
 * The analysis views in real headless Chromium over a fresh embedded store holding the demo
 * region: switch to the skill gap and see a coverage percentage, the competency table and the gap
 * subgraph drawn; switch to the weak links and see the demo chain's missing and weak segments, and
 * open a local enterprise in the explorer; no page errors. Screenshots of both views go to `scripts/e2e/output/`.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBrowser, saveScreenshot } from './server.ts';

const demo = demoBrowser();
let baseUrl: string;

beforeAll(() => {
  ({ baseUrl } = demo.server);
});

async function openPage(errors: string[]): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  return page;
}

describe('analysis views in Chromium on the embedded store', () => {
  it('shows the skill gap and the weak links of the demo chain', async () => {
    const errors: string[] = [];
    const page = await openPage(errors);

    await page.getByTestId('mode-skill-gap').click();
    // The view's address names its parameters, filled with the defaults.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('institution'), { timeout: 20_000 })
      .toBe('ningde-demo-university');
    expect(new URL(page.url()).pathname).toBe('/skill-gap');
    const coverage = page.getByTestId('skill-gap-coverage');
    await expect
      .poll(async () => ((await coverage.count()) > 0 ? coverage.innerText() : ''), {
        timeout: 20_000,
      })
      .toMatch(/^\d{1,3}(\.\d+)?%$/);
    await expect
      .poll(() => page.getByTestId('skill-gap-row').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(10);
    // The gap subgraph holds the answer's competencies, occupations and courses.
    await expect
      .poll(
        async () =>
          Number((await page.getByTestId('analysis-graph').getAttribute('data-nodes')) ?? 0),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(10);

    // Picking the largest gap highlights it; let the layout settle before the screenshot.
    await page.getByTestId('skill-gap-row').first().click();
    await expect
      .poll(() => page.getByTestId('skill-gap-row').first().getAttribute('aria-selected'))
      .toBe('true');
    await page.waitForTimeout(3000);
    saveScreenshot('analysis-skill-gap.png', await page.screenshot());

    await page.getByTestId('mode-weak-links').click();
    await page
      .locator('[data-testid="weak-link-row"][data-status="missing"]')
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    expect(
      await page.locator('[data-testid="weak-link-row"][data-status="weak"]').count(),
    ).toBeGreaterThanOrEqual(1);
    await page.locator('[data-testid="weak-link-row"][data-status="weak"]').first().click();
    await page.getByTestId('local-enterprise').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(1000);
    saveScreenshot('analysis-weak-links.png', await page.screenshot());

    // A local enterprise opens in the explorer, with its neighbourhood drawn.
    expect(new URL(page.url()).searchParams.get('sel')).toMatch(/^Segment:/);
    const enterprise = await page.getByTestId('local-enterprise').first().getAttribute('data-key');
    await page.getByTestId('local-enterprise').first().click();
    await page.waitForFunction(() => Number(document.body.dataset.graphNodes ?? 0) > 1, undefined, {
      timeout: 20_000,
    });
    expect(await page.getByTestId('mode-explorer').getAttribute('aria-selected')).toBe('true');
    expect(new URL(page.url()).searchParams.get('node')).toBe(`Enterprise:${enterprise}`);

    expect(errors).toEqual([]);
    await page.close();
  });
});
