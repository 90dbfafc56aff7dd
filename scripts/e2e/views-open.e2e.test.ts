/**
 * The N lists and the trends view in headless Chromium over the demo region: every list's rows
 * equal the API's answer (row for row, in the API's order; numbers as the API counts them), one
 * list chosen in the address survives a reload and Back, a filtered table's CSV holds exactly its
 * rows, and the "download all" workbook is the server's, one sheet per list. Trends: the headline
 * numbers, the segments' classes and the rules, the charts' points and the tables equal the API's
 * answer; a picked segment round-trips through the address; the view reads in English too; both
 * views fit a phone.
 */
import ExcelJS from 'exceljs';
import type { AllLists, ListName, Trends } from '@chanjiao/graph-schema';
import { listNames } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { demoBrowser, saveScreenshot } from './server.ts';
import {
  apiJson,
  desktop,
  download,
  downloadCsv,
  expectCsvMatchesTable,
  expectNoSidewaysScroll,
  openPage,
  openView,
  parseCsv,
  percent,
  phone,
  readTable,
  searchOf,
  waitForRows,
} from './views.ts';

const demo = demoBrowser();

const chain = 'nev-power-battery-chain';
const region = '350900';

/** The key the view gives a row (see `listRowKey`). */
function rowKey(list: ListName, row: Record<string, unknown>): string {
  if (list === 'enterprises') return `${String(row.segment)}|${String(row.key)}`;
  if (list === 'courses') return `${String(row.competency)}|${String(row.item ?? '')}`;
  return String(row.key);
}

describe('the N lists in Chromium', () => {
  it('shows every list row for row as the API answers it; one list by address; exports', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<AllLists>(
      demo.server.baseUrl,
      `/api/lists?chain=${chain}&region=${region}`,
    );
    // A bare address opens on the first chain and its region, with every list.
    await openView(page, `${demo.server.baseUrl}/lists`, 'list-services-table-row');
    expect(searchOf(page).get('chain')).toBe(chain);
    expect(searchOf(page).get('region')).toBe(region);
    for (const list of listNames) {
      const expected = answer.lists[list];
      const table = await readTable(page, `list-${list}-table`);
      expect(table.keys, list).toEqual(
        expected.rows.map((row) => rowKey(list, row as Record<string, unknown>)),
      );
      expect(
        table.columns.map((c) => c.id),
        list,
      ).toEqual(expected.columns.map((c) => c.key));
    }
    // Numbers as the API counts them: the skill gaps' coverage and each gap.
    const gaps = answer.lists['skill-gaps'];
    expect(
      await page
        .locator('[data-testid="list-skill-gaps-summary"] [data-key="coverage"] dd')
        .innerText(),
    ).toBe(percent(gaps.summary.coverage!));
    const gapTable = await readTable(page, 'list-skill-gaps-table');
    const gapColumn = gapTable.columns.findIndex((c) => c.id === 'gap');
    gaps.rows.forEach((row, i) => expect(gapTable.rows[i]![gapColumn]).toBe(percent(row.gap!)));
    // Codes read in the language: positions and tiers in Chinese.
    const enterprises = await readTable(page, 'list-enterprises-table');
    const position = enterprises.columns.findIndex((c) => c.id === 'position');
    expect(new Set(enterprises.rows.map((r) => r[position]))).toEqual(
      new Set(['上游', '中游', '下游']),
    );

    // Every word of the view follows the language: no column explanation (in the definitions
    // below each table, or in a header's tooltip) is the API's English.
    const explanations = await page.evaluate(() => [
      ...[...document.querySelectorAll('[data-testid="list-column-counts"]')].map(
        (e) => e.textContent ?? '',
      ),
      ...[...document.querySelectorAll('[data-testid$="-table"] th[title]')].map(
        (e) => e.getAttribute('title') ?? '',
      ),
    ]);
    const columnCount = listNames.reduce((n, list) => n + answer.lists[list].columns.length, 0);
    expect(explanations.length).toBe(2 * columnCount);
    expect(explanations.filter((text) => /\b[a-z]{2,}\s+[a-z]{2,}\b/.test(text))).toEqual([]);

    // One list, chosen in the address: a reload keeps it, Back returns to every list.
    await page.locator('[data-testid="lists-picker"] [data-value="experts"]').click();
    await expect.poll(() => searchOf(page).get('list')).toBe('experts');
    await expect.poll(() => page.getByTestId('list-services-table').count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 'list-experts-table-row', answer.lists.experts.rows.length);
    expect(await page.getByTestId('list-enterprises-table').count()).toBe(0);
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('list')).toBeNull();
    await waitForRows(page, 'list-services-table-row');

    // A filtered and sorted table's CSV holds exactly the rows shown.
    await page.getByTestId('list-enterprises-table-filter').fill('上游');
    await page
      .locator('[data-testid="list-enterprises-table"] th[data-column="employees"] .sort-button')
      .click();
    const filtered = await readTable(page, 'list-enterprises-table');
    expect(filtered.rows.length).toBe(
      answer.lists.enterprises.rows.filter((r) => r.position === 'upstream').length,
    );
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'list-enterprises-table')).text),
      filtered,
    );

    // "Download all" is the server's workbook: an explaining sheet, then one sheet per list.
    const workbook = await download(page, 'lists-download-all');
    expect(workbook.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBe(1 + listNames.length);
    listNames.forEach((list, i) =>
      expect(book.worksheets[i + 1]!.rowCount, list).toBe(answer.lists[list].rows.length + 1),
    );
    await page.getByTestId('list-enterprises-table-filter').fill('');
    await page.locator('.analysis-main').evaluate((main) => main.scrollTo(0, 0));
    saveScreenshot('view-lists-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('trends in Chromium', () => {
  it('headline numbers, classes with their rules, charts and tables as the API answers', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<Trends>(
      demo.server.baseUrl,
      `/api/analysis/trends?chain=${chain}&region=${region}`,
    );
    await openView(
      page,
      `${demo.server.baseUrl}/trends`,
      'trends-classes-row',
      answer.segments.length,
    );
    expect(searchOf(page).get('chain')).toBe(chain);
    expect(searchOf(page).get('region')).toBe(region);

    const last = <T>(series: T[]) => series[series.length - 1]!;
    expect(await page.getByTestId('trends-card-enterprises').innerText()).toBe(
      last(answer.enterprises.total).count.toLocaleString('zh-CN'),
    );
    expect(await page.getByTestId('trends-card-demand').innerText()).toBe(
      last(answer.demand.periods).headcount.toLocaleString('zh-CN'),
    );
    expect(await page.getByTestId('trends-card-graduates').innerText()).toBe(
      last(answer.graduates.years).graduates.toLocaleString('zh-CN'),
    );
    expect(await page.getByTestId('trends-card-coverage').innerText()).toBe(
      percent(last(answer.coverage).coverage!),
    );

    // Every segment with the class the API gave it; the rules stated in their order.
    const classes = await page
      .getByTestId('trends-classes-row')
      .evaluateAll((rows) =>
        rows.map((r) => [(r as HTMLElement).dataset.key, (r as HTMLElement).dataset.class]),
      );
    expect(Object.fromEntries(classes)).toEqual(
      Object.fromEntries(answer.segments.map((s) => [s.key, s.class])),
    );
    expect(new Set(answer.segments.map((s) => s.class))).toEqual(
      new Set(['pillar', 'characteristic', 'emerging', 'other']),
    );
    expect(
      await page
        .locator('[data-testid="trends-rules"] li')
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.rule)),
    ).toEqual(answer.rules.map((r) => r.id));

    // The charts draw every point of the series.
    const years = answer.enterprises.total.length;
    const points = (id: string) => page.getByTestId(id).getAttribute('data-points');
    await expect.poll(() => points('trends-enterprises-chart')).toBe(String(years * 5));
    await expect
      .poll(() => points('trends-segments-chart'))
      .toBe(String(years * answer.enterprises.bySegment.length));
    await expect
      .poll(() => points('trends-demand-chart'))
      .toBe(String(answer.demand.periods.length * 3));
    await expect
      .poll(() => points('trends-graduates-chart'))
      .toBe(String(answer.graduates.years.length * 5));
    await expect.poll(() => points('trends-coverage-chart')).toBe(String(answer.coverage.length));

    // The tables hold the series; growth beside each.
    const demand = await readTable(page, 'trends-demand');
    expect(demand.keys).toEqual(answer.demand.periods.map((p) => p.period));
    const growth = demand.columns.findIndex((c) => c.id === 'growth');
    answer.demand.periods.forEach((p, i) =>
      expect(demand.rows[i]![growth]).toBe(p.growth === null ? '' : percent(p.growth)),
    );
    const segments = await readTable(page, 'trends-segments');
    expect(segments.keys).toEqual(answer.enterprises.bySegment.map((s) => s.key));
    expectCsvMatchesTable(parseCsv((await downloadCsv(page, 'trends-segments')).text), segments);

    // Every number is explained with a link to the trends route's documentation.
    const docs = await page
      .locator('[data-testid="explain-button"][data-metric="trendEnterprises"] + [popover] a')
      .first()
      .getAttribute('href');
    expect(docs).toBe('/docs#/analysis/get_api_analysis_trends');

    // A picked segment lives in the address: reload keeps it, Back removes it.
    const emerging = answer.segments.find((s) => s.class === 'emerging')!;
    await page.locator(`[data-testid="trends-classes-row"][data-key="${emerging.key}"]`).click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Segment:${emerging.key}`);
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 'trends-classes-row', answer.segments.length);
    expect(
      await page
        .locator(`[data-testid="trends-classes-row"][data-key="${emerging.key}"]`)
        .getAttribute('aria-selected'),
    ).toBe('true');
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('sel')).toBeNull();

    // In English, classes and rules read in English.
    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() =>
        page
          .locator(`[data-testid="trends-classes-row"][data-key="${emerging.key}"] .class-badge`)
          .innerText(),
      )
      .toBe('Emerging');
    expect(await page.getByTestId('trends-rules').innerText()).toContain('location quotient LQ');
    await page.getByTestId('lang-toggle').click();
    await page.locator('.analysis-main').evaluate((main) => main.scrollTo(0, 0));
    saveScreenshot('view-trends-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: lists and trends without sideways scrolling', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, phone, errors);
    for (const [name, path, rows] of [
      ['lists', `/lists?chain=${chain}&region=${region}`, 'list-services-table-row'],
      ['trends', `/trends?chain=${chain}&region=${region}`, 'trends-classes-row'],
    ] as const) {
      await openView(page, `${demo.server.baseUrl}${path}`, rows);
      await expectNoSidewaysScroll(page, name);
      saveScreenshot(`view-${name}-phone.png`, await page.screenshot());
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
