/**
 * The program office's analyses on the demo region through the API: program adjustment tells the
 * demo's story (automotive inspection & repair shrinks, energy-storage system application expands)
 * and names the rule that fired; alignment ranks programs; the overview counts the region; bad
 * input is answered 400 or 404 with the parameter named.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStory } from '@chanjiao/seed-data';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';

const college = 'ningde-demo-vocational-college';
const university = 'ningde-demo-university';
const chain = 'nev-power-battery-chain';
const region = '350900';
let app: FastifyInstance;

beforeAll(async () => {
  const dataDir = tempDir();
  const store = EmbeddedStore.open({ dataDir });
  await loadDemoRegion(store);
  app = await buildApp({ config: testConfig(dataDir), store });
  // Until the plugin is registered in routes/api/index.ts, register it here.
});
afterAll(async () => {
  await app.close();
});

interface Row {
  key: string;
  recommendation: string;
  rule: { id: string; condition: string; explanation: string; values: Record<string, number> };
  metrics: Record<string, number | null>;
  suggestedMicroCredentials: { key: string; gap: number }[];
}
interface Adjustment {
  region: string;
  period: string;
  previousPeriod: string;
  programs: Row[];
  summary: Record<string, string[]>;
}

const get = async <T>(url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() as T, text: res.body };
};

const rates = ['employmentRate', 'relevanceRate', 'retentionRate', 'coverage', 'targetCoverage'];

describe('program adjustment', () => {
  it('tells the demo story: reform or shrink one program, expand another', async () => {
    const { status, body, text } = await get<Adjustment>(
      `/api/analysis/program-adjustment?institution=${college}`,
    );
    expect(status).toBe(200);
    expect(text).not.toContain('NaN');
    expect(body).toMatchObject({
      region,
      period: demoStory.periods.current,
      previousPeriod: demoStory.periods.previous,
    });
    const p = Object.fromEntries(body.programs.map((x) => [x.key, x]));

    const reform = p[demoStory.reformProgram]!;
    expect(['reform', 'shrink']).toContain(reform.recommendation);
    expect(reform.rule.id).toBe('shrink-falling-demand-low-relevance');
    expect(reform.metrics).toMatchObject({ supply: 112, demandBefore: 46, demandNow: 22 });
    expect(reform.metrics.relevanceRate).toBeCloseTo(32 / 96, 12);
    expect(reform.metrics.trend).toBeCloseTo(-24 / 46, 12);
    expect(reform.rule.explanation).toMatch(
      /^trend = -0\.522 ≤ -0\.3 and relevanceRate = 0\.333 < 0\.4$/,
    );
    expect(reform.suggestedMicroCredentials.length).toBeGreaterThan(0);

    const expand = p[demoStory.expandProgram]!;
    expect(expand.recommendation).toBe('expand');
    expect(expand.rule.id).toBe('expand-rising-demand');
    expect(expand.metrics).toMatchObject({ supply: 45, demandBefore: 32, demandNow: 63 });
    expect(expand.metrics.relevanceRate).toBeCloseTo(39 / 44, 12);

    expect(body.summary.shrink).toEqual([demoStory.reformProgram]);
    expect(body.summary.expand).toEqual([demoStory.expandProgram]);
    expect(body.programs[0]!.key).toBe(demoStory.reformProgram);
  });

  it('keeps rates and coverage within [0, 1] for both institutions', async () => {
    for (const institution of [college, university]) {
      const { status, body, text } = await get<Adjustment>(
        `/api/analysis/program-adjustment?institution=${institution}&chain=${chain}&region=${region}&period=2025&previousPeriod=2024`,
      );
      expect(status).toBe(200);
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(body.programs).toHaveLength(5);
      for (const row of body.programs)
        for (const field of rates) {
          const v = row.metrics[field];
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
    }
  });

  it('applies rules given as JSON in the query', async () => {
    const rules = JSON.stringify([
      {
        id: 'reform-what-few-graduates-enter',
        recommendation: 'reform',
        when: [{ field: 'relevanceRate', op: '<', value: 0.7 }],
      },
    ]);
    const { status, body } = await get<Adjustment>(
      `/api/analysis/program-adjustment?institution=${college}&rules=${encodeURIComponent(rules)}`,
    );
    expect(status).toBe(200);
    // Relevance 2025: auto inspection 0.33 → reform; every other college program is ≥ 0.7.
    expect(body.summary.reform).toEqual([demoStory.reformProgram]);
    expect(body.programs[0]!.rule).toMatchObject({
      id: 'reform-what-few-graduates-enter',
      condition: 'relevanceRate < 0.7',
    });
  });

  it.each([
    [`institution=nope`, 404, /institution: no Institution with key "nope"/],
    [`institution=${college}&chain=nope`, 404, /chain: no Chain with key "nope"/],
    [`institution=${college}&region=999999`, 404, /region: no Region/],
    [`institution=${college}&rules=${encodeURIComponent('[{"id":')}`, 400, /rules: not valid JSON/],
    [
      `institution=${college}&rules=${encodeURIComponent('[{"id":"x","recommendation":"expand","when":[{"field":"mood","op":">","value":1}]}]')}`,
      400,
      /rules\[0\]\.when\[0\]\.field/,
    ],
    [`institution=${college}&period=last-year`, 400, /period/],
    [``, 400, /institution/],
  ])('%s → %i', async (query, status, message) => {
    const res = await app.inject(`/api/analysis/program-adjustment?${query}`);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('alignment', () => {
  it('ranks the college’s programs by coverage of the chain, with at most five gaps each', async () => {
    const { status, body } = await get<{
      programs: {
        rank: number | null;
        key: string;
        best: { chain: string; coverage: number } | null;
        chains: { chain: string; coverage: number | null; topGaps: { gap: number }[] }[];
      }[];
    }>(`/api/analysis/alignment?institution=${college}`);
    expect(status).toBe(200);
    expect(body.programs).toHaveLength(5);
    const coverages = body.programs.map((p) => p.best!.coverage);
    expect(coverages).toEqual([...coverages].sort((a, b) => b - a));
    expect(body.programs.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(body.programs[0]!.key).toBe('ndvc-energy-storage-materials');
    for (const p of body.programs) {
      expect(p.best!.chain).toBe(chain);
      expect(p.best!.coverage).toBeGreaterThan(0);
      expect(p.best!.coverage).toBeLessThan(1);
      expect(p.chains[0]!.topGaps.length).toBeLessThanOrEqual(5);
    }
  });

  it('answers 404 for an unknown institution and 400 for a bad demand mode', async () => {
    const missing = await app.inject('/api/analysis/alignment?institution=nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/institution: no Institution/);
    const bad = await app.inject(`/api/analysis/alignment?institution=${college}&demand=magic`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('overview', () => {
  it('counts the demo region', async () => {
    const { status, body } = await get<{
      regions: number;
      counts: { local: Record<string, number>; global: { nodes: number } };
      chains: { key: string; segments: { key: string; localEnterprises: number }[] }[];
      enterprises: { total: number };
      postings: { byPeriod: { period: string; postings: number; headcount: number }[] };
      graduates: { byProgram: unknown[]; byYear: { year: number; cohorts: number }[] };
    }>(`/api/analysis/overview?region=${region}`);
    expect(status).toBe(200);
    expect(body.regions).toBe(10);
    expect(body.counts.local).toMatchObject({
      Enterprise: 48,
      Institution: 2,
      Program: 10,
      Cohort: 30,
      Chain: 1,
    });
    expect(body.counts.global.nodes).toBe(633);
    expect(body.chains.map((c) => c.key)).toEqual([chain]);
    expect(body.chains[0]!.segments).toHaveLength(13);
    expect(
      body.chains[0]!.segments.find((s) => s.key === demoStory.missingSegment)!.localEnterprises,
    ).toBe(0);
    expect(body.enterprises.total).toBe(48);
    expect(body.postings.byPeriod.map((p) => p.period)).toEqual(['2023', '2024', '2025']);
    expect(body.graduates.byProgram).toHaveLength(10);
    expect(body.graduates.byYear.map((y) => [y.year, y.cohorts])).toEqual([
      [2023, 10],
      [2024, 10],
      [2025, 10],
    ]);
  });

  it('answers 404 naming an unknown region', async () => {
    const res = await app.inject('/api/analysis/overview?region=999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/region: no Region with key "999999"/);
  });
});

describe('OpenAPI', () => {
  it('documents the three routes with their formulas', async () => {
    const doc = (await app.inject('/docs/json')).json() as {
      paths: Record<string, { get: { description: string } }>;
    };
    expect(doc.paths['/api/analysis/program-adjustment']!.get.description).toMatch(
      /shrink-falling-demand-low-relevance/,
    );
    expect(doc.paths['/api/analysis/alignment']!.get.description).toMatch(/coverage/);
    expect(doc.paths['/api/analysis/overview']).toBeDefined();
  });
});
