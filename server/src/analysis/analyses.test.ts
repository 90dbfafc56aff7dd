/**
 * Talent map, skill gap and weak links on small hand-built graphs. Expected numbers are worked out
 * by hand in the comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { e, n, build } from './fixtures.ts';
import { skillGap } from './skill-gap.ts';
import { talentMap } from './talent-map.ts';
import { weakLinks } from './weak-links.ts';

/*
 * Chain K: segments A, B. A EMPLOYS O1 (demand 10) and O2 (demand 10); B EMPLOYS O2 (demand 30).
 * So d_O1 = 10, d_O2 = 40.
 * REQUIRES: O1→C1 importance 5, level 4 (w 1.0, L 4); O1→C2 essential false, level 2 (w 0.5, L 2);
 *           O2→C1 importance 2.5, level 2 (w 0.5, L 2); O2→C3 no properties (w 1.0, L 3 by default).
 * D_C1 = 10·1 + 40·0.5 = 30; D_C2 = 10·0.5 = 5; D_C3 = 40·1 = 40; ΣD = 75.
 * δ_C1 = 0.4, δ_C2 = 1/15, δ_C3 = 8/15. Required levels: C1 max(4, 2) = 4, C2 2, C3 3.
 *
 * Program P INCLUDES K1, K2. K1 TEACHES C1 level 2; K2 TEACHES C1 level 3 and C2 level 5.
 * S_C1 = min(1, 3/4) = 0.75; S_C2 = min(1, 5/2) = 1; S_C3 = 0.
 * gaps: C1 0.4·0.25 = 0.1; C2 0; C3 8/15. coverage = 0.4·0.75 + 1/15 = 11/30.
 * Institution I OFFERS P and micro-credential M; M TEACHES C3 level 3, so S_C3 = 1 and the
 * institution's coverage is 0.3 + 1/15 + 8/15 = 0.9, with C1's 0.1 the only gap.
 *
 * Postings: Q1 FOR O1, 6, 2025-H1, in county X (PART_OF city R); Q2 FOR O2, 4, 2024, in R;
 * Q3 FOR O2, 100, 2025-H2, in region Z. With region R and period 2025: d_O1 = 6, d_O2 = 0, so
 * D_C1 = 6, D_C2 = 3, δ = 2/3 and 1/3.
 */
const chainSpec = () => ({
  nodes: [
    n('Chain', 'K'),
    n('Segment', 'A', { position: 'upstream', order: 1 }),
    n('Segment', 'B', { position: 'midstream', order: 2 }),
    n('Occupation', 'O1'),
    n('Occupation', 'O2'),
    n('Competency', 'C1', { dimension: 'skill' }),
    n('Competency', 'C2', { dimension: 'knowledge' }),
    n('Competency', 'C3', { dimension: 'quality' }),
    n('Program', 'P', { level: 'higher-vocational' }),
    n('Course', 'K1'),
    n('Course', 'K2'),
    n('Institution', 'I', { institutionType: 'higher-vocational' }),
    n('MicroCredential', 'M', { credentialType: 'micro-certificate' }),
    n('Region', '350000', { level: 'province' }),
    n('Region', '350900', { level: 'city' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Posting', 'Q1', { period: '2025-H1', headcount: 6 }),
    n('Posting', 'Q2', { period: '2024', headcount: 4 }),
    n('Posting', 'Q3', { period: '2025-H2', headcount: 100 }),
  ],
  edges: [
    e('PART_OF', 'Segment:A', 'Chain:K'),
    e('PART_OF', 'Segment:B', 'Chain:K'),
    e('EMPLOYS', 'Segment:A', 'Occupation:O1', { demand: 10 }),
    e('EMPLOYS', 'Segment:A', 'Occupation:O2', { demand: 10 }),
    e('EMPLOYS', 'Segment:B', 'Occupation:O2', { demand: 30 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C1', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C2', { essential: false, level: 2 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:C1', { importance: 2.5, level: 2 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:C3'),
    e('INCLUDES', 'Program:P', 'Course:K1'),
    e('INCLUDES', 'Program:P', 'Course:K2'),
    e('TEACHES', 'Course:K1', 'Competency:C1', { level: 2 }),
    e('TEACHES', 'Course:K2', 'Competency:C1', { level: 3 }),
    e('TEACHES', 'Course:K2', 'Competency:C2', { level: 5 }),
    e('OFFERS', 'Institution:I', 'Program:P'),
    e('OFFERS', 'Institution:I', 'MicroCredential:M'),
    e('TEACHES', 'MicroCredential:M', 'Competency:C3', { level: 3 }),
    e('PART_OF', 'Region:350900', 'Region:350000'),
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('FOR', 'Posting:Q1', 'Occupation:O1'),
    e('FOR', 'Posting:Q2', 'Occupation:O2'),
    e('FOR', 'Posting:Q3', 'Occupation:O2'),
    e('LOCATED_IN', 'Posting:Q1', 'Region:350902'),
    e('LOCATED_IN', 'Posting:Q2', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q3', 'Region:320400'),
  ],
});
const chainGraph = () => build(chainSpec());

describe('talent map', () => {
  it('sums structural demand and competency shares by hand-computed weights', () => {
    const map = talentMap(chainGraph(), { chain: 'K' });
    expect(map.totalDemand).toBe(75);
    expect(map.occupations.map((o) => [o.key, o.demand])).toEqual([
      ['O2', 40],
      ['O1', 10],
    ]);
    const c = Object.fromEntries(map.competencies.map((x) => [x.key, x]));
    expect(c.C1).toMatchObject({ demand: 30, requiredLevel: 4 });
    expect(c.C2).toMatchObject({ demand: 5, requiredLevel: 2 });
    expect(c.C3).toMatchObject({ demand: 40, requiredLevel: 3 });
    expect(c.C1!.share).toBeCloseTo(0.4, 12);
    expect(c.C2!.share).toBeCloseTo(1 / 15, 12);
    expect(c.C3!.share).toBeCloseTo(8 / 15, 12);
    expect(map.competencies.map((x) => x.key)).toEqual(['C3', 'C1', 'C2']);
    expect(map.dimensions.skill).toMatchObject({ demand: 30, competencies: 1 });
    expect(map.segments.map((s) => s.key)).toEqual(['A', 'B']);
  });

  it('counts postings in the region and period when demand=postings', () => {
    const map = talentMap(chainGraph(), {
      chain: 'K',
      region: '350900',
      demand: 'postings',
      period: '2025',
    });
    expect(map.occupations.find((o) => o.key === 'O1')).toMatchObject({
      demand: 6,
      postings: ['Q1'],
    });
    expect(map.occupations.find((o) => o.key === 'O2')).toMatchObject({ demand: 0, postings: [] });
    expect(map.totalDemand).toBe(9);
    expect(map.competencies.map((x) => [x.key, x.share])).toEqual([
      ['C1', 2 / 3],
      ['C2', 1 / 3],
    ]);
  });

  it('names what it cannot find', () => {
    expect(() => talentMap(chainGraph(), { chain: 'nope' })).toThrow(
      /chain: no Chain with key "nope"/,
    );
    expect(() => talentMap(chainGraph(), { chain: 'K', region: '110000' })).toThrow(
      /region: no Region/,
    );
  });
});

describe('skill gap', () => {
  it('computes supply, gap and coverage of a program', () => {
    const gap = skillGap(chainGraph(), { chain: 'K', supplier: { kind: 'Program', key: 'P' } });
    expect(gap.coverage).toBeCloseTo(11 / 30, 12);
    expect(gap.competencies.map((c) => c.key)).toEqual(['C3', 'C1', 'C2']);
    const c = Object.fromEntries(gap.competencies.map((x) => [x.key, x]));
    expect(c.C1).toMatchObject({ supply: 0.75, taughtLevel: 3 });
    expect(c.C1!.gap).toBeCloseTo(0.1, 12);
    expect(c.C1!.courses).toEqual([
      { kind: 'Course', key: 'K2', level: 3 },
      { kind: 'Course', key: 'K1', level: 2 },
    ]);
    expect(c.C2).toMatchObject({ supply: 1, gap: 0 });
    expect(c.C3).toMatchObject({ supply: 0, courses: [] });
    expect(c.C3!.gap).toBeCloseTo(8 / 15, 12);
    const total = gap.coverage! + gap.competencies.reduce((s, x) => s + x.gap, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(gap.highlight).toEqual(
      expect.arrayContaining([
        'Chain:K',
        'Program:P',
        'Course:K2',
        'Competency:C3',
        'Occupation:O2',
      ]),
    );
  });

  it('takes an institution’s programs and micro-credentials together', () => {
    const gap = skillGap(chainGraph(), { chain: 'K', supplier: { kind: 'Institution', key: 'I' } });
    expect(gap.coverage).toBeCloseTo(0.9, 12);
    expect(gap.competencies[0]).toMatchObject({ key: 'C1' });
    expect(gap.competencies.find((c) => c.key === 'C3')!.courses).toEqual([
      { kind: 'MicroCredential', key: 'M', level: 3 },
    ]);
  });

  it('answers coverage null with a reason when there is no demand, never NaN', () => {
    const gap = skillGap(chainGraph(), {
      chain: 'K',
      region: '350900',
      demand: 'postings',
      period: '2023',
      supplier: { kind: 'Program', key: 'P' },
    });
    expect(gap.coverage).toBeNull();
    expect(gap.reason).toMatch(/no posting/);
    expect(gap.competencies).toEqual([]);
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    const spec = chainSpec();
    const query = { chain: 'K', supplier: { kind: 'Institution' as const, key: 'I' } };
    const forward = skillGap(build(spec), query);
    const backwards = skillGap(
      build({ nodes: [...spec.nodes].reverse(), edges: [...spec.edges].reverse() }),
      query,
    );
    expect(backwards).toEqual(forward);
  });

  it('names an unknown supplier', () => {
    expect(() =>
      skillGap(chainGraph(), { chain: 'K', supplier: { kind: 'Program', key: 'Z' } }),
    ).toThrow(/program: no Program/);
  });
});

/*
 * Weak links. Chain W with segments A, B, C, D; region R = 350900 (county 350902 below it, park
 * PK located in R); Z = 320400 elsewhere.
 *   A: E1 (county 350902), E2 (Z), E3 (Z)            → local 1, all 3
 *   B: E4 (park PK in R), E5 (R), E6 (Z)             → local 2, all 3
 *   C: E7 (Z)                                         → local 0, all 1
 *   D: E8 (R), E9…E15 (Z)                             → local 1, all 8
 * n_K,R = 4 (E1, E4, E5, E8); n_K = 15.
 * LQ_A = (1/4)/(3/15) = 1.25 → normal; LQ_B = (2/4)/(3/15) = 2.5 → strong;
 * C → missing (LQ 0); LQ_D = (1/4)/(8/15) = 0.46875 → weak.
 */
const weakSpec = () => {
  const nodes = [
    n('Chain', 'W'),
    ...['A', 'B', 'C', 'D'].map((s, i) => n('Segment', s, { position: 'midstream', order: i + 1 })),
    n('Region', '350900', { level: 'city' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Park', 'PK'),
  ];
  const edges = [
    ...['A', 'B', 'C', 'D'].map((s) => e('PART_OF', `Segment:${s}`, 'Chain:W')),
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('LOCATED_IN', 'Park:PK', 'Region:350900'),
  ];
  const place: [string, string, string][] = [
    ['E1', 'A', 'Region:350902'],
    ['E2', 'A', 'Region:320400'],
    ['E3', 'A', 'Region:320400'],
    ['E4', 'B', 'Park:PK'],
    ['E5', 'B', 'Region:350900'],
    ['E6', 'B', 'Region:320400'],
    ['E7', 'C', 'Region:320400'],
    ['E8', 'D', 'Region:350900'],
    ...[9, 10, 11, 12, 13, 14, 15].map(
      (i) => [`E${i}`, 'D', 'Region:320400'] as [string, string, string],
    ),
  ];
  // Tiers and scales rank the candidates of D: E12 (little giant), E10 (specialised, large),
  // E11 (specialised, small), E9 (no tier, large), then E13, E14, E15 by key.
  const ranks: Record<string, Record<string, string>> = {
    E9: { scale: 'large' },
    E10: { tier: 'specialised', scale: 'large' },
    E11: { tier: 'specialised', scale: 'small' },
    E12: { tier: 'little-giant', scale: 'micro' },
  };
  for (const [enterprise, segment, where] of place) {
    nodes.push(n('Enterprise', enterprise, ranks[enterprise] ?? {}));
    edges.push(e('OPERATES_IN', `Enterprise:${enterprise}`, `Segment:${segment}`));
    edges.push(e('LOCATED_IN', `Enterprise:${enterprise}`, where));
  }
  return { nodes, edges };
};

describe('weak links', () => {
  it('computes location quotients and statuses by hand-computed numbers', () => {
    const result = weakLinks(build(weakSpec()), { chain: 'W', region: '350900' });
    expect(result).toMatchObject({ localEnterprises: 4, enterprises: 15 });
    const s = Object.fromEntries(result.segments.map((x) => [x.key, x]));
    expect(s.A).toMatchObject({
      localEnterprises: 1,
      enterprises: 3,
      status: 'normal',
      local: ['E1'],
    });
    expect(s.A!.locationQuotient).toBeCloseTo(1.25, 12);
    expect(s.B).toMatchObject({ localEnterprises: 2, status: 'strong', local: ['E4', 'E5'] });
    expect(s.B!.locationQuotient).toBeCloseTo(2.5, 12);
    expect(s.C).toMatchObject({
      localEnterprises: 0,
      status: 'missing',
      local: [],
      locationQuotient: 0,
    });
    expect(s.D).toMatchObject({ status: 'weak' });
    expect(s.D!.locationQuotient).toBeCloseTo(0.46875, 12);
  });

  it('states both shares of the quotient and flags quotients resting on few local enterprises', () => {
    const result = weakLinks(build(weakSpec()), {
      chain: 'W',
      region: '350900',
      thresholds: { minLocalEnterprises: 2 },
    });
    const s = Object.fromEntries(result.segments.map((x) => [x.key, x]));
    expect(s.D!.localShare).toBeCloseTo(1 / 4, 12);
    expect(s.D!.baselineShare).toBeCloseTo(8 / 15, 12);
    expect(s.D!.localShare! / s.D!.baselineShare!).toBe(s.D!.locationQuotient);
    expect(s.A).toMatchObject({ fewEnterprises: true });
    expect(s.B).toMatchObject({ fewEnterprises: false });
    expect(s.C).toMatchObject({ fewEnterprises: false, localShare: 0 });
    expect(result.thresholds).toEqual({ weakBelow: 0.5, strongAbove: 1.5, minLocalEnterprises: 2 });
  });

  it('lists enterprises elsewhere to fill missing and weak segments, by tier, then scale, then key', () => {
    const result = weakLinks(build(weakSpec()), { chain: 'W', region: '350900' });
    const s = Object.fromEntries(result.segments.map((x) => [x.key, x]));
    expect(result.candidateLimit).toBe(5);
    expect(s.D!.candidates.map((c) => c.key)).toEqual(['E12', 'E10', 'E11', 'E9', 'E13']);
    expect(s.D!.candidates[0]).toMatchObject({
      tier: 'little-giant',
      scale: 'micro',
      locations: [{ kind: 'Region', key: '320400' }],
    });
    expect(s.C!.candidates.map((c) => c.key)).toEqual(['E7']);
    // Normal and strong segments list none; local enterprises are never candidates.
    expect(s.A!.candidates).toEqual([]);
    expect(s.B!.candidates).toEqual([]);
    const more = weakLinks(build(weakSpec()), { chain: 'W', region: '350900', candidates: 20 });
    expect(more.segments.find((x) => x.key === 'D')!.candidates).toHaveLength(7);
    const none = weakLinks(build(weakSpec()), { chain: 'W', region: '350900', candidates: 0 });
    expect(none.segments.every((x) => x.candidates.length === 0)).toBe(true);
  });

  it('takes threshold overrides', () => {
    const result = weakLinks(build(weakSpec()), {
      chain: 'W',
      region: '350900',
      thresholds: { weakBelow: 0.4, strongAbove: 3 },
    });
    expect(result.segments.map((x) => x.status)).toEqual(['normal', 'normal', 'missing', 'normal']);
  });

  it('marks every segment missing in a region with no enterprise of the chain', () => {
    const spec = weakSpec();
    spec.nodes.push(n('Region', '110000', { level: 'province' }));
    const result = weakLinks(build(spec), { chain: 'W', region: '110000' });
    expect(
      result.segments.every((x) => x.status === 'missing' && x.locationQuotient === null),
    ).toBe(true);
  });
});
