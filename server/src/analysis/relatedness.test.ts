/**
 * Occupation and segment relatedness on a small hand-built graph. Expected numbers are worked out
 * by hand in the comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { build, e, n } from './fixtures.ts';
import { AnalysisGraph } from './graph.ts';
import { relatedOccupations, relatedSegments } from './relatedness.ts';

/*
 * Occupations (REQUIRES → weight w, level L):
 *   O1: a importance 5 level 4 (w 1.0, L 4); b importance 3 level 3 (w 0.6, L 3);
 *       c essential false level 2 (w 0.5, L 2)
 *   O2: a importance 4 level 3 (w 0.8, L 3); b importance 5 level 4 (w 1.0, L 4);
 *       d importance 2 level 2 (w 0.4, L 2)
 *   O3: d essential true, no level (w 1.0, L 3)
 *   O4: nothing
 * J(O1, O2): Σmin = a 0.8 + b 0.6 = 1.4; Σmax = a 1.0 + b 1.0 + c 0.5 + d 0.4 = 2.9 → 14/29
 * J(O2, O3): Σmin = d 0.4; Σmax = a 0.8 + b 1.0 + d 1.0 = 2.8 → 1/7
 * J(O1, O3) = 0 (nothing shared).
 * O1 → O2 shares a (1.0 vs 0.8, L 4 vs 3, gap 0) and b (0.6 vs 1.0, L 3 vs 4, gap 1), missing d.
 * O3 → O2 is missing b (1.0) and a (0.8).
 *
 * Segments (EMPLOYS demand), vectors v_sc = Σ d·w and shares δ:
 *   S1 (chain K): O1 10            → a 10, b 6, c 5 (Σ 21)
 *   S2 (chain K): O1 10, O3 10, O2 without demand (counts 0)
 *                                  → a 10, b 6, c 5, d 10 (Σ 31)
 *   S3 (chain K): O3 5             → d 5 (δ_d = 1)
 *   T1 (chain K2): O1 and O2, no demand at all → uniform, each counts 1:
 *                                  → a 1.8, b 1.6, c 0.5, d 0.4 (Σ 4.3)
 *   S5: employs nobody; S6: employs O4 (no requirement).
 * J(S1, S2): Σmin = (10 + 6 + 5)/31 = 21/31; Σmax = (10 + 6 + 5)/21 + 10/31 = 41/31 → 21/41
 * J(S1, T1): a min(10/21, 18/43) = 18/43, max 10/21; b min 6/21, max 16/43;
 *            c min 5/43, max 5/21; d max 4/43.
 *            Σmin = 23/43 + 2/7 = 247/301; Σmax = 5/7 + 20/43 = 355/301 → 247/355 ≈ 0.6958
 * J(S1, S3) = 0. J(S2, S3): Σmin = 10/31; Σmax = 21/31 + 1 = 52/31 → 10/52 = 5/26.
 * From S1: T1 (247/355) then S2 (21/41).
 */
const spec = () => ({
  nodes: [
    ...['O1', 'O2', 'O3', 'O4'].map((o) => n('Occupation', o)),
    ...['a', 'b', 'c', 'd'].map((c) => n('Competency', c, { dimension: 'skill' })),
    n('Chain', 'K'),
    n('Chain', 'K2'),
    ...['S1', 'S2', 'S3', 'S5', 'S6', 'T1'].map((s) => n('Segment', s, { position: 'midstream' })),
  ],
  edges: [
    e('REQUIRES', 'Occupation:O1', 'Competency:a', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:b', { importance: 3, level: 3 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:c', { essential: false, level: 2 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:a', { importance: 4, level: 3 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:b', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:d', { importance: 2, level: 2 }),
    e('REQUIRES', 'Occupation:O3', 'Competency:d', { essential: true }),
    ...['S1', 'S2', 'S3', 'S5', 'S6'].map((s) => e('PART_OF', `Segment:${s}`, 'Chain:K')),
    e('PART_OF', 'Segment:T1', 'Chain:K2'),
    e('EMPLOYS', 'Segment:S1', 'Occupation:O1', { demand: 10 }),
    e('EMPLOYS', 'Segment:S2', 'Occupation:O1', { demand: 10 }),
    e('EMPLOYS', 'Segment:S2', 'Occupation:O3', { demand: 10 }),
    e('EMPLOYS', 'Segment:S2', 'Occupation:O2', { headcount: 7 }),
    e('EMPLOYS', 'Segment:S3', 'Occupation:O3', { demand: 5 }),
    e('EMPLOYS', 'Segment:T1', 'Occupation:O1'),
    e('EMPLOYS', 'Segment:T1', 'Occupation:O2'),
    e('EMPLOYS', 'Segment:S6', 'Occupation:O4', { demand: 3 }),
  ],
});
const graph = () => build(spec());
/**
 * A loader's graph: these nodes and edges, and the profile totals of the occupations `of` — their
 * REQUIRES counted by importance and essential, as the store counts them.
 */
const requirementGroups: Record<string, [number | null, boolean | null][]> = {
  'Occupation:O1': [
    [null, false],
    [3, null],
    [5, null],
  ],
  'Occupation:O2': [
    [2, null],
    [4, null],
    [5, null],
  ],
  'Occupation:O3': [[null, true]],
};
const loaderGraph = (
  nodes: ReturnType<typeof spec>['nodes'],
  edges: ReturnType<typeof spec>['edges'],
  of: string[],
) =>
  new AnalysisGraph(
    { nodes, edges },
    {
      partial: true,
      relationshipGroups: [
        {
          of,
          rel: 'REQUIRES',
          direction: 'out',
          kind: 'Competency',
          groupBy: ['importance', 'essential'],
          groups: of.flatMap((id) =>
            (requirementGroups[id] ?? []).map(([importance, essential]) => ({
              id,
              values: [importance, essential],
              count: 1,
            })),
          ),
        },
      ],
    },
  );
const reversed = () => {
  const s = spec();
  return build({ nodes: [...s.nodes].reverse(), edges: [...s.edges].reverse() });
};

describe('related occupations', () => {
  it('ranks by weighted Jaccard with shared and missing competencies', () => {
    const result = relatedOccupations(graph(), { occupation: 'O1' });
    expect(result.occupation).toMatchObject({ key: 'O1', competencies: 3 });
    expect(result.related.map((r) => r.key)).toEqual(['O2']);
    const o2 = result.related[0]!;
    expect(o2.similarity).toBeCloseTo(14 / 29, 12);
    expect(o2.intersection).toBeCloseTo(1.4, 12);
    expect(o2.union).toBeCloseTo(2.9, 12);
    expect(o2.shared.map((s) => [s.key, s.weight, s.targetWeight, s.level, s.targetLevel])).toEqual(
      [
        ['a', 1, 0.8, 4, 3],
        ['b', 0.6, 1, 3, 4],
      ],
    );
    expect(o2.shared.map((s) => s.levelGap)).toEqual([0, 1]);
    expect(o2.missing.map((m) => [m.key, m.weight, m.level])).toEqual([['d', 0.4, 2]]);
  });

  it('is symmetric and lists what the target needs beyond the source', () => {
    const fromO2 = relatedOccupations(graph(), { occupation: 'O2' });
    expect(fromO2.related.map((r) => r.key)).toEqual(['O1', 'O3']);
    expect(fromO2.related[0]!.similarity).toBeCloseTo(14 / 29, 12);
    expect(fromO2.related[0]!.missing.map((m) => m.key)).toEqual(['c']);
    expect(fromO2.related[1]!.similarity).toBeCloseTo(1 / 7, 12);
    expect(fromO2.related[1]!.missing).toEqual([]);
    expect(fromO2.related[1]!.shared.map((s) => [s.key, s.levelGap])).toEqual([['d', 1]]);

    const fromO3 = relatedOccupations(graph(), { occupation: 'O3' });
    expect(fromO3.related.map((r) => [r.key, r.missing.map((m) => m.key)])).toEqual([
      ['O2', ['b', 'a']],
    ]);
    expect(fromO3.related[0]!.similarity).toBe(fromO2.related[1]!.similarity);
    expect(relatedOccupations(graph(), { occupation: 'O1', limit: 0 })).toMatchObject({
      total: 1,
      related: [],
    });
  });

  it('scores from profile totals counted in the store, leaving out what cannot be listed', () => {
    // A loader's graph for O2, limit 1: its requirements, the others' requirements of a, b and
    // d, O1's whole profile (it is listed) and the totals of O2 and O1 only. O3's bound is
    // I / (Σ_O2 + its own shared weight − I) = 0.4 / (2.2 + 1.0 − 0.4) = 1/7 < 14/29 (O1's score),
    // so it is counted as related without a score.
    const s = spec();
    const requires = s.edges.filter((x) => x.rel === 'REQUIRES');
    const partial = loaderGraph(s.nodes, requires, ['Occupation:O1', 'Occupation:O2']);
    const result = relatedOccupations(partial, { occupation: 'O2', limit: 1 });
    expect(result.total).toBe(2);
    expect(result.related.map((r) => r.key)).toEqual(['O1']);
    expect(result.related[0]!.similarity).toBeCloseTo(14 / 29, 12);
    expect(result.related[0]!.union).toBeCloseTo(2.9, 12);
    // Listing two needs O3's total, which the graph does not hold.
    expect(() => relatedOccupations(partial, { occupation: 'O2', limit: 2 })).toThrow(
      /profile total of occupation O3 was not loaded/,
    );
  });

  it('answers an occupation without requirements with a reason, not NaN', () => {
    const result = relatedOccupations(graph(), { occupation: 'O4' });
    expect(result.related).toEqual([]);
    expect(result.reason).toMatch(/requires no competency/);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });

  it('names an unknown occupation', () => {
    expect(() => relatedOccupations(graph(), { occupation: 'nope' })).toThrow(
      /occupation: no Occupation with key "nope"/,
    );
  });
});

describe('related segments', () => {
  it('compares demand-weighted competency shares across chains', () => {
    const result = relatedSegments(graph(), { segment: 'S1' });
    expect(result.segment).toMatchObject({
      key: 'S1',
      chain: 'K',
      weighting: 'demand',
      competencies: 3,
    });
    expect(result.related.map((r) => r.key)).toEqual(['T1', 'S2']);
    const [t1, s2] = result.related;
    expect(t1!.similarity).toBeCloseTo(247 / 355, 12);
    expect(t1).toMatchObject({ chain: 'K2', weighting: 'uniform', sharedOccupations: ['O1'] });
    expect(t1!.shared.map((s) => s.key)).toEqual(['a', 'b', 'c']);
    expect(t1!.shared[0]!.share).toBeCloseTo(10 / 21, 12);
    expect(t1!.shared[0]!.targetShare).toBeCloseTo(18 / 43, 12);
    expect(s2!.similarity).toBeCloseTo(21 / 41, 12);
    expect(s2!.sharedOccupations).toEqual(['O1']);

    const fromS2 = relatedSegments(graph(), { segment: 'S2' });
    const s3 = fromS2.related.find((r) => r.key === 'S3')!;
    expect(s3.similarity).toBeCloseTo(5 / 26, 12);
    expect(s3.shared.map((s) => [s.key, s.targetShare])).toEqual([['d', 1]]);
    expect(fromS2.related.map((r) => r.key)).toEqual(['T1', 'S1', 'S3']);
  });

  it('compares segments by their shares of the source’s competencies over totals counted in the store', () => {
    // A loader's graph for S1: its whole profile (O1's requirements), the other occupations'
    // requirements of a, b and c only (O2 → d and O3 → d are not there), the segments employing
    // them, and the profile totals of the occupations those employ: O1 2.1, O2 2.2, O3 1.0. S2's
    // vector totals 10·2.1 + 10·1.0 = 31 and T1's 2.1 + 2.2 = 4.3, as on the whole graph.
    const s = spec();
    const sourceCompetencies = new Set(['Competency:a', 'Competency:b', 'Competency:c']);
    const id = (ref: { kind: string; key: string }) => `${ref.kind}:${ref.key}`;
    const edges = s.edges.filter(
      (x) =>
        (x.rel === 'REQUIRES' && sourceCompetencies.has(id(x.to))) ||
        (x.rel !== 'REQUIRES' && ['Segment:S1', 'Segment:S2', 'Segment:T1'].includes(id(x.from))),
    );
    const totals = (of: string[]) => loaderGraph(s.nodes, edges, of);
    const partial = totals(['Occupation:O1', 'Occupation:O2', 'Occupation:O3']);
    const result = relatedSegments(partial, { segment: 'S1' });
    expect(result.related.map((r) => [r.key, r.similarity])).toEqual(
      relatedSegments(graph(), { segment: 'S1' }).related.map((r) => [r.key, r.similarity]),
    );
    expect(result.related[0]!.similarity).toBeCloseTo(247 / 355, 12);
    expect(result.related[1]!.similarity).toBeCloseTo(21 / 41, 12);
    expect(result.related[1]!.shared.map((c) => [c.key, c.targetShare])).toEqual([
      ['a', 10 / 31],
      ['b', 6 / 31],
      ['c', 5 / 31],
    ]);
    // Without O3's total, S2's share of each competency is unknown.
    expect(() =>
      relatedSegments(totals(['Occupation:O1', 'Occupation:O2']), { segment: 'S1' }),
    ).toThrow(/groups of Occupation:O3 were not loaded/);
  });

  it('explains a segment with no competency profile', () => {
    expect(relatedSegments(graph(), { segment: 'S5' })).toMatchObject({
      related: [],
      reason: expect.stringMatching(/employs no occupation/),
      segment: { weighting: 'none', competencies: 0 },
    });
    expect(relatedSegments(graph(), { segment: 'S6' })).toMatchObject({
      related: [],
      reason: expect.stringMatching(/require no competency/),
    });
  });

  it('names an unknown segment', () => {
    expect(() => relatedSegments(graph(), { segment: 'nope' })).toThrow(
      /segment: no Segment with key "nope"/,
    );
  });
});

describe('relatedness invariants', () => {
  it('keeps similarities in [0, 1], ordered, and never NaN', () => {
    const g = graph();
    for (const occupation of ['O1', 'O2', 'O3', 'O4']) {
      const result = relatedOccupations(g, { occupation });
      expect(JSON.stringify(result)).not.toContain('NaN');
      const s = result.related.map((r) => r.similarity);
      expect(s).toEqual([...s].sort((a, b) => b - a));
      for (const x of s) expect(x > 0 && x <= 1).toBe(true);
    }
    for (const segment of ['S1', 'S2', 'S3', 'S5', 'S6', 'T1']) {
      const result = relatedSegments(g, { segment });
      expect(JSON.stringify(result)).not.toContain('NaN');
      for (const r of result.related) expect(r.similarity > 0 && r.similarity <= 1).toBe(true);
    }
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    for (const occupation of ['O1', 'O2', 'O3'])
      expect(relatedOccupations(reversed(), { occupation })).toEqual(
        relatedOccupations(graph(), { occupation }),
      );
    for (const segment of ['S1', 'S2', 'T1'])
      expect(relatedSegments(reversed(), { segment })).toEqual(
        relatedSegments(graph(), { segment }),
      );
  });
});
