/**
 * The Content-Security-Policy against real pages: the built web client at `/` (drawing the demo
 * graph) and the Swagger UI at `/docs` load in headless Chromium with no CSP violation and no
 * console error, while the policy is really in force (an inline script injected into the page is
 * blocked and reported).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.ts';

const demo = demoBrowser();

async function open(url: string, problems: string[]): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${demo.server.baseUrl}${url}`, { waitUntil: 'networkidle' });
  return page;
}

describe('Content-Security-Policy in Chromium', () => {
  it('lets the web client load and draw with no violation', async () => {
    const problems: string[] = [];
    const page = await open('/', problems);
    await page.waitForSelector('canvas', { timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the API documentation at /docs load with no violation', async () => {
    const problems: string[] = [];
    const page = await open('/docs', problems);
    await page.waitForSelector('.swagger-ui .opblock', { timeout: 30_000 });
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is in force: an injected inline script is blocked', async () => {
    const problems: string[] = [];
    const page = await open('/', problems);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
    });
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    expect(
      problems.some((p) => p.includes('CSP violation') || p.includes('Content Security Policy')),
    ).toBe(true);
    await page.close();
  });
});
