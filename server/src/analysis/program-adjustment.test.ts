/**
 * Program adjustment on a small hand-built graph. Expected numbers are worked out by hand in the
 * comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeRow, NodeRow } from '../store/port.ts';
import { build, e, n } from './fixtures.ts';
import type { AnalysisGraph } from './graph.ts';
import {
  decide,
  defaultAdjustmentRules,
  parseAdjustmentRules,
  programAdjustment,
  type Metrics,
  type ProgramAdjustment,
} from './program-adjustment.ts';
import { skillGap } from './skill-gap.ts';

/*
 * Regions: city 350900 (R) with county 350902 (X) below it; city 320400 (Z) elsewhere.
 * Institution I is LOCATED_IN X (a county), so its default region is the city above: R.
 *
 * Chain K: segment A EMPLOYS O1 (demand 10) and O2 (demand 10); segment B EMPLOYS O3 (demand 20).
 * REQUIRES: O1→C1 importance 5 level 4 (w 1, L 4); O1→C3 importance 5 level 2 (w 1, L 2);
 *           O2→C2 essential false level 2 (w 0.5, L 2);
 *           O3→C4 importance 5 level 2 (w 1, L 2); O3→C1 importance 2.5 level 2 (w 0.5, L 2).
 * D_C1 = 10·1 + 20·0.5 = 20; D_C2 = 10·0.5 = 5; D_C3 = 10·1 = 10; D_C4 = 20·1 = 20; ΣD = 55.
 * δ: C1 4/11, C2 1/11, C3 2/11 (quality), C4 4/11. Chain-wide L: C1 4, C2 2, C3 2, C4 2.
 *
 * Postings (FOR, period, headcount, where):
 *   O1: Q1 2024 10 X; Q2 2025 6 R; Q3 2025 100 Z (outside R)
 *   O2: Q4 2024 5 R; Q5 2025-H1 4 R; Q6 2025-H2 6 X
 *   O3: Q7 2024 20 R; Q8 2025 22 R
 *   (Q9 2026 1 Z, FOR O3, outside R)
 * Periods found in R: 2024, 2025, 2025-H1, 2025-H2 — mixed granularity, so reduced to years:
 * period 2025, previous 2024 (2026 is only in Z).
 *   O1: now 6, before 10, trend −0.4.  O2: now 4 + 6 = 10, before 5, trend +1.
 *   O3: now 22, before 20, trend +0.1.
 *
 * Program group G (offered by I) SERVES K; P1…P4 are PART_OF G; P5 is in no group.
 *
 * P1 PREPARES_FOR O1, INCLUDES K1 (TEACHES C1 level 3).
 *   Cohorts 2024 (60 graduates, 45 employed, 30 in target), 2025 (50, 40, 12 in target, 20 stayed;
 *   OUTCOME O1 12, O3 20), 2026 (999 graduates: after the period's year, ignored).
 *   supply 50; employment 40/50 = 0.8; relevance 12/40 = 0.3; retention 20/50 = 0.4.
 *   coverage: S_C1 = 3/4 → 4/11 · 0.75 = 3/11.
 *   targetCoverage (O1 only): D_C1 = 10, D_C3 = 10 → δ 1/2 each; L_C1 = 4 → S 0.75; C3 S 0
 *     → 0.375.
 *   structural 10; graduatesPerPosting 50/6 = 25/3.
 *   → shrink (trend −0.4 ≤ −0.3 and relevance 0.3 < 0.4).
 *   Suggestions: own occupations O1 (prepares) + O3 (outcome); chain gaps: C4 4/11 (required by
 *   O3), C3 2/11 (quality: left out), C1 4/11 · 0.25 = 1/11 (O1, O3), C2 1/11 (O2 only: left out)
 *   → [C4, C1]. C4 is taught by micro-credential M (level 2), offered by institution J.
 * P2 PREPARES_FOR O3, INCLUDES K2 (TEACHES C4 level 2, C1 level 2).
 *   Cohort 2025: 30 graduates, 30 employed, no employedInTarget; OUTCOME O3 9, O1 15 → target 9.
 *   relevance 9/30 = 0.3 (from outcomes); employment 1; retention null (no stayedInRegion).
 *   coverage: S_C4 = 1, S_C1 = 2/4 → 4/11 + 4/11 · 0.5 = 6/11.
 *   targetCoverage (O3): D_C4 = 20, D_C1 = 10; L_C1 = 2 for O3 → S_C1 = 1 → 1.
 *   structural 20; graduatesPerPosting 30/22 = 15/11.
 *   → not shrink (trend 0.1); reform-low-relevance (0.3 < 0.4).
 * P3 PREPARES_FOR O2, teaches nothing. Cohort 2025: 8, 8, 8 → relevance 1.
 *   coverage 0; targetCoverage (O2: D_C2 = 5) 0; trend +1; graduatesPerPosting 8/10 = 0.8.
 *   → reform-low-target-coverage (0 < 0.25), which comes before the expand rule.
 * P4 PREPARES_FOR O2, INCLUDES K3 (TEACHES C2 level 3). Cohort 2025: 9, 8, 6.
 *   employment 8/9; relevance 6/8 = 0.75; coverage S_C2 = min(1, 3/2) = 1 → 1/11;
 *   targetCoverage 1; graduatesPerPosting 9/10 = 0.9; trend +1 → expand.
 * P5 prepares for nothing, no group, no cohort: every field null but demandNow 0 and
 *   demandBefore 0 → no rule fires → maintain (rule `default`).
 * Listed: shrink P1, reform P2 P3, expand P4, maintain P5.
 */
const spec = (): { nodes: NodeRow[]; edges: EdgeRow[] } => ({
  nodes: [
    n('Region', '350900', { level: 'city' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Institution', 'I', { institutionType: 'higher-vocational' }),
    n('Institution', 'J', { institutionType: 'university' }),
    n('Chain', 'K'),
    n('Chain', 'EMPTY'),
    n('Segment', 'A', { position: 'upstream', order: 1 }),
    n('Segment', 'B', { position: 'midstream', order: 2 }),
    n('Occupation', 'O1'),
    n('Occupation', 'O2'),
    n('Occupation', 'O3'),
    n('Competency', 'C1', { dimension: 'skill' }),
    n('Competency', 'C2', { dimension: 'knowledge' }),
    n('Competency', 'C3', { dimension: 'quality' }),
    n('Competency', 'C4', { dimension: 'skill' }),
    n('ProgramGroup', 'G'),
    ...['P1', 'P2', 'P3', 'P4', 'P5'].map((p) => n('Program', p, { level: 'higher-vocational' })),
    n('Course', 'K1'),
    n('Course', 'K2'),
    n('Course', 'K3'),
    n('MicroCredential', 'M', { credentialType: 'micro-certificate' }),
    n('Posting', 'Q1', { period: '2024', headcount: 10 }),
    n('Posting', 'Q2', { period: '2025', headcount: 6 }),
    n('Posting', 'Q3', { period: '2025', headcount: 100 }),
    n('Posting', 'Q4', { period: '2024', headcount: 5 }),
    n('Posting', 'Q5', { period: '2025-H1', headcount: 4 }),
    n('Posting', 'Q6', { period: '2025-H2', headcount: 6 }),
    n('Posting', 'Q7', { period: '2024', headcount: 20 }),
    n('Posting', 'Q8', { period: '2025', headcount: 22 }),
    n('Posting', 'Q9', { period: '2026', headcount: 1 }),
    n('Cohort', 'P1-2024', { year: 2024, graduates: 60, employed: 45, employedInTarget: 30 }),
    n('Cohort', 'P1-2025', {
      year: 2025,
      graduates: 50,
      employed: 40,
      employedInTarget: 12,
      stayedInRegion: 20,
    }),
    n('Cohort', 'P1-2026', { year: 2026, graduates: 999, employed: 1, employedInTarget: 1 }),
    n('Cohort', 'P2-2025', { year: 2025, graduates: 30, employed: 30 }),
    n('Cohort', 'P3-2025', { year: 2025, graduates: 8, employed: 8, employedInTarget: 8 }),
    n('Cohort', 'P4-2025', { year: 2025, graduates: 9, employed: 8, employedInTarget: 6 }),
  ],
  edges: [
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('LOCATED_IN', 'Institution:I', 'Region:350902'),
    e('LOCATED_IN', 'Institution:J', 'Region:320400'),
    e('PART_OF', 'Segment:A', 'Chain:K'),
    e('PART_OF', 'Segment:B', 'Chain:K'),
    e('EMPLOYS', 'Segment:A', 'Occupation:O1', { demand: 10 }),
    e('EMPLOYS', 'Segment:A', 'Occupation:O2', { demand: 10 }),
    e('EMPLOYS', 'Segment:B', 'Occupation:O3', { demand: 20 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C1', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C3', { importance: 5, level: 2 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:C2', { essential: false, level: 2 }),
    e('REQUIRES', 'Occupation:O3', 'Competency:C4', { importance: 5, level: 2 }),
    e('REQUIRES', 'Occupation:O3', 'Competency:C1', { importance: 2.5, level: 2 }),
    e('OFFERS', 'Institution:I', 'ProgramGroup:G'),
    e('SERVES', 'ProgramGroup:G', 'Chain:K'),
    ...['P1', 'P2', 'P3', 'P4', 'P5'].map((p) => e('OFFERS', 'Institution:I', `Program:${p}`)),
    ...['P1', 'P2', 'P3', 'P4'].map((p) => e('PART_OF', `Program:${p}`, 'ProgramGroup:G')),
    e('PREPARES_FOR', 'Program:P1', 'Occupation:O1'),
    e('PREPARES_FOR', 'Program:P2', 'Occupation:O3'),
    e('PREPARES_FOR', 'Program:P3', 'Occupation:O2'),
    e('PREPARES_FOR', 'Program:P4', 'Occupation:O2'),
    e('INCLUDES', 'Program:P1', 'Course:K1'),
    e('INCLUDES', 'Program:P2', 'Course:K2'),
    e('INCLUDES', 'Program:P4', 'Course:K3'),
    e('TEACHES', 'Course:K1', 'Competency:C1', { level: 3 }),
    e('TEACHES', 'Course:K2', 'Competency:C4', { level: 2 }),
    e('TEACHES', 'Course:K2', 'Competency:C1', { level: 2 }),
    e('TEACHES', 'Course:K3', 'Competency:C2', { level: 3 }),
    e('OFFERS', 'Institution:J', 'MicroCredential:M'),
    e('TEACHES', 'MicroCredential:M', 'Competency:C4', { level: 2 }),
    e('FOR', 'Posting:Q1', 'Occupation:O1'),
    e('FOR', 'Posting:Q2', 'Occupation:O1'),
    e('FOR', 'Posting:Q3', 'Occupation:O1'),
    e('FOR', 'Posting:Q4', 'Occupation:O2'),
    e('FOR', 'Posting:Q5', 'Occupation:O2'),
    e('FOR', 'Posting:Q6', 'Occupation:O2'),
    e('FOR', 'Posting:Q7', 'Occupation:O3'),
    e('FOR', 'Posting:Q8', 'Occupation:O3'),
    e('FOR', 'Posting:Q9', 'Occupation:O3'),
    e('LOCATED_IN', 'Posting:Q1', 'Region:350902'),
    e('LOCATED_IN', 'Posting:Q2', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q3', 'Region:320400'),
    e('LOCATED_IN', 'Posting:Q4', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q5', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q6', 'Region:350902'),
    e('LOCATED_IN', 'Posting:Q7', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q8', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q9', 'Region:320400'),
    ...['P1-2024', 'P1-2025', 'P1-2026'].map((c) => e('COHORT_OF', `Cohort:${c}`, 'Program:P1')),
    e('COHORT_OF', 'Cohort:P2-2025', 'Program:P2'),
    e('COHORT_OF', 'Cohort:P3-2025', 'Program:P3'),
    e('COHORT_OF', 'Cohort:P4-2025', 'Program:P4'),
    e('OUTCOME', 'Cohort:P1-2025', 'Occupation:O1', { count: 12 }),
    e('OUTCOME', 'Cohort:P1-2025', 'Occupation:O3', { count: 20 }),
    e('OUTCOME', 'Cohort:P2-2025', 'Occupation:O3', { count: 9 }),
    e('OUTCOME', 'Cohort:P2-2025', 'Occupation:O1', { count: 15 }),
    e('OUTCOME', 'Cohort:P2-2025', 'Region:350900', { count: 25 }),
  ],
});
const graph = () => build(spec());
const byKey = (result: ProgramAdjustment) =>
  Object.fromEntries(result.programs.map((p) => [p.key, p]));

/** Every number anywhere in the answer is finite; every rate and coverage is in [0, 1] or null. */
function expectSane(result: ProgramAdjustment) {
  const walk = (value: unknown): void => {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(result);
  for (const p of result.programs) {
    const m = p.metrics;
    for (const v of [
      m.employmentRate,
      m.relevanceRate,
      m.retentionRate,
      m.coverage,
      m.targetCoverage,
    ]) {
      if (v === null) continue;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  }
}

describe('program adjustment', () => {
  it('computes supply, demand, trend, rates and coverage by hand-computed numbers', () => {
    const result = programAdjustment(graph(), { institution: 'I' });
    expect(result).toMatchObject({
      region: '350900',
      regionFrom: 'institution',
      period: '2025',
      previousPeriod: '2024',
      periodsFound: ['2024', '2025', '2025-H1', '2025-H2'],
      rulesFrom: 'default',
    });
    const p = byKey(result);
    const m1 = p.P1!.metrics;
    expect(m1).toMatchObject({
      supply: 50,
      demandNow: 6,
      demandBefore: 10,
      employmentRate: 0.8,
      relevanceRate: 0.3,
      retentionRate: 0.4,
      targetCoverage: 0.375,
      structuralDemand: 10,
    });
    expect(m1.trend).toBeCloseTo(-0.4, 12);
    expect(m1.coverage).toBeCloseTo(3 / 11, 12);
    expect(m1.graduatesPerPosting).toBeCloseTo(25 / 3, 12);
    expect(p.P1!.cohort).toMatchObject({
      key: 'P1-2025',
      year: 2025,
      targetFrom: 'employedInTarget',
    });
    expect(p.P1!.demand).toEqual([
      {
        occupation: 'O1',
        name_zh: 'O1',
        now: 6,
        before: 10,
        structural: 10,
        postingsNow: ['Q2'],
        postingsBefore: ['Q1'],
      },
    ]);

    const m2 = p.P2!.metrics;
    expect(m2).toMatchObject({
      supply: 30,
      demandNow: 22,
      demandBefore: 20,
      employmentRate: 1,
      relevanceRate: 0.3,
      retentionRate: null,
      targetCoverage: 1,
      structuralDemand: 20,
    });
    expect(m2.trend).toBeCloseTo(0.1, 12);
    expect(m2.coverage).toBeCloseTo(6 / 11, 12);
    expect(m2.graduatesPerPosting).toBeCloseTo(15 / 11, 12);
    expect(p.P2!.cohort).toMatchObject({ employedInTarget: 9, targetFrom: 'outcomes' });

    expect(p.P3!.metrics).toMatchObject({
      supply: 8,
      demandNow: 10,
      demandBefore: 5,
      trend: 1,
      relevanceRate: 1,
      coverage: 0,
      targetCoverage: 0,
      graduatesPerPosting: 0.8,
    });
    expect(p.P3!.demand[0]!.postingsNow).toEqual(['Q5', 'Q6']);

    expect(p.P4!.metrics).toMatchObject({ trend: 1, relevanceRate: 0.75, targetCoverage: 1 });
    expect(p.P4!.metrics.employmentRate).toBeCloseTo(8 / 9, 12);
    expect(p.P4!.metrics.coverage).toBeCloseTo(1 / 11, 12);
    expect(p.P4!.metrics.graduatesPerPosting).toBeCloseTo(0.9, 12);

    expect(p.P5!.metrics).toEqual({
      supply: null,
      demandNow: 0,
      demandBefore: 0,
      trend: null,
      employmentRate: null,
      relevanceRate: null,
      retentionRate: null,
      coverage: null,
      targetCoverage: null,
      structuralDemand: null,
      graduatesPerPosting: null,
    });
    expect(p.P5!.warnings.length).toBe(3);
    expectSane(result);
  });

  it('fires the first matching default rule and says which, with its values', () => {
    const result = programAdjustment(graph(), { institution: 'I' });
    expect(result.programs.map((p) => [p.key, p.recommendation, p.rule.id])).toEqual([
      ['P1', 'shrink', 'shrink-falling-demand-low-relevance'],
      ['P2', 'reform', 'reform-low-relevance'],
      ['P3', 'reform', 'reform-low-target-coverage'],
      ['P4', 'expand', 'expand-rising-demand'],
      ['P5', 'maintain', 'default'],
    ]);
    expect(result.summary).toEqual({
      expand: ['P4'],
      maintain: ['P5'],
      reform: ['P2', 'P3'],
      shrink: ['P1'],
    });
    const p = byKey(result);
    expect(p.P1!.rule).toMatchObject({
      condition: 'trend ≤ -0.3 and relevanceRate < 0.4',
      explanation: 'trend = -0.4 ≤ -0.3 and relevanceRate = 0.3 < 0.4',
    });
    expect(p.P1!.rule.values.relevanceRate).toBe(0.3);
    expect(p.P1!.rule.values.trend).toBeCloseTo(-0.4, 12);
    expect(p.P2!.notFired).toEqual([
      {
        id: 'shrink-falling-demand-low-relevance',
        recommendation: 'shrink',
        failed: 'trend = 0.1 is not ≤ -0.3',
      },
    ]);
    // P3 would expand (trend +1, relevance 1, 0.8 graduates per posting) but reform comes first.
    expect(p.P3!.notFired.map((r) => r.id)).toEqual([
      'shrink-falling-demand-low-relevance',
      'reform-low-relevance',
    ]);
    expect(p.P5!.notFired).toHaveLength(defaultAdjustmentRules.length);
  });

  it('suggests the largest gaps among the program’s occupations, with existing micro-credentials', () => {
    const p1 = byKey(programAdjustment(graph(), { institution: 'I' })).P1!;
    expect(p1.suggestedMicroCredentials.map((s) => [s.key, s.requiredBy])).toEqual([
      ['C4', ['O3']],
      ['C1', ['O1', 'O3']],
    ]);
    expect(p1.suggestedMicroCredentials[0]!.gap).toBeCloseTo(4 / 11, 12);
    expect(p1.suggestedMicroCredentials[1]!.gap).toBeCloseTo(1 / 11, 12);
    expect(p1.suggestedMicroCredentials[0]!.existing).toEqual([
      { key: 'M', name_zh: 'M', level: 2, offeredBy: ['J'] },
    ]);
    expect(p1.suggestedMicroCredentials[1]!.existing).toEqual([]);
  });

  it('agrees with skillGap on coverage', () => {
    const g = graph();
    const result = byKey(programAdjustment(g, { institution: 'I' }));
    for (const key of ['P1', 'P2', 'P3', 'P4']) {
      const gap = skillGap(g, { chain: 'K', supplier: { kind: 'Program', key } });
      expect(result[key]!.metrics.coverage).toBeCloseTo(gap.coverage!, 12);
    }
  });

  it('takes region, periods and chain from the request', () => {
    // Region Z, period 2025: O1 has Q3 (100); nothing before 2025 in Z → previous null, trend null.
    const z = programAdjustment(graph(), { institution: 'I', region: '320400', period: '2025' });
    expect(z).toMatchObject({ region: '320400', regionFrom: 'parameter', previousPeriod: null });
    expect(byKey(z).P1!.metrics).toMatchObject({ demandNow: 100, demandBefore: null, trend: null });
    expect(byKey(z).P1!.demand[0]!.before).toBeNull();

    // Period 2024: P1's latest cohort is 2024 (60 graduates, 45 employed, 30 in target).
    const old = byKey(programAdjustment(graph(), { institution: 'I', period: '2024' })).P1!;
    expect(old.metrics).toMatchObject({ supply: 60, demandNow: 10, demandBefore: null });
    expect(old.metrics.employmentRate).toBeCloseTo(0.75, 12);
    expect(old.metrics.relevanceRate).toBeCloseTo(2 / 3, 12);

    // Explicit half-years: 2025-H2 against 2025-H1 for O2 → 6 against 4.
    const halves = byKey(
      programAdjustment(graph(), {
        institution: 'I',
        period: '2025-H2',
        previousPeriod: '2025-H1',
      }),
    ).P3!;
    expect(halves.metrics).toMatchObject({ demandNow: 6, demandBefore: 4, trend: 0.5 });

    // A chain with no demand: coverage null everywhere, and the rules skip null fields.
    const empty = programAdjustment(graph(), { institution: 'I', chain: 'EMPTY' });
    for (const p of empty.programs)
      expect(p.metrics).toMatchObject({ coverage: null, targetCoverage: null });
    expect(byKey(empty).P3!.recommendation).toBe('expand');
    expectSane(empty);
  });

  it('applies rules given in the request', () => {
    const rules = parseAdjustmentRules(
      JSON.stringify([
        {
          id: 'grow-where-posted',
          recommendation: 'expand',
          when: [{ field: 'demandNow', op: '>', value: 0 }],
        },
      ]),
    );
    const result = programAdjustment(graph(), { institution: 'I', rules });
    expect(result.rulesFrom).toBe('request');
    expect(result.summary).toEqual({
      expand: ['P1', 'P2', 'P3', 'P4'],
      maintain: ['P5'],
      reform: [],
      shrink: [],
    });
    expect(byKey(result).P5!.notFired).toEqual([
      { id: 'grow-where-posted', recommendation: 'expand', failed: 'demandNow = 0 is not > 0' },
    ]);
  });

  it('caps a rate above 1 and says so', () => {
    const s = spec();
    s.nodes.push(n('Cohort', 'P5-2025', { year: 2025, graduates: 10, employed: 12 }));
    s.edges.push(e('COHORT_OF', 'Cohort:P5-2025', 'Program:P5'));
    const p5 = byKey(programAdjustment(build(s), { institution: 'I' })).P5!;
    expect(p5.metrics.employmentRate).toBe(1);
    expect(p5.warnings).toContain('employed / graduates: 12 exceeds 10; rate capped at 1');
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    const s = spec();
    const reversed: AnalysisGraph = build({
      nodes: [...s.nodes].reverse(),
      edges: [...s.edges].reverse(),
    });
    expect(programAdjustment(reversed, { institution: 'I' })).toEqual(
      programAdjustment(build(s), { institution: 'I' }),
    );
  });

  it('names what it cannot find', () => {
    expect(() => programAdjustment(graph(), { institution: 'nope' })).toThrow(
      /institution: no Institution with key "nope"/,
    );
    expect(() => programAdjustment(graph(), { institution: 'I', region: '110000' })).toThrow(
      /region: no Region/,
    );
    expect(() => programAdjustment(graph(), { institution: 'I', chain: 'nope' })).toThrow(
      /chain: no Chain/,
    );
  });
});

describe('adjustment rules', () => {
  const metrics = (partial: Partial<Metrics>): Metrics => ({
    supply: null,
    demandNow: null,
    demandBefore: null,
    trend: null,
    employmentRate: null,
    relevanceRate: null,
    retentionRate: null,
    coverage: null,
    targetCoverage: null,
    structuralDemand: null,
    graduatesPerPosting: null,
    ...partial,
  });

  it('decides the defaults at their boundaries', () => {
    // trend exactly −0.3 and relevance just under 0.4 → shrink; relevance exactly 0.4 → not.
    expect(
      decide(metrics({ trend: -0.3, relevanceRate: 0.39 }), defaultAdjustmentRules).rule.id,
    ).toBe('shrink-falling-demand-low-relevance');
    expect(
      decide(metrics({ trend: -0.3, relevanceRate: 0.4 }), defaultAdjustmentRules).rule.id,
    ).toBe('default');
    expect(
      decide(
        metrics({ trend: 0.3, relevanceRate: 0.6, graduatesPerPosting: 1, targetCoverage: 0.25 }),
        defaultAdjustmentRules,
      ).recommendation,
    ).toBe('expand');
    expect(
      decide(
        metrics({ trend: 0.3, relevanceRate: 0.6, graduatesPerPosting: 1.01 }),
        defaultAdjustmentRules,
      ).recommendation,
    ).toBe('maintain');
    // An empty `when` always fires.
    expect(
      decide(metrics({}), [{ id: 'all', recommendation: 'reform', when: [] }]).rule,
    ).toMatchObject({ id: 'all', condition: 'always' });
  });

  it('rejects bad JSON and bad rules, naming the problem', () => {
    expect(() => parseAdjustmentRules('[{')).toThrow(/^rules: not valid JSON/);
    expect(() =>
      parseAdjustmentRules(JSON.stringify([{ id: 'x', recommendation: 'grow', when: [] }])),
    ).toThrow(/rules\[0\]\.recommendation/);
    expect(() =>
      parseAdjustmentRules(
        JSON.stringify([
          { id: 'x', recommendation: 'expand', when: [{ field: 'mood', op: '>', value: 1 }] },
        ]),
      ),
    ).toThrow(/rules\[0\]\.when\[0\]\.field/);
    expect(() =>
      parseAdjustmentRules(
        JSON.stringify([
          { id: 'x', recommendation: 'expand', when: [{ field: 'trend', op: '=>', value: 1 }] },
        ]),
      ),
    ).toThrow(/rules\[0\]\.when\[0\]\.op/);
    expect(() =>
      parseAdjustmentRules(
        JSON.stringify([
          { id: 'x', recommendation: 'expand', when: [] },
          { id: 'x', recommendation: 'shrink', when: [] },
        ]),
      ),
    ).toThrow(/rules\[1\]\.id: duplicate rule id "x"/);
    expect(() => parseAdjustmentRules('{"id":"x"}')).toThrow(/^rules: /);
    expect(parseAdjustmentRules(JSON.stringify(defaultAdjustmentRules))).toEqual(
      defaultAdjustmentRules,
    );
  });
});
