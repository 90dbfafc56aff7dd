/**
 * The industry views in headless Chromium over the demo region — region overview, weak links and
 * the chain talent map — at desktop and phone size: what they show equals the API's answer to the
 * same parameters, a picked row survives a reload and a fresh page on the copied address, Back
 * undoes it, and a table's CSV holds exactly the rows shown (after a filter and a sort). Screenshots
 * of each view go to `scripts/e2e/output/`.
 */
import type { RegionOverview, TalentMap, WeakLinks } from '@chanjiao/graph-schema';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
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

/** How much of its heading each chain lane has room for (`all`, `name`, `none`), in lane order. */
const laneFits = (page: Page) =>
  page
    .locator('[data-testid="chain-lanes"] .lane-band')
    .evaluateAll((bands) => bands.map((band) => (band as HTMLElement).dataset.fit ?? ''));

describe('industry views in Chromium', () => {
  it('region overview: counts, chains and segments as the API counts them; CSV of the segments', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<RegionOverview>(
      demo.server.baseUrl,
      `/api/analysis/overview?region=${region}`,
    );
    // A bare address opens on the chain's region.
    await openView(page, `${demo.server.baseUrl}/overview`, 'overview-segments-row');
    expect(searchOf(page).get('region')).toBe(region);

    for (const [kind, count] of Object.entries(answer.counts.local).filter(([, n]) => n > 0))
      expect(await page.getByTestId(`overview-count-${kind}`).innerText(), kind).toBe(
        count.toLocaleString('zh-CN'),
      );
    const firstChain = answer.chains[0]!;
    const segments = await readTable(page, 'overview-segments');
    expect(segments.keys).toEqual(firstChain.segments.map((s) => s.key));
    const missing = firstChain.segments.filter((s) => s.localEnterprises === 0).map((s) => s.key);
    expect(missing).toContain('separator');
    expect(
      await page
        .locator('[data-testid="overview-segments-row"][data-local="0"]')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key)),
    ).toEqual(missing);
    // The charts draw what the answer holds.
    await expect
      .poll(() => page.getByTestId('overview-demand-chart').getAttribute('data-points'))
      .toBe(String(answer.postings.byPeriod.length * 2));
    await expect
      .poll(() => page.getByTestId('overview-graduates-chart').getAttribute('data-points'))
      .toBe(String(answer.graduates.byYear.length));

    const csv = await downloadCsv(page, 'overview-segments');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expectCsvMatchesTable(parseCsv(csv.text), segments);
    await page.waitForTimeout(1500);
    saveScreenshot('view-overview-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('weak links: statuses, quotients, baseline and fill candidates as the API answers; the address round trip', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<WeakLinks>(
      demo.server.baseUrl,
      `/api/analysis/weak-links?chain=${chain}&region=${region}`,
    );
    const url = `${demo.server.baseUrl}/weak-links?chain=${chain}&region=${region}`;
    await openView(page, url, 'weak-link-row', answer.segments.length);
    const table = await readTable(page, 'weak-links-table');
    expect(table.keys).toEqual(answer.segments.map((s) => s.key));
    const statuses = await page
      .getByTestId('weak-link-row')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(statuses).toEqual(answer.segments.map((s) => s.status));
    const lqColumn = table.columns.findIndex((c) => c.id === 'lq');
    answer.segments.forEach((s, i) => {
      const shown = table.rows[i]![lqColumn]!;
      expect(
        shown.startsWith(s.locationQuotient === null ? '—' : s.locationQuotient.toFixed(2)),
        s.key,
      ).toBe(true);
      expect(shown.includes('样本少'), `${s.key} flagged`).toBe(s.fewEnterprises);
    });
    // The baseline is stated on screen, with the chain's enterprises anywhere.
    expect(await page.getByTestId('weak-links-baseline').innerText()).toContain(
      answer.enterprises.toLocaleString('zh-CN'),
    );
    await expect
      .poll(() => page.getByTestId('weak-links-chart').getAttribute('data-points'))
      .toBe(String(answer.segments.length));

    // Picking the weak recycling segment lists the enterprises elsewhere that could fill it.
    const weak = answer.segments.find((s) => s.status === 'weak')!;
    await page.locator(`[data-testid="weak-link-row"][data-key="${weak.key}"]`).click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Segment:${weak.key}`);
    await expect
      .poll(() =>
        page
          .getByTestId('fill-candidate')
          .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key)),
      )
      .toEqual(weak.candidates.map((c) => c.key));
    expect(weak.candidates.length).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    saveScreenshot('view-weak-links-desktop.png', await page.screenshot());

    // A reload and a fresh page on the copied address show the same pick; Back removes it.
    const picked = page.url();
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 'fill-candidate', weak.candidates.length);
    const fresh = await openPage(demo.browser, desktop, errors);
    await openView(fresh, picked, 'fill-candidate', weak.candidates.length);
    expect(
      await fresh
        .locator(`[data-testid="weak-link-row"][data-key="${weak.key}"]`)
        .getAttribute('aria-selected'),
    ).toBe('true');
    await fresh.close();

    // Open large: the lanes take the main area, wide enough for every heading, the candidates
    // readable beside them; the address keeps it, and Back returns to the table.
    await page.getByTestId('weak-links-large').click();
    await expect.poll(() => searchOf(page).get('large')).toBe('true');
    await waitForRows(page, 'fill-candidate', weak.candidates.length);
    await page.waitForTimeout(1000);
    saveScreenshot('view-weak-links-large-desktop.png', await page.screenshot());
    await expect.poll(() => laneFits(page)).toEqual(['all', 'all', 'all']);
    const canvas = (await page.getByTestId('analysis-graph').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(900);
    expect(canvas.height).toBeGreaterThan(600);
    for (const item of await page.getByTestId('fill-candidate').all())
      expect(await item.isVisible()).toBe(true);
    expect(await page.getByTestId('weak-links-table').count()).toBe(0);
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('large')).toBeNull();
    await waitForRows(page, 'weak-link-row', answer.segments.length);

    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('sel')).toBeNull();

    // Filtered and sorted, the CSV still holds exactly the rows shown.
    await page.getByTestId('weak-links-table-filter').fill('上游');
    await page.locator('th[data-column="local"] .sort-button').click();
    const filtered = await readTable(page, 'weak-links-table');
    expect(filtered.rows.length).toBe(
      answer.segments.filter((s) => s.position === 'upstream').length,
    );
    expectCsvMatchesTable(parseCsv((await downloadCsv(page, 'weak-links-table')).text), filtered);

    // Large with no segment picked, the picture opens on the chain's node at a readable scale
    // with the lanes starting near the canvas top, not below an empty upper half.
    await page.goto(`${demo.server.baseUrl}/weak-links?chain=${chain}&region=${region}&large=true`);
    await expect.poll(() => laneFits(page)).toEqual(['all', 'all', 'all']);
    await page.waitForTimeout(1000);
    const graphBox = (await page.getByTestId('analysis-graph').boundingBox())!;
    const band = (await page
      .locator('[data-testid="chain-lanes"] .lane-band')
      .first()
      .boundingBox())!;
    expect(band.y).toBeGreaterThan(graphBox.y);
    expect((band.y - graphBox.y) / graphBox.height).toBeLessThan(0.25);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('talent map: demand per dimension, competencies and occupations as the API answers', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<TalentMap>(
      demo.server.baseUrl,
      `/api/analysis/talent-map?chain=${chain}&region=${region}`,
    );
    await openView(page, `${demo.server.baseUrl}/talent-map`, 'talent-map-competencies-row', 10);
    expect(searchOf(page).get('chain')).toBe(chain);
    expect(await page.getByTestId('talent-map-total').innerText()).toBe(
      Math.round(answer.totalDemand).toLocaleString('zh-CN'),
    );
    for (const [dimension, entry] of Object.entries(answer.dimensions))
      expect(await page.getByTestId(`talent-map-dimension-${dimension}`).innerText()).toBe(
        percent(entry.share),
      );
    const competencies = await readTable(page, 'talent-map-competencies');
    expect(competencies.keys).toEqual(answer.competencies.map((c) => c.key));
    const occupations = await readTable(page, 'talent-map-occupations');
    expect(occupations.keys).toEqual(answer.occupations.map((o) => o.key));
    await expect
      .poll(async () =>
        Number(await page.getByTestId('talent-map-heat').getAttribute('data-points')),
      )
      .toBeGreaterThan(20);

    // The heat map by occupation: one column per occupation with demand.
    await page.locator('[data-testid="talent-map-cut"] [data-value="occupation"]').click();
    await expect.poll(() => searchOf(page).get('by')).toBe('occupation');
    // Picking an occupation brings it forward; the address keeps it.
    const top = answer.occupations[0]!;
    await page.locator(`[data-testid="talent-map-occupations-row"][data-key="${top.key}"]`).click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Occupation:${top.key}`);
    const csv = parseCsv((await downloadCsv(page, 'talent-map-occupations')).text);
    expectCsvMatchesTable(csv, await readTable(page, 'talent-map-occupations'));
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('sel')).toBeNull();
    await page.locator('.analysis-main').evaluate((main) => main.scrollTo(0, 0));
    await page.waitForTimeout(1500);
    saveScreenshot('view-talent-map-desktop.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the graph on screen as PNG, GEXF and GraphML, with every node drawn', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    await openView(
      page,
      `${demo.server.baseUrl}/weak-links?chain=${chain}&region=${region}`,
      'weak-link-row',
    );
    await expect
      .poll(async () => Number(await page.getByTestId('analysis-graph').getAttribute('data-nodes')))
      .toBeGreaterThan(20);
    const nodes = Number(await page.getByTestId('analysis-graph').getAttribute('data-nodes'));
    const save = async (format: string) => {
      await page.getByTestId('graph-export').click();
      return download(page, `graph-export-${format}`);
    };
    const png = await save('png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Not a blank canvas: a good part of the picture is drawn (nodes, edges, labels).
    const image = PNG.sync.read(png.bytes);
    let drawn = 0;
    for (let i = 0; i < image.data.length; i += 4)
      if (image.data[i]! < 235 || image.data[i + 1]! < 235 || image.data[i + 2]! < 235) drawn++;
    expect(drawn / (image.width * image.height)).toBeGreaterThan(0.01);
    const gexf = (await save('gexf')).bytes.toString('utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)?.length).toBe(nodes);
    expect(gexf).toContain('Segment:separator');
    const graphml = (await save('graphml')).bytes.toString('utf8');
    expect(graphml.match(/<node /g)?.length).toBe(nodes);
    expect(graphml).toContain('attr.name="status"');

    // The explorer's graph exports the same way.
    await page.goto(`${demo.server.baseUrl}/?node=Chain:${chain}`, { waitUntil: 'load' });
    await page.waitForFunction(() => Number(document.body.dataset.graphNodes ?? 0) > 1, undefined, {
      timeout: 20_000,
    });
    const explorer = (await save('gexf')).bytes.toString('utf8');
    const shown = await page.evaluate(() => Number(document.body.dataset.graphNodes));
    expect(explorer.match(/<node /g)?.length).toBe(shown);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: each industry view shows its numbers without sideways scrolling', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, phone, errors);
    for (const [name, path, rows] of [
      ['overview', `/overview?region=${region}`, 'overview-chains-row'],
      [
        'weak-links',
        `/weak-links?chain=${chain}&region=${region}&sel=Segment:separator`,
        'fill-candidate',
      ],
      ['talent-map', `/talent-map?chain=${chain}&region=${region}`, 'talent-map-competencies-row'],
    ] as const) {
      await openView(page, `${demo.server.baseUrl}${path}`, rows);
      await expectNoSidewaysScroll(page, name);
      expect(await page.getByTestId('view-menu-button').isVisible()).toBe(true);
      // What a reader sees first: the top of the view.
      await page.locator('.analysis').evaluate((view) => view.scrollTo(0, 0));
      await page.waitForTimeout(1000);
      saveScreenshot(`view-${name}-phone.png`, await page.screenshot());
    }
    // The weak links' lanes open large still fit: the canvas as wide as the screen, every lane
    // drawn with at least its name, the candidates below.
    await openView(
      page,
      `${demo.server.baseUrl}/weak-links?chain=${chain}&region=${region}&sel=Segment:battery-recycling&large=true`,
      'fill-candidate',
    );
    await expectNoSidewaysScroll(page, 'weak-links large');
    await expect
      .poll(async () => (await laneFits(page)).filter((fit) => fit === 'none'))
      .toEqual([]);
    const canvas = (await page.getByTestId('analysis-graph').boundingBox())!;
    expect(canvas.width).toBeLessThanOrEqual(phone.width);
    expect(canvas.height).toBeGreaterThan(500);
    await page.locator('.analysis').evaluate((view) => view.scrollTo(0, 0));
    await page.waitForTimeout(1000);
    saveScreenshot('view-weak-links-large-phone.png', await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });
});
