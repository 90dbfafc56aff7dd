/**
 * Trends through the API on the demo region: three periods of postings and cohorts, the
 * enterprises' founding years, and the classification of the chain's segments; every series
 * agrees with another route that counts the same thing one period at a time.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListAnswer, RegionOverview, TalentMap, Trends } from '@chanjiao/graph-schema';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';

const where = 'chain=nev-power-battery-chain&region=350900';
let app: FastifyInstance;
let answer: Trends;

const json = async <T>(url: string) => {
  const res = await app.inject(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  const dataDir = tempDir();
  const store = EmbeddedStore.open({ dataDir });
  await loadDemoRegion(store);
  app = await buildApp({ config: testConfig(dataDir), store });
  answer = await json<Trends>(`/api/analysis/trends?${where}`);
});
afterAll(async () => {
  await app.close();
});

describe('trends of the demo chain in Ningde', () => {
  it('runs the ten years up to the latest in the data', () => {
    expect(answer.years).toEqual({ from: 2016, to: 2025, window: 5 });
    expect(answer.enterprises.total.map((p) => p.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('ends the enterprise series at the region’s enterprises of the chain, tiers included', async () => {
    const lists = await json<ListAnswer<'enterprises'>>(`/api/lists/enterprises?${where}`);
    const last = answer.enterprises.total.at(-1)!;
    expect(last.count + answer.enterprises.undated).toBe(lists.summary.enterprises);
    expect(last.tiers).toEqual({
      innovative: lists.summary.innovative,
      specialised: lists.summary.specialised,
      'little-giant': lists.summary.littleGiant,
    });
    // Each year's new enterprises are the difference of the counts.
    const total = answer.enterprises.total;
    for (let i = 1; i < total.length; i++)
      expect(total[i]!.count - total[i - 1]!.count).toBe(total[i]!.new);
  });

  it('sums demand per period as the talent map does from that period’s postings', async () => {
    expect(answer.demand.periods.map((p) => p.period)).toEqual(['2023', '2024', '2025']);
    for (const point of answer.demand.periods) {
      const map = await json<TalentMap>(
        `/api/analysis/talent-map?${where}&demand=postings&period=${point.period}`,
      );
      const headcount = map.occupations.reduce((sum, o) => sum + o.demand, 0);
      expect(point.headcount, point.period).toBe(headcount);
    }
    const [y2023, y2024, y2025] = answer.demand.periods;
    expect(y2024!.growth).toBeCloseTo((y2024!.headcount - y2023!.headcount) / y2023!.headcount, 12);
    expect(y2025!.growth).toBeCloseTo((y2025!.headcount - y2024!.headcount) / y2024!.headcount, 12);
    // The story: storage commissioning demand grows every year; combustion mechanics shrink.
    const series = (key: string) =>
      answer.demand.byOccupation.find((o) => o.key === key)!.series.map((p) => p.headcount);
    const storage = series('ess-commissioning-technician');
    expect(storage[0]).toBeLessThan(storage[1]!);
    expect(storage[1]).toBeLessThan(storage[2]!);
    const mechanics = series('automotive-mechanic');
    expect(mechanics[0]).toBeGreaterThan(mechanics[1]!);
    expect(mechanics[1]).toBeGreaterThan(mechanics[2]!);
  });

  it('counts graduates per year as the region overview does', async () => {
    const overview = await json<RegionOverview>(`/api/analysis/overview?region=350900`);
    expect(answer.graduates.programs).toHaveLength(10);
    expect(answer.graduates.years.map((y) => [y.year, y.graduates, y.cohorts])).toEqual(
      overview.graduates.byYear.map((y) => [y.year, y.graduates, y.cohorts]),
    );
  });

  it('gives coverage per period as the skill-gap list does for that period', async () => {
    for (const point of answer.coverage) {
      const gaps = await json<ListAnswer<'skill-gaps'>>(
        `/api/lists/skill-gaps?${where}&demand=postings&period=${point.period}`,
      );
      expect(point.coverage, point.period).toBe(gaps.summary.coverage);
    }
  });

  it('classifies the segments: cells and packs pillars, storage and charging emerging', () => {
    const byClass = (c: string) => answer.segments.filter((s) => s.class === c).map((s) => s.key);
    expect(byClass('pillar')).toEqual(['cell-manufacturing', 'module-pack-bms']);
    expect(byClass('emerging')).toEqual(['energy-storage-systems', 'charging-swapping']);
    expect(byClass('characteristic')).toEqual(['anode-materials']);
    // The missing link has no enterprise to be anything.
    expect(answer.segments.find((s) => s.key === 'separator')).toMatchObject({
      class: 'other',
      rule: 'default',
    });
  });
});

describe('trends parameters', () => {
  it('takes rules from the request', async () => {
    const rules = JSON.stringify([{ id: 'everything', class: 'emerging', when: [] }]);
    const custom = await json<Trends>(
      `/api/analysis/trends?${where}&rules=${encodeURIComponent(rules)}`,
    );
    expect(new Set(custom.segments.map((s) => s.class))).toEqual(new Set(['emerging']));
    expect(custom.rulesFrom).toBe('request');
  });

  it('narrows the years', async () => {
    const narrow = await json<Trends>(`/api/analysis/trends?${where}&from=2023&to=2024`);
    expect(narrow.enterprises.total.map((p) => p.year)).toEqual([2023, 2024]);
    expect(narrow.graduates.years.map((y) => y.year)).toEqual([2023, 2024]);
  });

  it.each([
    [`/api/analysis/trends?${where}&from=2025&to=2020`, 400, /from/],
    [`/api/analysis/trends?${where}&rules=%5B%7B%7D%5D`, 400, /rules\[0\]/],
    [`/api/analysis/trends?${where}&window=0`, 400, /window/],
    ['/api/analysis/trends?chain=nev-power-battery-chain&region=999999', 404, /999999/],
  ])('%s → %i', async (url, status, message) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});
