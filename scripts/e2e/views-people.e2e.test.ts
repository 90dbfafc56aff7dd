/**
 * The people views in headless Chromium over the demo region — person–job matching both ways,
 * related occupations and the expert finder — at desktop and phone size: the ranking, scores and
 * what each candidate lacks equal the API's answer; a pick survives the address round trip; a
 * request edited on screen is the request in the address; tables export as shown. Screenshots go
 * to `scripts/e2e/output/`.
 */
import type {
  CandidatesForPosting,
  ExpertFinder,
  PostingsForCandidate,
  RelatedOccupations,
} from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { demoBrowser, saveScreenshot } from './server.ts';
import {
  apiJson,
  desktop,
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

const posting = 'posting-2025-034';

describe('people views in Chromium', () => {
  it('matching: the five best candidates for a posting and what each lacks, as the API ranks them', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<CandidatesForPosting>(
      demo.server.baseUrl,
      `/api/analysis/match/posting?posting=${posting}&limit=5`,
    );
    await openView(
      page,
      `${demo.server.baseUrl}/matching?posting=${posting}&limit=5`,
      'matching-rows-row',
      5,
    );
    const table = await readTable(page, 'matching-rows');
    expect(table.keys).toEqual(answer.candidates.map((c) => `Candidate:${c.key}`));
    const column = (id: string) => table.columns.findIndex((c) => c.id === id);
    answer.candidates.forEach((c, i) => {
      expect(table.rows[i]![column('score')]).toBe(percent(c.score, 0));
      for (const missing of c.missing)
        expect(table.rows[i]![column('missing')]).toContain(missing.name_zh);
    });
    await expect
      .poll(() => page.getByTestId('matching-chart').getAttribute('data-points'))
      .toBe(String(answer.candidates.length * 3));

    // The second candidate explained: every requirement with how it stands.
    const second = answer.candidates[1]!;
    await page
      .locator(`[data-testid="matching-rows-row"][data-key="Candidate:${second.key}"]`)
      .click();
    await expect.poll(() => searchOf(page).get('sel')).toBe(`Candidate:${second.key}`);
    const explained = [...second.matched, ...second.partial, ...second.missing].map((c) => c.key);
    await expect
      .poll(async () => (await readTable(page, 'matching-explanation')).keys)
      .toEqual(explained);
    const standings = await page
      .getByTestId('matching-explanation-row')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(standings).toEqual([
      ...second.matched.map(() => 'matched'),
      ...second.partial.map(() => 'partial'),
      ...second.missing.map(() => 'missing'),
    ]);
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'matching-explanation')).text),
      await readTable(page, 'matching-explanation'),
    );
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'matching-rows')).text),
      await readTable(page, 'matching-rows'),
    );
    await page.locator('.analysis-main').evaluate((main) => main.scrollTo(0, 0));
    await page.waitForTimeout(1500);
    saveScreenshot('view-matching-desktop.png', await page.screenshot());

    const picked = page.url();
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 'matching-explanation-row', explained.length);
    await page.goBack({ waitUntil: 'load' });
    await expect.poll(() => searchOf(page).get('sel')).toBeNull();
    await page.goForward({ waitUntil: 'load' });
    await expect.poll(() => page.url()).toBe(picked);

    // The other way round: postings for a candidate.
    await page.locator('[data-testid="matching-direction"] [data-value="candidate"]').click();
    await expect.poll(() => searchOf(page).get('candidate')).not.toBeNull();
    const candidate = searchOf(page).get('candidate')!;
    expect(searchOf(page).get('posting')).toBeNull();
    const postings = await apiJson<PostingsForCandidate>(
      demo.server.baseUrl,
      `/api/analysis/match/candidate?candidate=${candidate}&limit=5`,
    );
    await expect
      .poll(async () => (await readTable(page, 'matching-rows')).keys)
      .toEqual(postings.postings.map((p) => `Posting:${p.key}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('related occupations: career moves by similarity, what each move must learn', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const answer = await apiJson<RelatedOccupations>(
      demo.server.baseUrl,
      '/api/analysis/related/occupations?occupation=automotive-mechanic',
    );
    await openView(
      page,
      `${demo.server.baseUrl}/related?occupation=automotive-mechanic`,
      'related-rows-row',
      3,
    );
    const table = await readTable(page, 'related-rows');
    expect(table.keys).toEqual(answer.related.map((r) => `Occupation:${r.key}`));
    const similarity = table.columns.findIndex((c) => c.id === 'similarity');
    answer.related.forEach((r, i) =>
      expect(table.rows[i]![similarity]).toBe(percent(r.similarity)),
    );
    const first = answer.related[0]!;
    await page
      .locator(`[data-testid="related-rows-row"][data-key="Occupation:${first.key}"]`)
      .click();
    await expect
      .poll(async () => (await readTable(page, 'related-detail')).keys)
      .toEqual([
        ...first.missing.map((c) => `learn|${c.key}`),
        ...first.shared.map((c) => `shared|${c.key}`),
      ]);
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'related-detail')).text),
      await readTable(page, 'related-detail'),
    );
    const fresh = await openPage(demo.browser, desktop, errors);
    await openView(fresh, page.url(), 'related-detail-row', first.missing.length);
    await fresh.close();
    await page.waitForTimeout(1500);
    saveScreenshot('view-related-desktop.png', await page.screenshot());

    // Segments are compared the same way.
    await page.locator('[data-testid="related-kind"] [data-value="segment"]').click();
    await expect.poll(() => searchOf(page).get('segment')).not.toBeNull();
    await waitForRows(page, 'related-rows-row');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('experts: the experts for thermal-runaway analysis, and a request edited on screen', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, desktop, errors);
    const one = await apiJson<ExpertFinder>(
      demo.server.baseUrl,
      '/api/analysis/experts?competency=thermal-runaway-analysis',
    );
    await openView(
      page,
      `${demo.server.baseUrl}/experts?competency=thermal-runaway-analysis`,
      'experts-rows-row',
      1,
    );
    const table = await readTable(page, 'experts-rows');
    expect(table.keys).toEqual(one.experts.map((e) => e.key));
    const score = table.columns.findIndex((c) => c.id === 'score');
    one.experts.forEach((e, i) => expect(table.rows[i]![score]).toBe(percent(e.score, 0)));
    expect(await page.getByTestId('experts-total').innerText()).toBe(String(one.total));
    await page.waitForTimeout(1500);
    saveScreenshot('view-experts-desktop.png', await page.screenshot());

    // Adding the chain to the request: the address names both, the ranking is the API's.
    await page.getByTestId('experts-add').selectOption('Chain:nev-power-battery-chain');
    await expect.poll(() => searchOf(page).getAll('chain')).toEqual(['nev-power-battery-chain']);
    expect(searchOf(page).getAll('competency')).toEqual(['thermal-runaway-analysis']);
    const two = await apiJson<ExpertFinder>(
      demo.server.baseUrl,
      '/api/analysis/experts?competency=thermal-runaway-analysis&chain=nev-power-battery-chain',
    );
    await expect
      .poll(async () => (await readTable(page, 'experts-rows')).keys)
      .toEqual(two.experts.map((e) => e.key));
    expectCsvMatchesTable(
      parseCsv((await downloadCsv(page, 'experts-rows')).text),
      await readTable(page, 'experts-rows'),
    );
    await page.goBack({ waitUntil: 'load' });
    await expect
      .poll(async () => (await readTable(page, 'experts-rows')).keys)
      .toEqual(one.experts.map((e) => e.key));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: each people view shows its ranking without sideways scrolling', async () => {
    const errors: string[] = [];
    const page = await openPage(demo.browser, phone, errors);
    for (const [name, path, rows] of [
      ['matching', `/matching?posting=${posting}&limit=5`, 'matching-rows-row'],
      ['related', '/related?occupation=automotive-mechanic', 'related-rows-row'],
      ['experts', '/experts?competency=thermal-runaway-analysis', 'experts-rows-row'],
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
