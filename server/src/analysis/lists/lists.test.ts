/**
 * The N lists on a small hand-built graph. Expected numbers are worked out by hand in the comment
 * below, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { allListsSchema, listAnswerSchemas } from '@chanjiao/graph-schema';
import { build, e, n } from '../fixtures.ts';
import { allLists, nList } from './index.ts';

/*
 * Regions: city R=350900 ⊃ county X=350902; city Z=320400 elsewhere. Park PK is in X.
 * Chain K: segments A (order 1, upstream, CLASSIFIED_AS industry I1), B (2), C (3, nobody).
 * Enterprises: E1 in X (little giant 2023, 100 people) in A (revenue 0.6) and B (0.4); E2 in PK
 * (specialised, 300) in A; E3 in R (no tier, 50) in B; E4 in Z in A (not local).
 * Demand: A EMPLOYS O1 (demand 12, headcount 40); B EMPLOYS O1 (8) and O2 (20). d_O1 = d_O2 = 20.
 * REQUIRES: O1→C1 imp 5 L4 (w 1), O1→C2 imp 2.5 L2 (w .5), O1→C4 imp 2.5 L3 (w .5),
 *           O2→C2 imp 5 L3 (w 1), O2→C3 essential L5 (w 1).
 *   D: C1 20, C2 10+20 = 30, C3 20, C4 10; Σ 80 → δ C1 .25, C2 .375, C3 .25, C4 .125.
 *   L: C1 4, C2 3, C3 5, C4 3.
 * Teaching: I (in X) OFFERS program P (INCLUDES K1) and micro-certificate M. J (in Z) OFFERS K3.
 *   K1 TEACHES C1 L2, C2 L3; M TEACHES C3 L2; K3 TEACHES C1 L4, C3 L5; K4 (nobody's) C3 L3.
 *   Local supply: C1 2/4 = .5, C2 1, C3 2/5 = .4, C4 0.
 *   Gaps: C1 .125, C2 0, C3 .25·.6 = .15, C4 .125; coverage .125+.375+.1 = .6.
 * Courses that close them (gain = δ·max(0, min(1, l/L) − S)):
 *   C3: K3 l5 → .25·.6 = .15; K4 l3 → .25·(.6−.4) = .05; M l2 → 0 (local).
 *   C1: K3 l4 → .25·.5 = .125; K1 l2 → 0 (local).  C4: nothing teaches it.
 * Postings FOR O1: Q1 2024 3 in X, Q2 2025 5 in PK, Q3 2025 7 in Z (not local); FOR O2: Q4 2025 2 in R.
 * Experts: X1 specialises in A, has C3, works at E2 (local), provides S1; X2 has C2 and C1, works at
 *   J (not local); X3 specialises in I1; X4 has only C9 (not the chain's).
 * Training bases: T1 in X hosted by I supports K1 (C2, C1: .625); T2 hosted by E1, no course;
 *   T3 in Z hosted by J (not local); T4 in R supports K5 which teaches only C9 (not relevant).
 * Equipment: Q1e hosted by I supports K3 (C1, C3: .5); Q2e hosted by E3, no course; Q3e by J;
 *   Q4e by E4 (not local).
 * Services: S1 by X1 and J (consulting); S2 by I (pilot testing); S3 by E4 only; S4 by E1
 *   (process improvement).
 */
const graph = () =>
  build({
    nodes: [
      n('Region', '350900', { level: 'city' }),
      n('Region', '350902', { level: 'county' }),
      n('Region', '320400', { level: 'city' }),
      n('Park', 'PK'),
      n('Chain', 'K', { name_en: 'Chain K' }),
      n('Segment', 'A', { position: 'upstream', order: 1 }),
      n('Segment', 'B', { position: 'midstream', order: 2 }),
      n('Segment', 'C', { position: 'downstream', order: 3 }),
      n('Industry', 'I1'),
      n('Enterprise', 'E1', {
        tier: 'little-giant',
        tierYear: 2023,
        scale: 'small',
        employees: 100,
        founded: 2015,
        source: 'test',
      }),
      n('Enterprise', 'E2', { tier: 'specialised', employees: 300 }),
      n('Enterprise', 'E3', { employees: 50 }),
      n('Enterprise', 'E4', { tier: 'little-giant', employees: 999 }),
      n('Occupation', 'O1', { digital: true }),
      n('Occupation', 'O2'),
      n('Competency', 'C1', { dimension: 'skill' }),
      n('Competency', 'C2', { dimension: 'knowledge' }),
      n('Competency', 'C3', { dimension: 'quality' }),
      n('Competency', 'C4', { dimension: 'skill' }),
      n('Competency', 'C9', { dimension: 'skill' }),
      n('Institution', 'I', { institutionType: 'higher-vocational' }),
      n('Institution', 'J', { institutionType: 'university' }),
      n('Program', 'P', { level: 'higher-vocational' }),
      n('MicroCredential', 'M', { credentialType: 'micro-certificate' }),
      n('Course', 'K1'),
      n('Course', 'K3'),
      n('Course', 'K4'),
      n('Course', 'K5'),
      n('Posting', 'Q1', { period: '2024', headcount: 3 }),
      n('Posting', 'Q2', { period: '2025', headcount: 5 }),
      n('Posting', 'Q3', { period: '2025', headcount: 7 }),
      n('Posting', 'Q4', { period: '2025', headcount: 2 }),
      n('Expert', 'X1', { title: 'Engineer' }),
      n('Expert', 'X2'),
      n('Expert', 'X3'),
      n('Expert', 'X4'),
      n('TrainingBase', 'T1', { baseType: 'production-line', capacity: 20 }),
      n('TrainingBase', 'T2', { baseType: 'remote' }),
      n('TrainingBase', 'T3', { baseType: 'remote', capacity: 5 }),
      n('TrainingBase', 'T4', { baseType: 'virtual-simulation' }),
      n('Equipment', 'Q1e', { valueCny: 1000 }),
      n('Equipment', 'Q2e', { model: 'M-2' }),
      n('Equipment', 'Q3e'),
      n('Equipment', 'Q4e'),
      n('Service', 'S1', { serviceType: 'consulting' }),
      n('Service', 'S2', { serviceType: 'pilot-testing' }),
      n('Service', 'S3', { serviceType: 'consulting' }),
      n('Service', 'S4', { serviceType: 'process-improvement' }),
    ],
    edges: [
      e('PART_OF', 'Region:350902', 'Region:350900'),
      e('LOCATED_IN', 'Park:PK', 'Region:350902'),
      e('PART_OF', 'Segment:A', 'Chain:K'),
      e('PART_OF', 'Segment:B', 'Chain:K'),
      e('PART_OF', 'Segment:C', 'Chain:K'),
      e('CLASSIFIED_AS', 'Segment:A', 'Industry:I1'),
      e('LOCATED_IN', 'Enterprise:E1', 'Region:350902'),
      e('LOCATED_IN', 'Enterprise:E2', 'Park:PK'),
      e('LOCATED_IN', 'Enterprise:E3', 'Region:350900'),
      e('LOCATED_IN', 'Enterprise:E4', 'Region:320400'),
      e('OPERATES_IN', 'Enterprise:E1', 'Segment:A', { revenueShare: 0.6 }),
      e('OPERATES_IN', 'Enterprise:E1', 'Segment:B', { revenueShare: 0.4 }),
      e('OPERATES_IN', 'Enterprise:E2', 'Segment:A'),
      e('OPERATES_IN', 'Enterprise:E3', 'Segment:B'),
      e('OPERATES_IN', 'Enterprise:E4', 'Segment:A'),
      e('EMPLOYS', 'Segment:A', 'Occupation:O1', { demand: 12, headcount: 40 }),
      e('EMPLOYS', 'Segment:B', 'Occupation:O1', { demand: 8 }),
      e('EMPLOYS', 'Segment:B', 'Occupation:O2', { demand: 20 }),
      e('REQUIRES', 'Occupation:O1', 'Competency:C1', { importance: 5, level: 4 }),
      e('REQUIRES', 'Occupation:O1', 'Competency:C2', { importance: 2.5, level: 2 }),
      e('REQUIRES', 'Occupation:O1', 'Competency:C4', { importance: 2.5, level: 3 }),
      e('REQUIRES', 'Occupation:O2', 'Competency:C2', { importance: 5, level: 3 }),
      e('REQUIRES', 'Occupation:O2', 'Competency:C3', { essential: true, level: 5 }),
      e('LOCATED_IN', 'Institution:I', 'Region:350902'),
      e('LOCATED_IN', 'Institution:J', 'Region:320400'),
      e('OFFERS', 'Institution:I', 'Program:P'),
      e('OFFERS', 'Institution:I', 'MicroCredential:M'),
      e('OFFERS', 'Institution:J', 'Course:K3'),
      e('INCLUDES', 'Program:P', 'Course:K1'),
      e('TEACHES', 'Course:K1', 'Competency:C1', { level: 2 }),
      e('TEACHES', 'Course:K1', 'Competency:C2', { level: 3 }),
      e('TEACHES', 'MicroCredential:M', 'Competency:C3', { level: 2 }),
      e('TEACHES', 'Course:K3', 'Competency:C1', { level: 4 }),
      e('TEACHES', 'Course:K3', 'Competency:C3', { level: 5 }),
      e('TEACHES', 'Course:K4', 'Competency:C3', { level: 3 }),
      e('TEACHES', 'Course:K5', 'Competency:C9', { level: 3 }),
      e('FOR', 'Posting:Q1', 'Occupation:O1'),
      e('FOR', 'Posting:Q2', 'Occupation:O1'),
      e('FOR', 'Posting:Q3', 'Occupation:O1'),
      e('FOR', 'Posting:Q4', 'Occupation:O2'),
      e('LOCATED_IN', 'Posting:Q1', 'Region:350902'),
      e('LOCATED_IN', 'Posting:Q2', 'Park:PK'),
      e('LOCATED_IN', 'Posting:Q3', 'Region:320400'),
      e('LOCATED_IN', 'Posting:Q4', 'Region:350900'),
      e('SPECIALISES_IN', 'Expert:X1', 'Segment:A'),
      e('HAS_COMPETENCY', 'Expert:X1', 'Competency:C3', { level: 4 }),
      e('AFFILIATED_WITH', 'Expert:X1', 'Enterprise:E2'),
      e('PROVIDES', 'Expert:X1', 'Service:S1'),
      e('HAS_COMPETENCY', 'Expert:X2', 'Competency:C2'),
      e('HAS_COMPETENCY', 'Expert:X2', 'Competency:C1'),
      e('AFFILIATED_WITH', 'Expert:X2', 'Institution:J'),
      e('SPECIALISES_IN', 'Expert:X3', 'Industry:I1'),
      e('HAS_COMPETENCY', 'Expert:X4', 'Competency:C9'),
      e('LOCATED_IN', 'TrainingBase:T1', 'Region:350902'),
      e('HOSTS', 'Institution:I', 'TrainingBase:T1'),
      e('SUPPORTS', 'TrainingBase:T1', 'Course:K1'),
      e('HOSTS', 'Enterprise:E1', 'TrainingBase:T2'),
      e('LOCATED_IN', 'TrainingBase:T3', 'Region:320400'),
      e('HOSTS', 'Institution:J', 'TrainingBase:T3'),
      e('SUPPORTS', 'TrainingBase:T3', 'Course:K3'),
      e('LOCATED_IN', 'TrainingBase:T4', 'Region:350900'),
      e('SUPPORTS', 'TrainingBase:T4', 'Course:K5'),
      e('HOSTS', 'Institution:I', 'Equipment:Q1e'),
      e('SUPPORTS', 'Equipment:Q1e', 'Course:K3'),
      e('HOSTS', 'Enterprise:E3', 'Equipment:Q2e'),
      e('HOSTS', 'Institution:J', 'Equipment:Q3e'),
      e('SUPPORTS', 'Equipment:Q3e', 'Course:K1'),
      e('HOSTS', 'Enterprise:E4', 'Equipment:Q4e'),
      e('PROVIDES', 'Institution:J', 'Service:S1'),
      e('PROVIDES', 'Institution:I', 'Service:S2'),
      e('PROVIDES', 'Enterprise:E4', 'Service:S3'),
      e('PROVIDES', 'Enterprise:E1', 'Service:S4'),
    ],
  });

const query = { chain: 'K', region: '350900' };
const list = <L extends Parameters<typeof nList>[1]['list']>(l: L, extra = {}) =>
  nList(graph(), { ...query, ...extra, list: l });

describe('the N lists on a hand-built graph', () => {
  it('lists the region’s enterprises of the chain by segment, then tier', () => {
    const answer = list('enterprises');
    expect(answer.rows.map((r) => [r.segment, r.key, r.revenueShare])).toEqual([
      ['Segment:A', 'E1', 0.6],
      ['Segment:A', 'E2', null],
      ['Segment:B', 'E1', 0.4],
      ['Segment:B', 'E3', null],
    ]);
    expect(answer.rows[0]).toMatchObject({
      position: 'upstream',
      tier: 'little-giant',
      tierYear: 2023,
      scale: 'small',
      employees: 100,
      founded: 2015,
      places: ['Region:350902'],
      source: 'test',
    });
    expect(answer.rows[1]!.places).toEqual(['Park:PK']);
    expect(answer.summary).toEqual({
      enterprises: 3,
      segments: 3,
      segmentsWithoutEnterprise: 1,
      innovative: 0,
      specialised: 1,
      littleGiant: 1,
    });
    expect(answer.names['Park:PK']).toEqual({ name_zh: 'PK' });
    expect(answer.chain).toEqual({ key: 'K', name_zh: 'K', name_en: 'Chain K' });
  });

  it('lists talent demand with structural demand, the region’s postings and core competencies', () => {
    const answer = list('demand');
    expect(answer.rows).toEqual([
      expect.objectContaining({
        key: 'O1',
        segments: ['Segment:A', 'Segment:B'],
        structuralDemand: 20,
        headcount: 40,
        postings: 2,
        postedHeadcount: 8,
        periods: ['2024', '2025'],
        demand: 20,
        competencies: ['Competency:C1'],
        requirements: 3,
        digital: true,
        green: null,
      }),
      expect.objectContaining({
        key: 'O2',
        segments: ['Segment:B'],
        structuralDemand: 20,
        headcount: null,
        postings: 1,
        postedHeadcount: 2,
        periods: ['2025'],
        competencies: ['Competency:C2', 'Competency:C3'],
        requirements: 2,
      }),
    ]);
    expect(answer.summary).toEqual({
      occupations: 2,
      structuralDemand: 40,
      postings: 3,
      postedHeadcount: 10,
      totalDemand: 80,
    });
    const in2025 = list('demand', { period: '2025' });
    expect(in2025.rows[0]).toMatchObject({ key: 'O1', postings: 1, postedHeadcount: 5 });
    // Demand from postings: d_O1 = 3 + 5 = 8, d_O2 = 2.
    const posted = list('demand', { demand: 'postings' });
    expect(posted.rows.map((r) => [r.key, r.demand, r.structuralDemand])).toEqual([
      ['O1', 8, 20],
      ['O2', 2, 20],
    ]);
  });

  it('lists the skill gaps against every local institution’s teaching', () => {
    const answer = list('skill-gaps');
    expect(answer.rows.map((r) => r.key)).toEqual(['C3', 'C1', 'C4']);
    const [c3, c1, c4] = answer.rows;
    expect(c3).toMatchObject({ share: 0.25, requiredLevel: 5, taughtLevel: 2, supply: 0.4 });
    expect(c3!.gap).toBeCloseTo(0.15, 12);
    expect(c3!.taughtBy).toEqual(['MicroCredential:M']);
    expect(c1).toMatchObject({ share: 0.25, supply: 0.5, gap: 0.125, taughtBy: ['Course:K1'] });
    expect(c1!.occupations).toEqual(['Occupation:O1']);
    expect(c4).toMatchObject({ demand: 10, share: 0.125, taughtLevel: 0, supply: 0, gap: 0.125 });
    expect(answer.summary.coverage).toBeCloseTo(0.6, 12);
    expect(answer.summary).toMatchObject({
      competencies: 4,
      gaps: 3,
      untaught: 1,
      institutions: 1,
    });
  });

  it('lists the courses and micro-credentials that would close each gap', () => {
    const answer = list('courses');
    expect(
      answer.rows.map((r) => [r.competency, r.item, r.level, r.local, r.reaches, r.offeredBy]),
    ).toEqual([
      ['Competency:C3', 'Course:K3', 5, false, true, ['Institution:J']],
      ['Competency:C3', 'Course:K4', 3, false, false, []],
      ['Competency:C3', 'MicroCredential:M', 2, true, false, ['Institution:I']],
      ['Competency:C1', 'Course:K3', 4, false, true, ['Institution:J']],
      ['Competency:C1', 'Course:K1', 2, true, false, ['Institution:I']],
      ['Competency:C4', null, null, null, null, []],
    ]);
    const gains = answer.rows.map((r) => r.gain);
    expect(gains[0]).toBeCloseTo(0.15, 12);
    expect(gains[1]).toBeCloseTo(0.05, 12);
    expect(gains.slice(2)).toEqual([0, 0.125, 0, null]);
    expect(answer.rows[2]!.itemType).toBe('micro-certificate');
    expect(answer.rows[0]!.itemType).toBe('course');
    expect(answer.summary).toEqual({ gaps: 3, items: 4, untaught: 1 });
  });

  it('lists experts who know the chain, local ones first', () => {
    const answer = list('experts');
    expect(answer.rows.map((r) => [r.key, r.local, r.specialisms, r.competencies])).toEqual([
      ['X1', true, ['Segment:A'], ['Competency:C3']],
      ['X2', false, [], ['Competency:C2', 'Competency:C1']],
      ['X3', false, ['Industry:I1'], []],
    ]);
    expect(answer.rows[0]).toMatchObject({
      title: 'Engineer',
      affiliations: ['Enterprise:E2'],
      demandShare: 0.25,
      services: ['Service:S1'],
    });
    expect(answer.rows[0]!.gapShare).toBeCloseTo(0.15, 12);
    expect(answer.rows[1]).toMatchObject({ demandShare: 0.625, gapShare: 0.125 });
    expect(answer.summary).toEqual({ experts: 3, local: 1 });
  });

  it('lists the region’s training bases and equipment that serve the chain', () => {
    const bases = list('training-bases');
    expect(bases.rows.map((r) => [r.key, r.competencies, r.demandShare, r.chainHost])).toEqual([
      ['T1', ['Competency:C2', 'Competency:C1'], 0.625, false],
      ['T2', [], 0, true],
    ]);
    expect(bases.rows[0]).toMatchObject({
      places: ['Region:350902'],
      hosts: ['Institution:I'],
      supports: ['Course:K1'],
      capacity: 20,
    });
    expect(bases.summary).toEqual({ trainingBases: 2, capacity: 20 });
    const equipment = list('equipment');
    expect(equipment.rows.map((r) => [r.key, r.competencies, r.demandShare, r.hosts])).toEqual([
      ['Q1e', ['Competency:C1', 'Competency:C3'], 0.5, ['Institution:I']],
      ['Q2e', [], 0, ['Enterprise:E3']],
    ]);
    expect(equipment.summary).toEqual({ equipment: 2, valueCny: 1000, supportingNoCourse: 1 });
  });

  it('lists the services the region’s institutions, chain enterprises and their experts provide', () => {
    const answer = list('services');
    expect(
      answer.rows.map((r) => [r.key, r.serviceType, r.providers, r.localProviders, r.segments]),
    ).toEqual([
      ['S1', 'consulting', ['Expert:X1', 'Institution:J'], ['Expert:X1'], ['Segment:A']],
      ['S2', 'pilot-testing', ['Institution:I'], ['Institution:I'], []],
      [
        'S4',
        'process-improvement',
        ['Enterprise:E1'],
        ['Enterprise:E1'],
        ['Segment:A', 'Segment:B'],
      ],
    ]);
  });

  it('answers every list at once, each as alone, in the wire shape', () => {
    const all = allLists(graph(), query);
    expect(allListsSchema.parse(all)).toEqual(all);
    for (const [name, answer] of Object.entries(all.lists)) {
      expect(answer).toEqual(nList(graph(), { ...query, list: name as never }));
      expect(listAnswerSchemas[name as keyof typeof all.lists].parse(answer)).toEqual(answer);
      // Every referenced node is named.
      for (const row of answer.rows as Record<string, unknown>[])
        for (const column of answer.columns.filter((c) => c.type === 'ref' || c.type === 'refs'))
          for (const id of [row[column.key]].flat().filter((v) => v !== null))
            expect(answer.names[id as string], `${name}.${column.key}`).toBeDefined();
    }
  });

  it('names an unknown chain or region', () => {
    expect(() => list('services', { chain: 'nope' })).toThrow(/chain: no Chain/);
    expect(() => list('services', { region: '999999' })).toThrow(/region: no Region/);
  });
});
