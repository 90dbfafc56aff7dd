/**
 * The analysis API on the demo region: talent map, skill gap and weak links answer with the story
 * the demo data tells, keep their invariants, and reject bad input clearly.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStory } from '@chanjiao/seed-data';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';

const chain = 'nev-power-battery-chain';
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

interface Gap {
  coverage: number | null;
  reason?: string;
  competencies: { key: string; share: number; supply: number; gap: number; courses: unknown[] }[];
  highlight: string[];
}

const get = async <T>(url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() as T };
};

describe('talent map', () => {
  it('lists the chain’s segments, occupations and competency shares summing to 1', async () => {
    const { status, body } = await get<{
      segments: unknown[];
      competencies: { share: number }[];
      dimensions: Record<string, unknown>;
    }>(`/api/analysis/talent-map?chain=${chain}`);
    expect(status).toBe(200);
    expect(body.segments).toHaveLength(13);
    expect(body.competencies.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    expect(Object.keys(body.dimensions).sort()).toEqual(['knowledge', 'quality', 'skill']);
  });
});

describe('skill gap', () => {
  it.each(['ningde-demo-university', 'ningde-demo-vocational-college'])(
    'keeps coverage + Σ gap = 1 for %s',
    async (institution) => {
      const { status, body } = await get<Gap>(
        `/api/analysis/skill-gap?chain=${chain}&region=${region}&institution=${institution}`,
      );
      expect(status).toBe(200);
      expect(body.coverage).toBeGreaterThan(0);
      expect(body.coverage).toBeLessThan(1);
      const total = body.coverage! + body.competencies.reduce((s, c) => s + c.gap, 0);
      expect(total).toBeCloseTo(1, 9);
      for (const c of body.competencies) {
        expect(c.supply).toBeGreaterThanOrEqual(0);
        expect(c.supply).toBeLessThanOrEqual(1);
      }
      const gaps = body.competencies.map((c) => c.gap);
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    },
  );

  it('finds the competencies nobody teaches as full gaps', async () => {
    for (const institution of ['ningde-demo-university', 'ningde-demo-vocational-college']) {
      const { body } = await get<Gap>(
        `/api/analysis/skill-gap?chain=${chain}&institution=${institution}&demand=postings&period=2025`,
      );
      const untaught = body.competencies.filter((c) =>
        demoStory.untaughtCompetencies.includes(c.key as never),
      );
      expect(untaught.length).toBeGreaterThan(0);
      for (const c of untaught) {
        expect(c.supply).toBe(0);
        expect(c.courses).toEqual([]);
        expect(c.gap).toBeCloseTo(c.share, 12);
      }
    }
  });

  it('answers coverage null with a reason when no demand matches, never NaN', async () => {
    const res = await app.inject(
      `/api/analysis/skill-gap?chain=${chain}&region=${region}&institution=ningde-demo-university&demand=postings&period=2019`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('NaN');
    expect(res.json()).toMatchObject({ coverage: null, reason: expect.stringMatching(/posting/) });
  });

  it.each([
    [
      `/api/analysis/skill-gap?chain=nope&institution=ningde-demo-university`,
      404,
      /chain: no Chain with key "nope"/,
    ],
    [`/api/analysis/skill-gap?chain=${chain}&program=nope`, 404, /program: no Program/],
    [
      `/api/analysis/skill-gap?chain=${chain}&region=999999&institution=ningde-demo-university`,
      404,
      /region: no Region/,
    ],
    [
      `/api/analysis/skill-gap?chain=${chain}`,
      400,
      /exactly one of institution, program, microCredential/,
    ],
    [`/api/analysis/skill-gap?chain=${chain}&institution=a&program=b`, 400, /exactly one/],
    [
      `/api/analysis/skill-gap?chain=${chain}&institution=ningde-demo-university&demand=magic`,
      400,
      /demand/,
    ],
    [
      `/api/analysis/skill-gap?chain=${chain}&institution=ningde-demo-university&period=last-year`,
      400,
      /period/,
    ],
  ])('%s → %i', async (url, status, message) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('weak links', () => {
  it('finds the missing and the weak segment of the demo story', async () => {
    const { status, body } = await get<{
      segments: { key: string; status: string; locationQuotient: number | null; local: string[] }[];
    }>(`/api/analysis/weak-links?chain=${chain}&region=${region}`);
    expect(status).toBe(200);
    const byKey = Object.fromEntries(body.segments.map((s) => [s.key, s]));
    expect(byKey[demoStory.missingSegment]).toMatchObject({ status: 'missing', local: [] });
    expect(byKey[demoStory.weakSegment]?.status).toBe('weak');
    expect(byKey[demoStory.weakSegment]?.locationQuotient).toBeLessThan(0.5);
  });

  it('rejects a negative threshold and answers 404 for an unknown region', async () => {
    expect(
      (await app.inject(`/api/analysis/weak-links?chain=${chain}&region=${region}&weakBelow=-1`))
        .statusCode,
    ).toBe(400);
    expect(
      (await app.inject(`/api/analysis/weak-links?chain=${chain}&region=110000`)).statusCode,
    ).toBe(404);
  });
});

describe('typed answers', () => {
  it('documents every analysis answer’s real shape in OpenAPI, not a bare object', async () => {
    const spec = (await app.inject('/docs/json')).json() as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }
      >;
    };
    const expected: Record<string, string[]> = {
      '/api/analysis/talent-map': ['segments', 'occupations', 'competencies', 'dimensions'],
      '/api/analysis/skill-gap': ['coverage', 'competencies', 'highlight'],
      '/api/analysis/weak-links': ['thresholds', 'segments'],
      '/api/analysis/alignment': ['programs', 'chains'],
      '/api/analysis/program-adjustment': ['rules', 'programs', 'summary'],
      '/api/analysis/match/posting': ['posting', 'candidates'],
      '/api/analysis/match/candidate': ['candidate', 'postings', 'unscored'],
      '/api/analysis/related/occupations': ['occupation', 'related'],
      '/api/analysis/related/segments': ['segment', 'related'],
      '/api/analysis/experts': ['request', 'experts'],
      '/api/analysis/overview': ['region', 'counts', 'chains', 'graduates'],
    };
    for (const [path, fields] of Object.entries(expected)) {
      const schema = spec.paths[path]?.get.responses['200']?.content['application/json']
        ?.schema as { properties?: Record<string, unknown>; additionalProperties?: unknown };
      expect(Object.keys(schema?.properties ?? {}), path).toEqual(expect.arrayContaining(fields));
      expect(schema?.additionalProperties, path).toBe(false);
    }
  });
});

describe('limits', () => {
  it('answers 422 when a question would read more nodes than the configured limit', async () => {
    const dataDir = tempDir();
    const store = EmbeddedStore.open({ dataDir });
    await loadDemoRegion(store);
    const small = await buildApp({
      config: testConfig(dataDir, { ATLAS_ANALYSIS_MAX_NODES: '50' }),
      store,
    });
    try {
      const res = await small.inject(`/api/analysis/weak-links?chain=${chain}&region=${region}`);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        message: expect.stringMatching(/limit of 50/),
      });
    } finally {
      await small.close();
    }
  });
});
