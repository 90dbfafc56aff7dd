/**
 * The people analyses on the demo region, through the API: person–job matching both ways,
 * occupation and segment relatedness, and the expert finder answer with the story the demo data
 * tells, keep their invariants (scores in [0, 1], ranked, never NaN) and reject bad input clearly.
 * Expects `peopleAnalysisRoutes` registered under `/api` (routes/api/index.ts).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';

const region = '350900';
let app: FastifyInstance;

beforeAll(async () => {
  const dataDir = tempDir();
  const store = EmbeddedStore.open({ dataDir });
  await loadDemoRegion(store);
  app = await buildApp({ config: testConfig(dataDir), store });
});
afterAll(async () => {
  await app.close();
});

const get = async <T>(url: string) => {
  const res = await app.inject(url);
  expect(res.body).not.toContain('NaN');
  return { status: res.statusCode, body: res.json() as T };
};

interface Competency {
  key: string;
  need: number;
  have: number;
  weight: number;
  contribution: number;
}
interface Scored {
  key: string;
  score: number;
  matched: Competency[];
  partial: Competency[];
  missing: Competency[];
}
type Posting = Scored & { occupation: string; period: string; regions: string[] };

const expectRanked = (list: { score: number }[]) => {
  for (const x of list) {
    expect(x.score).toBeGreaterThanOrEqual(0);
    expect(x.score).toBeLessThanOrEqual(1);
  }
  const scores = list.map((x) => x.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
};

describe('person–job match', () => {
  it('ranks this period’s local postings for a candidate, best first, with the explanation', async () => {
    const { status, body } = await get<{ total: number; postings: Posting[] }>(
      `/api/analysis/match/candidate?candidate=cand-0011&region=${region}&period=2025&limit=5`,
    );
    expect(status).toBe(200);
    expect(body.postings).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    expectRanked(body.postings);
    // An energy-storage application graduate fits energy-storage commissioning best.
    expect(body.postings[0]!.occupation).toBe('ess-commissioning-technician');
    expect(body.postings[0]!.score).toBeGreaterThan(0.8);
    for (const p of body.postings) {
      expect(p.period.startsWith('2025')).toBe(true);
      const parts = [...p.matched, ...p.partial, ...p.missing];
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(p.score, 9);
      for (const c of p.matched) expect(c.have).toBeGreaterThanOrEqual(c.need);
      for (const c of p.partial) expect(c.have > 0 && c.have < c.need).toBe(true);
      for (const c of p.missing) expect(c.have).toBe(0);
    }
  });

  it('puts the combustion-vehicle graduate first on mechanic postings', async () => {
    const { body } = await get<{ postings: Posting[] }>(
      `/api/analysis/match/candidate?candidate=cand-0009&period=2025&limit=1`,
    );
    expect(body.postings[0]!.occupation).toBe('automotive-mechanic');
  });

  it('ranks candidates for a posting, and the pair scores the same both ways', async () => {
    const top = (
      await get<{ postings: Posting[] }>(
        `/api/analysis/match/candidate?candidate=cand-0011&period=2025&limit=1`,
      )
    ).body.postings[0]!;
    const { status, body } = await get<{
      requirements: unknown[];
      candidates: Scored[];
      excluded: Record<string, number>;
    }>(`/api/analysis/match/posting?posting=${top.key}&region=${region}`);
    expect(status).toBe(200);
    expect(body.requirements.length).toBeGreaterThan(0);
    expectRanked(body.candidates);
    expect(body.candidates[0]!.key).toBe('cand-0011');
    expect(body.candidates[0]!.score).toBeCloseTo(top.score, 12);

    const strict = await get<{ candidates: Scored[]; excluded: { minScore: number } }>(
      `/api/analysis/match/posting?posting=${top.key}&minScore=0.5&limit=3`,
    );
    expect(strict.body.candidates.every((c) => c.score >= 0.5)).toBe(true);
    expect(strict.body.excluded.minScore).toBeGreaterThan(0);
    const levelled = await get<{ excluded: { minLevel: number } }>(
      `/api/analysis/match/posting?posting=${top.key}&minLevel=5`,
    );
    expect(levelled.body.excluded.minLevel).toBeGreaterThan(0);
  });

  it.each([
    ['/api/analysis/match/posting?posting=nope', 404, /posting: no Posting with key "nope"/],
    ['/api/analysis/match/candidate?candidate=nope', 404, /candidate: no Candidate/],
    ['/api/analysis/match/candidate?candidate=cand-0011&region=999999', 404, /region: no Region/],
    ['/api/analysis/match/posting?posting=posting-2025-001&minScore=abc', 400, /minScore/],
    ['/api/analysis/match/posting?posting=posting-2025-001&minScore=1.5', 400, /minScore/],
    ['/api/analysis/match/posting?posting=posting-2025-001&minLevel=9', 400, /minLevel/],
    ['/api/analysis/match/posting', 400, /posting/],
    ['/api/analysis/match/candidate?candidate=cand-0011&period=last-year', 400, /period/],
    ['/api/analysis/match/candidate?candidate=cand-0011&limit=0', 400, /limit/],
  ])('%s → %i', async (url, status, message) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('relatedness', () => {
  it('finds career transitions from the combustion-vehicle mechanic, with the gaps', async () => {
    const { status, body } = await get<{
      related: {
        key: string;
        similarity: number;
        shared: { key: string }[];
        missing: { key: string }[];
      }[];
    }>('/api/analysis/related/occupations?occupation=automotive-mechanic&limit=10');
    expect(status).toBe(200);
    expect(body.related.length).toBeGreaterThan(3);
    const similarities = body.related.map((r) => r.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    for (const r of body.related) {
      expect(r.similarity > 0 && r.similarity <= 1).toBe(true);
      expect(r.shared.length).toBeGreaterThan(0);
    }
    const keys = body.related.map((r) => r.key);
    expect(keys).toContain('motor-vehicle-inspector');
    expect(keys).toContain('ev-maintenance-technician');
    // Moving to EV maintenance means learning the high-voltage work the mechanic never needed.
    expect(body.related.find((r) => r.key === 'ev-maintenance-technician')!.missing).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'high-voltage-safety-operation' })]),
    );
  });

  it('relates the missing separator segment to the other materials segments', async () => {
    const { status, body } = await get<{
      segment: { weighting: string };
      related: { key: string; similarity: number; shared: unknown[] }[];
    }>('/api/analysis/related/segments?segment=separator&limit=3');
    expect(status).toBe(200);
    expect(body.segment.weighting).toBe('demand');
    expect(body.related).toHaveLength(3);
    expect(body.related.map((r) => r.key)).toEqual(
      expect.arrayContaining(['anode-materials', 'electrolyte']),
    );
    for (const r of body.related) {
      expect(r.similarity > 0 && r.similarity <= 1).toBe(true);
      expect(r.shared.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['/api/analysis/related/occupations?occupation=nope', 404, /occupation: no Occupation/],
    ['/api/analysis/related/segments?segment=nope', 404, /segment: no Segment/],
    ['/api/analysis/related/segments', 400, /segment/],
    ['/api/analysis/related/occupations?occupation=ehs-engineer&limit=x', 400, /limit/],
  ])('%s → %i', async (url, status, message) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('expert finder', () => {
  interface Experts {
    excludedByRegion: number;
    experts: {
      key: string;
      score: number;
      competencies: { key: string; level: number }[];
      fields: { key: string; via: { kind: string; key: string; hops: number } }[];
    }[];
  }

  it('takes repeated competencies and ranks the battery-safety expert first', async () => {
    const { status, body } = await get<Experts>(
      '/api/analysis/experts?competency=thermal-runaway-analysis&competency=battery-safety-standards',
    );
    expect(status).toBe(200);
    expectRanked(body.experts);
    expect(body.experts[0]!.key).toBe('expert-ding');
    // (4/5 + 5/5) / 2
    expect(body.experts[0]!.score).toBeCloseTo(0.9, 12);
    expect(body.experts[0]!.competencies.map((c) => c.key).sort()).toEqual([
      'battery-safety-standards',
      'thermal-runaway-analysis',
    ]);
  });

  it('takes a single competency with a segment and explains the field overlap', async () => {
    const { body } = await get<Experts>(
      '/api/analysis/experts?competency=electrode-coating&segment=cell-manufacturing',
    );
    expect(body.experts[0]!.key).toBe('expert-bing');
    expect(body.experts[0]!.score).toBeCloseTo(1, 12);
    expect(body.experts[0]!.fields[0]!.via).toEqual({
      kind: 'Segment',
      key: 'cell-manufacturing',
      hops: 0,
    });
  });

  it('finds the recycling expert only outside the region (补链 needs outside help)', async () => {
    const anywhere = await get<Experts>(
      '/api/analysis/experts?competency=recycling-hydrometallurgy-process',
    );
    expect(anywhere.body.experts.map((x) => x.key)).toEqual(['expert-wu']);
    const local = await get<Experts>(
      `/api/analysis/experts?competency=recycling-hydrometallurgy-process&region=${region}`,
    );
    expect(local.body.experts).toEqual([]);
    expect(local.body.excludedByRegion).toBeGreaterThan(0);
  });

  it.each([
    ['/api/analysis/experts', 400, /at least one competency/],
    ['/api/analysis/experts?competency=nope', 404, /competency: no Competency with key "nope"/],
    ['/api/analysis/experts?industry=0000', 404, /industry: no Industry/],
    ['/api/analysis/experts?competency=electrode-coating&region=999999', 404, /region: no Region/],
    ['/api/analysis/experts?competency=electrode-coating&limit=1000', 400, /limit/],
  ])('%s → %i', async (url, status, message) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('documentation', () => {
  it('documents every people analysis with its formula in OpenAPI', async () => {
    const spec = (await app.inject('/docs/json')).json() as {
      paths: Record<string, { get?: { tags?: string[]; description?: string } }>;
    };
    for (const [path, formula] of [
      ['/api/analysis/match/posting', /min\(1, have_c\/need_c\)/],
      ['/api/analysis/match/candidate', /min\(1, have_c\/need_c\)/],
      ['/api/analysis/related/occupations', /Σ_c min\(w_ac, w_bc\)/],
      ['/api/analysis/related/segments', /Σ_c min\(δ_ac, δ_bc\)/],
      ['/api/analysis/experts', /0\.5\^h/],
    ] as const) {
      const get = spec.paths[path]?.get;
      expect(get?.tags).toEqual(['analysis']);
      expect(get?.description).toMatch(formula);
    }
  });
});
