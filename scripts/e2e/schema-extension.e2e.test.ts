/**
 * A schema extension in the client, in real headless Chromium: the server starts with
 * ATLAS_SCHEMA naming an extension that adds `exchange`, `listedOn` and `shortName` to Enterprise
 * and a `Fund` kind investing in enterprises; data using them is imported through the API. The
 * legend shows the Fund kind with its name and glyph, and the details panel shows an enterprise's
 * extra properties under the names the extension gives them, in both languages — the client reads
 * all of it from `/api/schema`, nothing about the extension is built into it.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { asAdmin, startEmbeddedServer, type TestServer } from './server.ts';

const fixture = path.resolve(import.meta.dirname, '../../server/test/fixtures/atlas.schema.yaml');
const invented = 'invented for the schema-extension test';
const records = [
  { type: 'node', kind: 'Region', key: '350900', props: { name_zh: '宁德市', level: 'city' } },
  {
    type: 'node',
    kind: 'Enterprise',
    key: 'ext-ent',
    props: {
      name_zh: '示例电池股份有限公司',
      exchange: 'SZSE',
      listedOn: '2018-06-11',
      shortName: '示例电池',
      source: invented,
    },
  },
  {
    type: 'node',
    kind: 'Fund',
    key: 'ext-fund',
    props: { name_zh: '示例产业投资基金', sizeCny: 5_000_000_000, vintage: 2021, source: invented },
  },
  {
    type: 'edge',
    rel: 'INVESTS_IN',
    from: { kind: 'Fund', key: 'ext-fund' },
    to: { kind: 'Enterprise', key: 'ext-ent' },
    props: { amountCny: 200_000_000, since: 2022 },
  },
  {
    type: 'edge',
    rel: 'LOCATED_IN',
    from: { kind: 'Fund', key: 'ext-fund' },
    to: { kind: 'Region', key: '350900' },
  },
];

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startEmbeddedServer({ demo: false, env: { ATLAS_SCHEMA: fixture } });
  const imported = await fetch(`${server.baseUrl}/api/import`, {
    method: 'POST',
    headers: { ...asAdmin.extraHTTPHeaders, 'content-type': 'application/x-ndjson' },
    body: records.map((r) => JSON.stringify(r)).join('\n') + '\n',
  });
  if (!imported.ok) throw new Error(`import failed: ${await imported.text()}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a schema extension in the client', () => {
  it('shows the new kind in the legend and the extra properties in the details panel', async () => {
    const errors: string[] = [];
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(`${server.baseUrl}/?node=Fund:ext-fund&sel=Enterprise:ext-ent`, {
      waitUntil: 'load',
    });
    const fund = page.locator('[data-testid="legend-kind"][data-kind="Fund"]');
    await expect.poll(() => fund.count(), { timeout: 30_000 }).toBe(1);
    // The graph may be drawn before the schema has arrived; the row is renamed when it does.
    await expect.poll(() => fund.innerText(), { timeout: 20_000 }).toContain('产业基金');
    expect(await fund.locator('.kind-badge').innerText()).toBe('基');

    const row = (name: string) => page.locator(`.property-row[data-property="${name}"]`);
    await expect.poll(() => row('exchange').count(), { timeout: 20_000 }).toBe(1);
    expect(await row('exchange').locator('dt').innerText()).toBe('上市交易所');
    expect(await row('exchange').locator('dd').innerText()).toBe('SZSE');
    expect(await row('shortName').locator('dt').innerText()).toBe('证券简称');
    expect(await row('shortName').locator('dd').innerText()).toBe('示例电池');
    expect(await row('listedOn').locator('dt').innerText()).toBe('上市日期');

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => row('exchange').locator('dt').innerText()).toBe('Stock exchange');
    expect(await row('shortName').locator('dt').innerText()).toBe('Short name');
    expect(await fund.innerText()).toContain('Industry fund');
    expect(await fund.locator('.kind-badge').innerText()).toBe('Fd');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
