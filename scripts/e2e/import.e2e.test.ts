/**
 * The import view in real headless Chromium over an empty embedded store: pick two CSV files and a
 * mapping document, check them (dry run), import them, and find the result in the store; then a
 * file with bad rows shows its problems with file, row and column, and writes nothing.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedStore } from '@chanjiao/server';
import { asAdmin, demoBrowser, saveScreenshot } from './server.ts';

const mapping = `version: 1
description: enterprises and their postings (test fixture)
defaults:
  nodeProps:
    source: { const: "e2e fixture (invented)" }
files:
  - match: enterprises.csv
    nodes:
      - kind: Enterprise
        key: { column: code, transforms: [slug] }
        props:
          name_zh: 名称
          employees: { column: 员工, transforms: [integer] }
  - match: postings.csv
    nodes:
      - kind: Posting
        key: id
        props:
          name_zh: 岗位
          period: 时期
          headcount: { column: 人数, transforms: [integer] }
    edges:
      - rel: POSTED
        from: { kind: Enterprise, key: { column: 企业, transforms: [slug] } }
        to: { kind: Posting, key: id }
`;

const demo = demoBrowser({ demo: false });
let store: EmbeddedStore;
let baseUrl: string;

beforeAll(() => {
  ({ store, baseUrl } = demo.server);
});

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

async function openImport(errors: string[]): Promise<Page> {
  const page = await demo.browser.newPage({ ...asAdmin, viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-mode').selectOption('mapping');
  await page.getByTestId('import-mapping-input').setInputFiles({
    name: 'mapping.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(mapping),
  });
  return page;
}

const countOf = async (page: Page, name: string) =>
  Number(await page.getByTestId(`import-count-${name}`).getAttribute('data-value'));

describe('import view in Chromium on the embedded store', () => {
  it('checks two CSV files with a mapping, imports them, and the store holds them', async () => {
    const errors: string[] = [];
    const page = await openImport(errors);
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        csv('enterprises.csv', 'code,名称,员工\nND-A,宁德甲公司,120\nND-B,宁德乙公司,35\n'),
        csv(
          'postings.csv',
          'id,岗位,时期,人数,企业\np1,电芯工艺员,2025-H1,4,ND-A\np2,设备维护,2025-H1,2,ND-B\n',
        ),
      ]);
    await expect
      .poll(() => page.getByTestId('import-mapping-description').innerText())
      .toContain('enterprises');
    await page.getByTestId('import-dry-run').click();
    const result = page.getByTestId('import-result');
    await expect
      .poll(async () => ((await result.count()) > 0 ? result.getAttribute('data-dry-run') : null), {
        timeout: 20_000,
      })
      .toBe('true');
    expect(await countOf(page, 'nodesCreated')).toBe(4);
    expect(await countOf(page, 'edgesCreated')).toBe(2);
    expect((await store.stats()).nodes).toBe(0);

    await expect.poll(() => page.getByTestId('import-run').isEnabled()).toBe(true);
    await page.getByTestId('import-run').click();
    await expect
      .poll(async () => ((await result.count()) > 0 ? result.getAttribute('data-dry-run') : null), {
        timeout: 20_000,
      })
      .toBe('false');
    expect(await countOf(page, 'nodesCreated')).toBe(4);
    expect(await store.stats()).toMatchObject({ nodes: 4, edges: 2 });
    // The top bar's counts follow the import.
    await expect.poll(() => page.getByTestId('health').innerText()).toMatch(/\b4\b[\s\S]*\b2\b/);
    expect(await store.getNode({ kind: 'Enterprise', key: 'nd-a' })).toMatchObject({
      props: { name_zh: '宁德甲公司', employees: 120 },
    });
    saveScreenshot('import.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the problems of bad rows with file, row and column, writing nothing', async () => {
    const errors: string[] = [];
    const page = await openImport(errors);
    const before = await store.stats();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        csv('enterprises.csv', 'code,名称,员工\nND-C,丙,many\n'),
        csv('postings.csv', 'id,岗位,时期,人数,企业\np3,岗,2025-H1,1,ND-Z\n'),
      ]);
    await page.getByTestId('import-dry-run').click();
    const table = page.getByTestId('import-problems');
    await expect.poll(() => table.count(), { timeout: 20_000 }).toBe(1);
    expect(await table.getAttribute('data-total')).toBe('2');
    const rows = await page.getByTestId('import-problem-row').allInnerTexts();
    expect(rows[0]).toMatch(/enterprises\.csv[\s\S]*1[\s\S]*员工/);
    expect(rows[1]).toMatch(/postings\.csv[\s\S]*1/);
    expect(await page.getByTestId('import-run').isEnabled()).toBe(false);
    expect(await store.stats()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
