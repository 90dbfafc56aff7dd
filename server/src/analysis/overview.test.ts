/**
 * Region overview on a small hand-built graph. Expected numbers are counted by hand in the
 * comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeRow, NodeRow } from '../store/port.ts';
import { build, e, n } from './fixtures.ts';
import { regionOverview } from './overview.ts';

/*
 * Regions: province 350000 ⊃ city 350900 (R) ⊃ county 350902 (X); city 320400 (Z) elsewhere.
 * Park PK is LOCATED_IN X. Local to R = R, X (2 regions) and anything in PK.
 *
 * Enterprises: E1 in X (little-giant, small), E2 in PK (specialised, medium), E3 in R (no tier,
 * no scale), E4 in Z (innovative, micro — not local).
 * Chain K: segment A (order 1) ← E1, E2, E4; segment B (order 2) ← E2, E3.
 *   K local {E1, E2, E3} = 3, all 4. A: local 2 (little-giant 1, specialised 1), all 3.
 *   B: local 2 (none 1, specialised 1), all 2.
 * Chain L: segment C ← E4 only; no local cluster, not served locally → not shown.
 * Chain M: no segment, PART_OF cluster CL located in R → shown, 0 enterprises.
 * Group G (offered by I) SERVES K → K servedBy [G].
 * Institutions: I in X offers P1, P2; J in Z offers P3 (not local).
 * Cohorts: P1 2024 (40), P1 2025 (50, 45 employed), P2 2025 (20); P3 2025 (99, not local).
 *   byYear: 2024 → 40 (1 cohort); 2025 → 70 (2 cohorts).
 * Postings: Q1 2024 5 in X; Q2 2025 7 in R; Q3 2025 3 in PK; Q4 2025 100 in Z.
 *   Local: 3 postings, 15 headcount; 2024 → 1 / 5; 2025 → 2 / 10.
 * Also local: consortium CO (R), candidate c1 (X); training base T is in Z.
 * Local counts: Candidate 1, Chain 2, Cluster 1, Cohort 3, Consortium 1, Enterprise 3,
 * Institution 1, Park 1, Posting 3, Program 2, TrainingBase 0.
 */
const spec = (): { nodes: NodeRow[]; edges: EdgeRow[] } => ({
  nodes: [
    n('Region', '350000', { level: 'province' }),
    n('Region', '350900', { level: 'city', name_en: 'Ningde' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Park', 'PK'),
    n('Cluster', 'CL', { clusterType: 'pillar' }),
    n('Chain', 'K'),
    n('Chain', 'L'),
    n('Chain', 'M'),
    n('Segment', 'A', { position: 'upstream', order: 1 }),
    n('Segment', 'B', { position: 'midstream', order: 2 }),
    n('Segment', 'C', { position: 'downstream', order: 1 }),
    n('Enterprise', 'E1', { tier: 'little-giant', scale: 'small' }),
    n('Enterprise', 'E2', { tier: 'specialised', scale: 'medium' }),
    n('Enterprise', 'E3'),
    n('Enterprise', 'E4', { tier: 'innovative', scale: 'micro' }),
    n('Institution', 'I', { institutionType: 'higher-vocational' }),
    n('Institution', 'J', { institutionType: 'university' }),
    n('ProgramGroup', 'G'),
    n('Program', 'P1', { level: 'higher-vocational' }),
    n('Program', 'P2', { level: 'higher-vocational' }),
    n('Program', 'P3', { level: 'bachelor' }),
    n('Cohort', 'P1-2024', { year: 2024, graduates: 40 }),
    n('Cohort', 'P1-2025', { year: 2025, graduates: 50, employed: 45 }),
    n('Cohort', 'P2-2025', { year: 2025, graduates: 20 }),
    n('Cohort', 'P3-2025', { year: 2025, graduates: 99 }),
    n('Posting', 'Q1', { period: '2024', headcount: 5 }),
    n('Posting', 'Q2', { period: '2025', headcount: 7 }),
    n('Posting', 'Q3', { period: '2025', headcount: 3 }),
    n('Posting', 'Q4', { period: '2025', headcount: 100 }),
    n('Consortium', 'CO'),
    n('Candidate', 'c1', { status: 'student' }),
    n('TrainingBase', 'T', { baseType: 'remote' }),
  ],
  edges: [
    e('PART_OF', 'Region:350900', 'Region:350000'),
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('LOCATED_IN', 'Park:PK', 'Region:350902'),
    e('LOCATED_IN', 'Cluster:CL', 'Region:350900'),
    e('PART_OF', 'Chain:M', 'Cluster:CL'),
    e('PART_OF', 'Segment:A', 'Chain:K'),
    e('PART_OF', 'Segment:B', 'Chain:K'),
    e('PART_OF', 'Segment:C', 'Chain:L'),
    e('LOCATED_IN', 'Enterprise:E1', 'Region:350902'),
    e('LOCATED_IN', 'Enterprise:E2', 'Park:PK'),
    e('LOCATED_IN', 'Enterprise:E3', 'Region:350900'),
    e('LOCATED_IN', 'Enterprise:E4', 'Region:320400'),
    e('OPERATES_IN', 'Enterprise:E1', 'Segment:A'),
    e('OPERATES_IN', 'Enterprise:E2', 'Segment:A'),
    e('OPERATES_IN', 'Enterprise:E4', 'Segment:A'),
    e('OPERATES_IN', 'Enterprise:E2', 'Segment:B'),
    e('OPERATES_IN', 'Enterprise:E3', 'Segment:B'),
    e('OPERATES_IN', 'Enterprise:E4', 'Segment:C'),
    e('LOCATED_IN', 'Institution:I', 'Region:350902'),
    e('LOCATED_IN', 'Institution:J', 'Region:320400'),
    e('OFFERS', 'Institution:I', 'Program:P1'),
    e('OFFERS', 'Institution:I', 'Program:P2'),
    e('OFFERS', 'Institution:I', 'ProgramGroup:G'),
    e('OFFERS', 'Institution:J', 'Program:P3'),
    e('SERVES', 'ProgramGroup:G', 'Chain:K'),
    e('PART_OF', 'Program:P1', 'ProgramGroup:G'),
    e('COHORT_OF', 'Cohort:P1-2024', 'Program:P1'),
    e('COHORT_OF', 'Cohort:P1-2025', 'Program:P1'),
    e('COHORT_OF', 'Cohort:P2-2025', 'Program:P2'),
    e('COHORT_OF', 'Cohort:P3-2025', 'Program:P3'),
    e('LOCATED_IN', 'Posting:Q1', 'Region:350902'),
    e('LOCATED_IN', 'Posting:Q2', 'Region:350900'),
    e('LOCATED_IN', 'Posting:Q3', 'Park:PK'),
    e('LOCATED_IN', 'Posting:Q4', 'Region:320400'),
    e('LOCATED_IN', 'Consortium:CO', 'Region:350900'),
    e('LOCATED_IN', 'Candidate:c1', 'Region:350902'),
    e('LOCATED_IN', 'TrainingBase:T', 'Region:320400'),
  ],
});
const graph = () => build(spec());

describe('region overview', () => {
  it('counts what is located in the region and below, by hand-counted numbers', () => {
    const result = regionOverview(graph(), { region: '350900' });
    expect(result.region).toEqual({
      key: '350900',
      name_zh: '350900',
      name_en: 'Ningde',
      level: 'city',
    });
    expect(result.regions).toBe(2);
    expect(result.counts).toEqual({
      local: {
        Candidate: 1,
        Chain: 2,
        Cluster: 1,
        Cohort: 3,
        Consortium: 1,
        Enterprise: 3,
        Institution: 1,
        Park: 1,
        Posting: 3,
        Program: 2,
        TrainingBase: 0,
      },
      global: null,
    });
    expect(result.enterprises).toEqual({
      total: 3,
      byTier: { 'little-giant': 1, none: 1, specialised: 1 },
      byScale: { medium: 1, small: 1, unknown: 1 },
    });
    expect(result.postings).toEqual({
      total: { postings: 3, headcount: 15 },
      byPeriod: [
        { period: '2024', postings: 1, headcount: 5 },
        { period: '2025', postings: 2, headcount: 10 },
      ],
    });
  });

  it('lists the chains present, their segments and who serves them', () => {
    const result = regionOverview(graph(), { region: '350900' });
    expect(result.chains.map((c) => c.key)).toEqual(['K', 'M']);
    const [k, m] = result.chains;
    expect(k).toMatchObject({
      localEnterprises: 3,
      enterprises: 4,
      localClusters: [],
      servedBy: ['G'],
    });
    expect(k!.segments.map((s) => [s.key, s.localEnterprises, s.enterprises, s.byTier])).toEqual([
      ['A', 2, 3, { 'little-giant': 1, specialised: 1 }],
      ['B', 2, 2, { none: 1, specialised: 1 }],
    ]);
    expect(m).toMatchObject({
      localEnterprises: 0,
      enterprises: 0,
      localClusters: ['CL'],
      servedBy: [],
      segments: [],
    });
  });

  it('sums graduates per program and year from cohorts', () => {
    const result = regionOverview(graph(), { region: '350900' });
    expect(result.graduates.byProgram.map((p) => [p.program, p.institution])).toEqual([
      ['P1', 'I'],
      ['P2', 'I'],
    ]);
    expect(result.graduates.byProgram[0]!.cohorts).toEqual([
      {
        key: 'P1-2024',
        year: 2024,
        graduates: 40,
        employed: null,
        employedInTarget: null,
        stayedInRegion: null,
      },
      {
        key: 'P1-2025',
        year: 2025,
        graduates: 50,
        employed: 45,
        employedInTarget: null,
        stayedInRegion: null,
      },
    ]);
    expect(result.graduates.byYear).toEqual([
      { year: 2024, graduates: 40, cohorts: 1 },
      { year: 2025, graduates: 70, cohorts: 2 },
    ]);
  });

  it('passes the store’s global counts through', () => {
    const stats = { nodes: 34, edges: 37, byKind: { Region: 4 }, byRel: { PART_OF: 7 } };
    expect(regionOverview(graph(), { region: '350900' }, stats).counts.global).toEqual({
      nodes: 34,
      edges: 37,
      byKind: { Region: 4 },
    });
  });

  it('answers zeros for a region with nothing in it, never NaN', () => {
    const result = regionOverview(graph(), { region: '350000' });
    expect(result.regions).toBe(3);
    expect(result.counts.local.Enterprise).toBe(3);
    const other = regionOverview(
      build({ ...spec(), nodes: [...spec().nodes, n('Region', '110000', { level: 'province' })] }),
      { region: '110000' },
    );
    expect(other).toMatchObject({
      regions: 1,
      chains: [],
      enterprises: { total: 0, byTier: {}, byScale: {} },
      postings: { total: { postings: 0, headcount: 0 }, byPeriod: [] },
      graduates: { byProgram: [], byYear: [] },
    });
    expect(JSON.stringify(other)).not.toMatch(/NaN|Infinity/);
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    const s = spec();
    const reversed = build({ nodes: [...s.nodes].reverse(), edges: [...s.edges].reverse() });
    expect(regionOverview(reversed, { region: '350900' })).toEqual(
      regionOverview(build(s), { region: '350900' }),
    );
  });

  it('names an unknown region', () => {
    expect(() => regionOverview(graph(), { region: '999999' })).toThrow(
      /region: no Region with key "999999"/,
    );
  });
});
