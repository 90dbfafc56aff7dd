/**
 * Helpers of the analysis views' browser tests: open a view at a size and wait for its rows, read a
 * table as the reader sees it, download its CSV or Excel export, and check that the export holds
 * exactly the rows shown — numbers at full precision against the rounded text on screen, text
 * against the cell's text — and fetch the API's own answer to compare with what the page shows.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const desktop = { width: 1440, height: 900 };
export const phone = { width: 390, height: 844 };

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number },
  errors: string[],
): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

/** Opens `path` and waits until the view shows at least `min` rows of `rowTestId`. */
export async function openView(page: Page, url: string, rowTestId: string, min = 1): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForRows(page, rowTestId, min);
}

export async function waitForRows(page: Page, rowTestId: string, min = 1): Promise<void> {
  await expect
    .poll(() => page.getByTestId(rowTestId).count(), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(min);
  await expect.poll(() => page.getByTestId('analysis-loading').count()).toBe(0);
}

export async function apiJson<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

export interface TableView {
  /** Column ids, and whether each goes into exports. */
  columns: { id: string; exported: boolean }[];
  /** Row keys (`data-key`) in the order shown. */
  keys: string[];
  /** Each row's cells as the reader sees them. */
  rows: string[][];
}

/** A table as shown: its columns, and every row's cell texts. */
export function readTable(page: Page, tableTestId: string): Promise<TableView> {
  return page.getByTestId(tableTestId).evaluate((table) => {
    const columns = [...table.querySelectorAll('thead th')].map((th) => ({
      id: th.getAttribute('data-column') ?? '',
      exported: th.getAttribute('data-exported') !== 'false',
    }));
    const bodyRows = [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    return {
      columns,
      keys: bodyRows.map((tr) => tr.dataset.key ?? ''),
      rows: bodyRows.map((tr) =>
        [...tr.children].map((cell) => {
          // The explain popovers are hidden; their text is not the cell's.
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[popover]').forEach((p) => p.remove());
          return (copy.innerText ?? copy.textContent ?? '').trim();
        }),
      ),
    };
  });
}

/** Parses CSV as the client writes it (BOM, quoted fields, CRLF). */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Clicks a download button and returns the file's bytes and its suggested name. */
export async function download(
  page: Page,
  buttonTestId: string,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(buttonTestId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

export async function downloadCsv(
  page: Page,
  tableTestId: string,
): Promise<{ name: string; text: string }> {
  const { name, bytes } = await download(page, `${tableTestId}-csv`);
  return { name, text: bytes.toString('utf8') };
}

/** The first sheet of an XLSX download, as rows of cell values (header first). */
export async function downloadXlsx(
  page: Page,
  tableTestId: string,
): Promise<{
  name: string;
  rows: (string | number | null)[][];
  formats: string[];
  about: string[][];
}> {
  const { name, bytes } = await download(page, `${tableTestId}-xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const [sheet, aboutSheet] = workbook.worksheets;
  const rows: (string | number | null)[][] = [];
  sheet?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : null)));
  });
  const formats = (sheet?.columns ?? []).map((c) => c.numFmt ?? '');
  const about: string[][] = [];
  aboutSheet?.eachRow((row) =>
    about.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
  );
  return { name, rows, formats, about };
}

const numeric = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

/** Decimals of the first number in a text ("4.83%" → 2). */
function decimalsOf(text: string): number {
  const match = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  return match?.[1]?.length ?? 0;
}

const normalise = (text: string) => text.replace(/[\s、,，]/g, '');

/**
 * Whether an exported cell says what the table shows: a number against its rounded text (a
 * percentage ×100; 0 against a dash), text contained in the cell's text, an empty export for a
 * cell without figures.
 */
export function cellAgrees(exported: string, shown: string): boolean {
  const value = exported.startsWith("'") ? exported.slice(1) : exported;
  if (value === '') return !/\d/.test(shown);
  if (numeric.test(value)) {
    // The tables write a level of 0 (nothing taught) as a dash.
    if (Number(value) === 0 && shown.trim() === '—') return true;
    const match = /-?\d[\d,]*(\.\d+)?/.exec(shown);
    if (!match) return false;
    const number = Number(match[0].replace(/,/g, ''));
    const scaled = shown.includes('%') ? Number(value) * 100 : Number(value);
    if (shown.trim().startsWith('<')) return scaled < number;
    const tolerance = 0.5 * 10 ** -decimalsOf(shown) + 1e-9;
    return Math.abs(Math.abs(scaled) - Math.abs(number)) <= tolerance;
  }
  return normalise(shown).includes(normalise(value));
}

/** The CSV's rows equal the table's: same rows in the same order, every exported cell agreeing. */
export function expectCsvMatchesTable(csv: string[][], table: TableView): void {
  const [header, ...rows] = csv;
  const exported = table.columns.map((c, i) => (c.exported ? i : -1)).filter((i) => i >= 0);
  expect(header?.length, 'CSV columns').toBe(exported.length);
  expect(rows.length, 'CSV rows').toBe(table.rows.length);
  rows.forEach((row, r) => {
    exported.forEach((columnIndex, c) => {
      const shown = table.rows[r]?.[columnIndex] ?? '';
      const value = row[c] ?? '';
      expect(
        cellAgrees(value, shown),
        `row ${r + 1}, column ${table.columns[columnIndex]?.id}: CSV "${value}" against "${shown}"`,
      ).toBe(true);
    });
  });
}

/** How wide the document is against the viewport (equal: no sideways scrolling). */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { width, viewport } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(width, `${where}: document ${width} px wide in a ${viewport} px viewport`).toBe(viewport);
}

/** The page's search parameters. */
export const searchOf = (page: Page) => new URL(page.url()).searchParams;

/** Percent text as the views write it in Chinese: one decimal by default. */
export function percent(value: number, digits = 1): string {
  return `${(value * 100).toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}
