/**
 * Trends over time on a small hand-built graph. Expected numbers are worked out by hand in the
 * comment below, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { trendsSchema } from '@chanjiao/graph-schema';
import { build, e, n } from '../fixtures.ts';
import { reportPeriods } from './series.ts';
import { trends } from './index.ts';

/*
 * Regions: city R=350900 ⊃ county X; city Z=320400 elsewhere. Chain K: segments A (1), B (2).
 * Local enterprises: E1 (X, A, founded 2018, 100 people, specialised 2021), E2 (R, A, 2021, 50,
 * little giant 2023), E3 (R, B, 2022, 30), E4 (R, B, 2023, 20, innovative 2023), E5 (R, B, no
 * founding year, 10). E6 (Z, A, 2000) is elsewhere.
 * Window 2020..2023 (window 2). Total: 2019 → 1; 2020: 1, new 0, growth 0; 2021: 2, new 1, spec 1,
 * growth 1; 2022: 3, growth .5; 2023: 4, new 1, spec 1, lg 1, innov 1, growth 1/3. Undated: 1.
 *   A: 2020 1 (0), 2021 2 (1), 2022 2 (0), 2023 2 (0). B: 0, 0, 1 (null from 0), 2 (1).
 * Demand: A EMPLOYS O1 (demand 10, period 2023); B EMPLOYS O2 (demand 5, no period).
 *   Postings: P1 2022 O1 4 in X; P2 2023 O1 6 in R; P3 2023 O2 3 in R; P4 2023 O2 100 in Z (not local).
 *   2022: 1 posting, 4; 2023: 2 postings, 9, growth 1.25. O1: 4 → 6 (.5); O2: 0 → 3 (null).
 * Coverage: O1 REQUIRES C1 (imp 5, L4), O2 REQUIRES C2 (imp 5, L2); I (in X) teaches C1 at 2 and
 *   C2 at 2 through program P. 2022: only C1 (δ 1, S .5) → .5, demand 4. 2023: C1 6, C2 3 →
 *   δ 2/3 and 1/3, S .5 and 1 → 2/3, demand 9, growth 1/3.
 * Graduates: I offers P (SERVES K; cohorts 2015, 2021: 20/18/10/5, 2023: 30/25/20/12), P2
 *   (PREPARES_FOR O2; 2023: 10/9/–/4), P3 (unrelated; 99). J (in Z) offers P4 (SERVES K; 77).
 *   Counted: P, P2. 2021: 1 cohort, 20/18/10/5; 2023: 2 cohorts, 40/34/20/16, growth 1.
 * Segments at 2023 (chain present: E1–E5, 210 people; anywhere: A 3, chain 6):
 *   A: enterprises 2, share .4, employees 150/210, LQ (2/5)/(3/6) = .8, growth (2−2)/2 = 0,
 *      recent 0/2, tiered 2/2, demand growth .5 → emerging by `emerging-rising-demand`.
 *   B: 3, .6, 60/210, LQ (3/5)/(3/6) = 1.2, growth null (from 0), recent 2/2, tiered 0/3,
 *      demand growth null → pillar by `pillar-large-concentrated` (2/7 ≥ .15, 1.2 ≥ 1).
 */
const graph = () =>
  build({
    nodes: [
      n('Region', '350900', { level: 'city' }),
      n('Region', '350902', { level: 'county' }),
      n('Region', '320400', { level: 'city' }),
      n('Chain', 'K'),
      n('Segment', 'A', { position: 'upstream', order: 1 }),
      n('Segment', 'B', { position: 'downstream', order: 2 }),
      n('Enterprise', 'E1', { founded: 2018, employees: 100, tier: 'specialised', tierYear: 2021 }),
      n('Enterprise', 'E2', { founded: 2021, employees: 50, tier: 'little-giant', tierYear: 2023 }),
      n('Enterprise', 'E3', { founded: 2022, employees: 30 }),
      n('Enterprise', 'E4', { founded: 2023, employees: 20, tier: 'innovative', tierYear: 2023 }),
      n('Enterprise', 'E5', { employees: 10 }),
      n('Enterprise', 'E6', { founded: 2000, employees: 5000 }),
      n('Occupation', 'O1'),
      n('Occupation', 'O2'),
      n('Competency', 'C1', { dimension: 'skill' }),
      n('Competency', 'C2', { dimension: 'knowledge' }),
      n('Posting', 'P1', { period: '2022', headcount: 4 }),
      n('Posting', 'P2', { period: '2023', headcount: 6 }),
      n('Posting', 'P3', { period: '2023', headcount: 3 }),
      n('Posting', 'P4', { period: '2023', headcount: 100 }),
      n('Institution', 'I', { institutionType: 'higher-vocational' }),
      n('Institution', 'J', { institutionType: 'university' }),
      n('Program', 'P', { level: 'higher-vocational' }),
      n('Program', 'P2', { level: 'higher-vocational' }),
      n('Program', 'P3', { level: 'higher-vocational' }),
      n('Program', 'P4', { level: 'bachelor' }),
      n('Course', 'K1'),
      n('Course', 'K2'),
      n('Cohort', 'P-2015', { year: 2015, graduates: 5 }),
      n('Cohort', 'P-2021', {
        year: 2021,
        graduates: 20,
        employed: 18,
        employedInTarget: 10,
        stayedInRegion: 5,
      }),
      n('Cohort', 'P-2023', {
        year: 2023,
        graduates: 30,
        employed: 25,
        employedInTarget: 20,
        stayedInRegion: 12,
      }),
      n('Cohort', 'P2-2023', { year: 2023, graduates: 10, employed: 9, stayedInRegion: 4 }),
      n('Cohort', 'P3-2023', { year: 2023, graduates: 99 }),
      n('Cohort', 'P4-2023', { year: 2023, graduates: 77 }),
    ],
    edges: [
      e('PART_OF', 'Region:350902', 'Region:350900'),
      e('PART_OF', 'Segment:A', 'Chain:K'),
      e('PART_OF', 'Segment:B', 'Chain:K'),
      e('LOCATED_IN', 'Enterprise:E1', 'Region:350902'),
      ...['E2', 'E3', 'E4', 'E5'].map((x) => e('LOCATED_IN', `Enterprise:${x}`, 'Region:350900')),
      e('LOCATED_IN', 'Enterprise:E6', 'Region:320400'),
      ...['E1', 'E2', 'E6'].map((x) => e('OPERATES_IN', `Enterprise:${x}`, 'Segment:A')),
      ...['E3', 'E4', 'E5'].map((x) => e('OPERATES_IN', `Enterprise:${x}`, 'Segment:B')),
      e('EMPLOYS', 'Segment:A', 'Occupation:O1', { demand: 10, period: '2023' }),
      e('EMPLOYS', 'Segment:B', 'Occupation:O2', { demand: 5 }),
      e('REQUIRES', 'Occupation:O1', 'Competency:C1', { importance: 5, level: 4 }),
      e('REQUIRES', 'Occupation:O2', 'Competency:C2', { importance: 5, level: 2 }),
      e('FOR', 'Posting:P1', 'Occupation:O1'),
      e('FOR', 'Posting:P2', 'Occupation:O1'),
      e('FOR', 'Posting:P3', 'Occupation:O2'),
      e('FOR', 'Posting:P4', 'Occupation:O2'),
      e('LOCATED_IN', 'Posting:P1', 'Region:350902'),
      e('LOCATED_IN', 'Posting:P2', 'Region:350900'),
      e('LOCATED_IN', 'Posting:P3', 'Region:350900'),
      e('LOCATED_IN', 'Posting:P4', 'Region:320400'),
      e('LOCATED_IN', 'Institution:I', 'Region:350902'),
      e('LOCATED_IN', 'Institution:J', 'Region:320400'),
      e('OFFERS', 'Institution:I', 'Program:P'),
      e('OFFERS', 'Institution:I', 'Program:P2'),
      e('OFFERS', 'Institution:I', 'Program:P3'),
      e('OFFERS', 'Institution:J', 'Program:P4'),
      e('SERVES', 'Program:P', 'Chain:K'),
      e('SERVES', 'Program:P4', 'Chain:K'),
      e('PREPARES_FOR', 'Program:P2', 'Occupation:O2'),
      e('INCLUDES', 'Program:P', 'Course:K1'),
      e('INCLUDES', 'Program:P', 'Course:K2'),
      e('TEACHES', 'Course:K1', 'Competency:C1', { level: 2 }),
      e('TEACHES', 'Course:K2', 'Competency:C2', { level: 2 }),
      ...['P-2015', 'P-2021', 'P-2023'].map((c) => e('COHORT_OF', `Cohort:${c}`, 'Program:P')),
      e('COHORT_OF', 'Cohort:P2-2023', 'Program:P2'),
      e('COHORT_OF', 'Cohort:P3-2023', 'Program:P3'),
      e('COHORT_OF', 'Cohort:P4-2023', 'Program:P4'),
    ],
  });

const query = { chain: 'K', region: '350900', from: 2020, to: 2023, window: 2 };
const tiers = (innovative: number, specialised: number, littleGiant: number) => ({
  innovative,
  specialised,
  'little-giant': littleGiant,
});

describe('trends on a hand-built graph', () => {
  const answer = trends(graph(), query);

  it('answers in the wire shape', () => {
    expect(trendsSchema.parse(answer)).toEqual(answer);
    expect(answer.years).toEqual({ from: 2020, to: 2023, window: 2 });
  });

  it('counts the local enterprises founded and recognised by each year, with growth', () => {
    expect(answer.enterprises.total).toEqual([
      { year: 2020, count: 1, new: 0, tiers: tiers(0, 0, 0), growth: 0 },
      { year: 2021, count: 2, new: 1, tiers: tiers(0, 1, 0), growth: 1 },
      { year: 2022, count: 3, new: 1, tiers: tiers(0, 1, 0), growth: 0.5 },
      { year: 2023, count: 4, new: 1, tiers: tiers(1, 1, 1), growth: 1 / 3 },
    ]);
    expect(answer.enterprises.undated).toBe(1);
    const [a, b] = answer.enterprises.bySegment;
    expect(a!.series.map((p) => [p.count, p.growth])).toEqual([
      [1, 0],
      [2, 1],
      [2, 0],
      [2, 0],
    ]);
    expect(b!.series.map((p) => [p.count, p.growth])).toEqual([
      [0, null],
      [0, null],
      [1, null],
      [2, 1],
    ]);
  });

  it('sums the region’s postings for the chain’s occupations per period', () => {
    expect(answer.demand.periods).toEqual([
      { period: '2022', postings: 1, headcount: 4, growth: null },
      { period: '2023', postings: 2, headcount: 9, growth: 1.25 },
    ]);
    expect(
      answer.demand.byOccupation.map((o) => [o.key, o.series.map((p) => [p.headcount, p.growth])]),
    ).toEqual([
      [
        'O1',
        [
          [4, null],
          [6, 0.5],
        ],
      ],
      [
        'O2',
        [
          [0, null],
          [3, null],
        ],
      ],
    ]);
    expect(answer.demand.structural).toEqual([
      { period: '2023', demand: 10 },
      { period: null, demand: 5 },
    ]);
    expect(answer.demand.reducedToYears).toBe(false);
  });

  it('sums the graduates of the programs that serve the chain or prepare for its occupations', () => {
    expect(answer.graduates.programs).toEqual(['P', 'P2']);
    expect(answer.graduates.years).toEqual([
      {
        year: 2021,
        cohorts: 1,
        graduates: 20,
        employed: 18,
        employedInTarget: 10,
        stayedInRegion: 5,
        growth: null,
      },
      {
        year: 2023,
        cohorts: 2,
        graduates: 40,
        employed: 34,
        employedInTarget: 20,
        stayedInRegion: 16,
        growth: 1,
      },
    ]);
  });

  it('computes coverage per period from that period’s postings', () => {
    expect(answer.coverage.map((c) => c.period)).toEqual(['2022', '2023']);
    expect(answer.coverage[0]).toMatchObject({ coverage: 0.5, totalDemand: 4, growth: null });
    expect(answer.coverage[1]!.coverage).toBeCloseTo(2 / 3, 12);
    expect(answer.coverage[1]!.totalDemand).toBe(9);
    expect(answer.coverage[1]!.growth).toBeCloseTo(1 / 3, 12);
  });

  it('classifies the segments by the default rules, with the values that decided', () => {
    const [a, b] = answer.segments;
    expect(a).toMatchObject({ key: 'A', class: 'emerging', rule: 'emerging-rising-demand' });
    expect(a!.metrics).toEqual({
      enterprises: 2,
      enterpriseShare: 0.4,
      employeeShare: 150 / 210,
      lq: 0.4 / 0.5,
      growth: 0,
      recentShare: 0,
      tieredShare: 1,
      demandGrowth: 0.5,
    });
    expect(b).toMatchObject({ key: 'B', class: 'pillar', rule: 'pillar-large-concentrated' });
    expect(b!.metrics).toMatchObject({
      enterprises: 3,
      growth: null,
      recentShare: 1,
      tieredShare: 0,
      demandGrowth: null,
    });
    expect(b!.metrics.lq).toBeCloseTo(1.2, 12);
    expect(b!.explanation).toBe('employeeShare = 0.286 ≥ 0.15 and lq = 1.2 ≥ 1');
    expect(answer.rulesFrom).toBe('default');
  });

  it('applies the request’s rules instead, and falls back to other', () => {
    const custom = trends(graph(), {
      ...query,
      rules: [
        {
          id: 'all-tiered',
          class: 'characteristic',
          when: [{ field: 'tieredShare', op: '>=', value: 1 }],
        },
      ],
    });
    expect(custom.segments.map((s) => [s.key, s.class, s.rule, s.explanation])).toEqual([
      ['A', 'characteristic', 'all-tiered', 'tieredShare = 1 ≥ 1'],
      ['B', 'other', 'default', 'no rule fired'],
    ]);
    expect(custom.rulesFrom).toBe('request');
  });

  it('takes the latest year in the data and ten years before it by default', () => {
    expect(trends(graph(), { chain: 'K', region: '350900' }).years).toEqual({
      from: 2014,
      to: 2023,
      window: 5,
    });
  });

  it('refuses a window that ends before it starts, and unknown keys', () => {
    expect(() => trends(graph(), { ...query, from: 2024 })).toThrow(/from \(2024\) is after to/);
    expect(() => trends(graph(), { ...query, chain: 'nope' })).toThrow(/chain: no Chain/);
  });
});

describe('report periods', () => {
  it('keeps one granularity as stored and reduces a mix to years', () => {
    expect(reportPeriods(['2024-Q1', '2024-Q2']).reducedToYears).toBe(false);
    const mixed = reportPeriods(['2024', '2025-H1']);
    expect(mixed.reducedToYears).toBe(true);
    expect(mixed.reduce('2025-H1')).toBe('2025');
  });
});
