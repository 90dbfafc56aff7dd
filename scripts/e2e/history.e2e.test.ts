/**
 * A node's history in the details panel, in headless Chromium as an administrator: edits made
 * through the API appear with who, when and each property before → after, as the API records
 * them; a history longer than a page reads on with "more" from where the page ended; a node
 * removed through the API shows its removal and, to the administrator, a restore that brings it
 * back with its relationships.
 */
import type { ChangeFeed, NodeDetail } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { asAdmin, demoBrowser, saveScreenshot } from './server.ts';

const demo = demoBrowser();

const node = 'Segment/separator';
const pageUrl = () =>
  `${demo.server.baseUrl}/?node=Chain:nev-power-battery-chain&sel=Segment:separator`;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${demo.server.baseUrl}${path}`, {
    method,
    headers: {
      ...asAdmin.extraHTTPHeaders,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  expect(response.status, `${method} ${path}`).toBe(200);
  return (await response.json()) as T;
}

describe('a node’s history in Chromium', () => {
  it('shows edits with who, when and before → after, pages on with “more”, and restores a removed node', async () => {
    const errors: string[] = [];
    const context = await demo.browser.newContext({
      ...asAdmin,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });

    // More edits than a page holds (100), the last one a property read below.
    const original = await api<NodeDetail>('GET', `/api/nodes/${node}`);
    for (let i = 1; i <= 100; i++)
      await api('PATCH', `/api/nodes/${node}`, {
        props: { source: `Invented for this test: edit ${i}` },
      });
    await api('PATCH', `/api/nodes/${node}`, { props: { name_en: 'Separator film (edited)' } });
    const history = await api<ChangeFeed>('GET', `/api/nodes/${node}/history?limit=1000`);
    const last = history.changes.at(-1)!;
    expect(history.changes.length).toBeGreaterThan(100);

    await page.goto(pageUrl(), { waitUntil: 'load' });
    const items = page.getByTestId('history-item');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(100);
    // The first page ends before the last edit; "more" reads on from where it ended.
    await page.getByTestId('history-more').click();
    await expect.poll(() => items.count()).toBe(history.changes.length);
    expect(await page.getByTestId('history-more').count()).toBe(0);
    const shown = items.last();
    expect(await shown.getAttribute('data-action')).toBe('update');
    expect(await shown.getByTestId('history-by').innerText()).toBe(last.by);
    expect(await shown.locator('time').getAttribute('datetime')).toBe(last.at);
    const nameEn = shown.locator('[data-testid="history-prop"][data-prop="name_en"]');
    expect(await nameEn.locator('.history-before').innerText()).toBe(
      String(original.props.name_en ?? '—'),
    );
    expect(await nameEn.locator('.history-after').innerText()).toBe('Separator film (edited)');
    await shown.scrollIntoViewIfNeeded();
    saveScreenshot('details-history.png', await page.screenshot());
    expect(errors).toEqual([]);

    // Removed through the API: the panel shows the removal, and the administrator restores it.
    const relationships = (await api<{ relationships: unknown[] }>('GET', `/api/nodes/${node}`))
      .relationships.length;
    await api('DELETE', `/api/nodes/${node}`);
    await page.goto(pageUrl(), { waitUntil: 'load' });
    await expect
      .poll(() => page.getByTestId('history-restore').count(), { timeout: 20_000 })
      .toBe(1);
    await page.getByTestId('history-more').click();
    await expect.poll(() => items.last().getAttribute('data-action')).toBe('remove');
    await page.getByTestId('history-restore').click();
    await expect.poll(() => page.getByTestId('history-restore').count()).toBe(0);
    const restored = await api<NodeDetail>('GET', `/api/nodes/${node}`);
    expect(restored.props.name_en).toBe('Separator film (edited)');
    expect(restored.relationships.length).toBe(relationships);
    // Reading the removed node's details answers 404 (Chromium logs it); nothing else went wrong.
    expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    await context.close();
  });
});
