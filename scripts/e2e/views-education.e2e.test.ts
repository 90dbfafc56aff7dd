/**
 * The education views in headless Chromium over the demo region — skill gap, program–chain
 * alignment, program adjustment — at desktop and phone size: numbers equal the API's answer to the
 * same parameters; the vocational college's untaught competencies, filtered, export to an Excel
 * workbook holding exactly those rows; the shrink recommendation shows the rule that fired with its
 * values and the trend behind it; picks survive the address round trip. Screenshots go to
 * `scripts/e2e/output/`.
 */
import type { Alignment, ProgramAdjustment, SkillGap } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { demoBrowser, saveScreenshot } from './server.ts';
import {
  apiJson,
  desktop,
  downloadCsv,
  downloadXlsx,
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
const college = 'ningde-demo-vocational-college';

describe('education views in Chromium', () => {
  it('skill gap: the college’s untaught competencies, filtered, export to Excel as shown', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const query = `chain=${chain}&region=${region}&institution=${college}`;
    const answer = await apiJson<SkillGap>(demo.server.baseUrl, `/api/analysis/skill-gap?${query}`);
    await openView(page, `${demo.server.baseUrl}/skill-gap?${query}`, 'skill-gap-row', 10);
    expect(await page.getByTestId('skill-gap-coverage').innerText()).toBe(
      percent(answer.coverage!),
    );
    const all = await readTable(page, 'skill-gap-table');
    expect(all.keys).toEqual(answer.competencies.map((c) => c.key));

    // Not taught at all: the filter finds exactly the competencies no course teaches.
    await page.getByTestId('skill-gap-table-filter').fill('未开设');
    const untaught = answer.competencies.filter((c) => c.taughtLevel === 0);
    await expect
      .poll(async () => (await readTable(page, 'skill-gap-table')).keys)
      .toEqual(untaught.map((c) => c.key));
    expect(await page.getByTestId('skill-gap-table-count').innerText()).toBe(
      `${untaught.length} / ${answer.competencies.length} 行`,
    );
    // The filter is part of the address: a link shows just these rows.
    await expect.poll(() => searchOf(page).get('filter')).toBe('未开设');
    const fresh = await openPage(demo.browser, desktop, errors);
    await openView(fresh, page.url(), 'skill-gap-row');
    expect((await readTable(fresh, 'skill-gap-table')).keys).toEqual(untaught.map((c) => c.key));
    await fresh.close();
    const workbook = await downloadXlsx(page, 'skill-gap-table');
    expect(workbook.name).toMatch(/\.xlsx$/);
    const [header, ...rows] = workbook.rows;
    expect(header).toContain('能力要素');
    expect(rows.map((r) => r[0])).toEqual(untaught.map((c) => c.name_zh));
    const share = header!.indexOf('需求占比');
    const gap = header!.indexOf('缺口');
    rows.forEach((row, i) => {
      expect(row[share]).toBe(untaught[i]!.share);
      expect(row[gap]).toBe(untaught[i]!.gap);
    });
    expect(workbook.formats[share]).toBe('0.0%');
    // The about sheet says what the workbook is: the link that shows it, the filter.
    expect(workbook.about.flat().join(' ')).toContain(`institution=${college}`);
    expect(workbook.about.flat()).toContain('未开设');
    const table = await readTable(page, 'skill-gap-table');
    expectCsvMatchesTable(parseCsv((await downloadCsv(page, 'skill-gap-table')).text), table);
    await page.getByTestId('skill-gap-table-filter').fill('');
    await page.waitForTimeout(2000);
    saveScreenshot('view-skill-gap-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('alignment: programs ranked by the API’s coverage; the picked program’s gaps; round trip', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<Alignment>(
      demo.server.baseUrl,
      `/api/analysis/alignment?institution=${college}`,
    );
    await openView(
      page,
      `${demo.server.baseUrl}/alignment?institution=${college}`,
      'alignment-programs-row',
      2,
    );
    const table = await readTable(page, 'alignment-programs');
    expect(table.keys).toEqual(answer.programs.map((p) => p.key));
    const coverage = table.columns.findIndex((c) => c.id === 'coverage');
    answer.programs.forEach((p, i) => {
      if (p.best) expect(table.rows[i]![coverage]).toBe(percent(p.best.coverage));
    });
    await expect
      .poll(() => page.getByTestId('alignment-chart').getAttribute('data-points'))
      .toBe(String(answer.programs.length * answer.chains.length));

    const second = answer.programs[1]!;
    await page.locator(`[data-testid="alignment-programs-row"][data-key="${second.key}"]`).click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Program:${second.key}`);
    const gaps = second.chains.flatMap((c) => c.topGaps.map((g) => `${c.chain}|${g.key}`));
    await expect.poll(async () => (await readTable(page, 'alignment-gaps')).keys).toEqual(gaps);
    expect(await page.getByTestId('alignment-skill-gap-link').getAttribute('href')).toContain(
      `program=${second.key}`,
    );
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 'alignment-gaps-row', gaps.length);
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('sel')).toBeNull();
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'alignment-programs')).text),
      await readTable(page, 'alignment-programs'),
    );
    await page.waitForTimeout(1500);
    saveScreenshot('view-alignment-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('program adjustment: recommendations, the rule that fired, the trend and suggestions as the API answers', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<ProgramAdjustment>(
      demo.server.baseUrl,
      `/api/analysis/program-adjustment?institution=${college}`,
    );
    await openView(
      page,
      `${demo.server.baseUrl}/program-adjustment?institution=${college}`,
      'adjustment-programs-row',
      2,
    );
    for (const [recommendation, programs] of Object.entries(answer.summary))
      expect(await page.getByTestId(`adjustment-count-${recommendation}`).innerText()).toBe(
        String(programs.length),
      );
    const recommendations = await page
      .getByTestId('adjustment-programs-row')
      .evaluateAll((rows) =>
        rows.map((r) => [
          (r as HTMLElement).dataset.key,
          (r as HTMLElement).dataset.recommendation,
        ]),
      );
    expect(recommendations).toEqual(answer.programs.map((p) => [p.key, p.recommendation]));

    // The program to shrink: the rule, the values it saw, and the two periods of demand behind it.
    const shrink = answer.programs.find((p) => p.recommendation === 'shrink')!;
    await page.locator(`[data-testid="adjustment-programs-row"][data-key="${shrink.key}"]`).click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Program:${shrink.key}`);
    // The rule in words, each condition with the value it saw (the rates as percentages).
    const fired = answer.rules.find((r) => r.id === shrink.rule.id)!;
    const explanation = await page.getByTestId('adjustment-explanation').innerText();
    expect(fired.when.map((c) => c.field)).toEqual(['trend', 'relevanceRate']);
    expect(explanation).toBe(
      fired.when
        .map(
          (c) =>
            `${c.field === 'trend' ? '需求趋势' : '对口率'} ${percent(shrink.rule.values[c.field]!, 0)} ${c.op.replace('<=', '≤')} ${percent(c.value, 0)}`,
        )
        .join(' 且 '),
    );
    expect(await page.getByTestId('adjustment-trend').innerText()).toBe(
      percent(shrink.metrics.trend!, 0),
    );
    await expect
      .poll(() => page.getByTestId('adjustment-trend-chart').getAttribute('data-points'))
      .toBe(String((shrink.demand.length + 1) * 2));
    await expect
      .poll(async () => (await readTable(page, 'adjustment-suggestions')).keys)
      .toEqual(shrink.suggestedMicroCredentials.map((s) => s.key));
    expect((await readTable(page, 'adjustment-rules')).keys).toEqual(answer.rules.map((r) => r.id));
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'adjustment-programs')).text),
      await readTable(page, 'adjustment-programs'),
    );
    const fresh = await openPage(demo.browser, desktop, errors);
    await openView(fresh, page.url(), 'adjustment-suggestions-row');
    expect(await fresh.getByTestId('adjustment-explanation').innerText()).toBe(explanation);
    await fresh.close();
    await page.locator('.analysis-main').evaluate((main) => main.scrollTo(0, 0));
    await page.waitForTimeout(1500);
    saveScreenshot('view-program-adjustment-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints as a report: the question in words, no app chrome, the graph as a picture', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const query = `chain=${chain}&region=${region}&institution=${college}`;
    await openView(page, `${demo.server.baseUrl}/skill-gap?${query}`, 'skill-gap-row', 10);
    expect(await page.getByTestId('print-header').isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const header = page.getByTestId('print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.innerText()).toContain('宁德示例职业技术学院');
    expect(await header.innerText()).toContain(`institution=${college}`);
    for (const chrome of ['.top-bar', '.view-tabs', '.analysis-controls', '.data-table-toolbar'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    await expect.poll(() => page.locator('.graph-print-image').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: each education view shows its numbers without sideways scrolling', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, phone, errors);
    for (const [name, path, rows] of [
      [
        'skill-gap',
        `/skill-gap?chain=${chain}&region=${region}&institution=${college}`,
        'skill-gap-row',
      ],
      ['alignment', `/alignment?institution=${college}`, 'alignment-programs-row'],
      [
        'program-adjustment',
        `/program-adjustment?institution=${college}`,
        'adjustment-programs-row',
      ],
    ] as const) {
      await openView(page, `${demo.server.baseUrl}${path}`, rows);
      await expectNoSidewaysScroll(page, name);
      await page.locator('.analysis').evaluate((view) => view.scrollTo(0, 0));
      await page.waitForTimeout(1000);
      saveScreenshot(`view-${name}-phone.png`, await page.screenshot());
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
