/**
 * Program–chain alignment on a small hand-built graph. Expected numbers are worked out by hand in
 * the comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeRow, NodeRow } from '../store/port.ts';
import { alignment } from './alignment.ts';
import { build, e, n } from './fixtures.ts';

/*
 * Chain K: segment A EMPLOYS O1 (demand 10) and O2 (demand 10); segment B EMPLOYS O3 (demand 20).
 * REQUIRES: O1→C1 importance 5 level 4 (w 1, L 4); O1→C3 importance 5 level 2 (w 1, L 2);
 *           O2→C2 essential false level 2 (w 0.5, L 2);
 *           O3→C4 importance 5 level 2 (w 1, L 2); O3→C1 importance 2.5 level 2 (w 0.5, L 2).
 * D_C1 = 10 + 20·0.5 = 20; D_C2 = 5; D_C3 = 10; D_C4 = 20; ΣD = 55.
 * δ: C1 4/11, C2 1/11, C3 2/11, C4 4/11. L: C1 4, C2 2, C3 2, C4 2.
 * Chain L: segment S EMPLOYS O2 (demand 10) → only C2, δ 1, L 2.
 *
 * Institution I offers PA, PB, PC, PD. Group G SERVES K, group H SERVES L.
 * PA ∈ G, teaches C1 level 1 (course KA): S_C1 = 1/4 → coverage K = 4/11 · 1/4 = 1/11.
 *   Gaps on K: C4 4/11, C1 4/11 · 3/4 = 3/11, C3 2/11, C2 1/11 (all > 0, four of them).
 * PB ∈ G and H, teaches C2 level 3 and C4 level 2 (course KB):
 *   K: S_C2 = min(1, 3/2) = 1, S_C4 = 1 → 1/11 + 4/11 = 5/11; gaps C1 4/11, C3 2/11.
 *   L: S_C2 = 1 → coverage 1, no gap. best = L (1).
 * PC SERVES L itself (no group), teaches nothing → L coverage 0; best = L (0).
 * PD serves no chain → best null, rank null, last.
 * Ranking: PB (1), PA (1/11), PC (0), PD (null).
 * Per chain: K — PB 5/11, PA 1/11; L — PB 1, PC 0.
 * With chain=K for all: PB 5/11, PA 1/11, PC 0, PD 0 (tie at 0 → key order).
 */
const spec = (): { nodes: NodeRow[]; edges: EdgeRow[] } => ({
  nodes: [
    n('Institution', 'I', { institutionType: 'university' }),
    n('Region', '350900', { level: 'city' }),
    n('Chain', 'K'),
    n('Chain', 'L'),
    n('Segment', 'A', { position: 'upstream', order: 1 }),
    n('Segment', 'B', { position: 'midstream', order: 2 }),
    n('Segment', 'S', { position: 'downstream', order: 1 }),
    n('Occupation', 'O1'),
    n('Occupation', 'O2'),
    n('Occupation', 'O3'),
    n('Competency', 'C1', { dimension: 'skill' }),
    n('Competency', 'C2', { dimension: 'knowledge' }),
    n('Competency', 'C3', { dimension: 'quality' }),
    n('Competency', 'C4', { dimension: 'skill' }),
    n('ProgramGroup', 'G'),
    n('ProgramGroup', 'H'),
    ...['PA', 'PB', 'PC', 'PD'].map((p) => n('Program', p, { level: 'bachelor' })),
    n('Course', 'KA'),
    n('Course', 'KB'),
  ],
  edges: [
    e('PART_OF', 'Segment:A', 'Chain:K'),
    e('PART_OF', 'Segment:B', 'Chain:K'),
    e('PART_OF', 'Segment:S', 'Chain:L'),
    e('EMPLOYS', 'Segment:A', 'Occupation:O1', { demand: 10 }),
    e('EMPLOYS', 'Segment:A', 'Occupation:O2', { demand: 10 }),
    e('EMPLOYS', 'Segment:B', 'Occupation:O3', { demand: 20 }),
    e('EMPLOYS', 'Segment:S', 'Occupation:O2', { demand: 10 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C1', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:O1', 'Competency:C3', { importance: 5, level: 2 }),
    e('REQUIRES', 'Occupation:O2', 'Competency:C2', { essential: false, level: 2 }),
    e('REQUIRES', 'Occupation:O3', 'Competency:C4', { importance: 5, level: 2 }),
    e('REQUIRES', 'Occupation:O3', 'Competency:C1', { importance: 2.5, level: 2 }),
    ...['PA', 'PB', 'PC', 'PD'].map((p) => e('OFFERS', 'Institution:I', `Program:${p}`)),
    e('OFFERS', 'Institution:I', 'ProgramGroup:G'),
    e('OFFERS', 'Institution:I', 'ProgramGroup:H'),
    e('SERVES', 'ProgramGroup:G', 'Chain:K'),
    e('SERVES', 'ProgramGroup:H', 'Chain:L'),
    e('PART_OF', 'Program:PA', 'ProgramGroup:G'),
    e('PART_OF', 'Program:PB', 'ProgramGroup:G'),
    e('PART_OF', 'Program:PB', 'ProgramGroup:H'),
    e('SERVES', 'Program:PC', 'Chain:L'),
    e('INCLUDES', 'Program:PA', 'Course:KA'),
    e('INCLUDES', 'Program:PB', 'Course:KB'),
    e('TEACHES', 'Course:KA', 'Competency:C1', { level: 1 }),
    e('TEACHES', 'Course:KB', 'Competency:C2', { level: 3 }),
    e('TEACHES', 'Course:KB', 'Competency:C4', { level: 2 }),
  ],
});
const graph = () => build(spec());

describe('program–chain alignment', () => {
  it('ranks programs by their best coverage, null last, with hand-computed numbers', () => {
    const result = alignment(graph(), { institution: 'I' });
    expect(result.programs.map((p) => [p.rank, p.key, p.best?.chain ?? null])).toEqual([
      [1, 'PB', 'L'],
      [2, 'PA', 'K'],
      [3, 'PC', 'L'],
      [null, 'PD', null],
    ]);
    const p = Object.fromEntries(result.programs.map((x) => [x.key, x]));
    expect(p.PB!.best!.coverage).toBe(1);
    expect(p.PB!.chains.map((c) => c.chain)).toEqual(['L', 'K']);
    expect(p.PB!.chains[1]!.coverage).toBeCloseTo(5 / 11, 12);
    expect(p.PB!.chains[1]!.topGaps.map((g) => g.key)).toEqual(['C1', 'C3']);
    expect(p.PB!.chains[0]!.topGaps).toEqual([]);
    expect(p.PB!.programGroups).toEqual(['G', 'H']);
    expect(p.PA!.best!.coverage).toBeCloseTo(1 / 11, 12);
    expect(p.PA!.chains[0]!.topGaps.map((g) => g.key)).toEqual(['C4', 'C1', 'C3', 'C2']);
    const gaps = p.PA!.chains[0]!.topGaps.map((g) => g.gap);
    [4 / 11, 3 / 11, 2 / 11, 1 / 11].forEach((x, i) => expect(gaps[i]).toBeCloseTo(x, 12));
    expect(p.PA!.chains[0]!.topGaps[1]).toMatchObject({
      requiredLevel: 4,
      taughtLevel: 1,
      supply: 0.25,
    });
    expect(p.PC!.best).toEqual({ chain: 'L', coverage: 0 });
    expect(p.PD).toMatchObject({
      best: null,
      chains: [],
      reason: expect.stringMatching(/no chain/),
    });

    expect(result.chains.map((c) => [c.key, c.programs.map((x) => [x.rank, x.key])])).toEqual([
      [
        'K',
        [
          [1, 'PB'],
          [2, 'PA'],
        ],
      ],
      [
        'L',
        [
          [1, 'PB'],
          [2, 'PC'],
        ],
      ],
    ]);
    expect(result.highlight).toEqual(
      expect.arrayContaining(['Institution:I', 'Program:PD', 'Chain:K', 'Competency:C4']),
    );
  });

  it('aligns every program against the chain given', () => {
    const result = alignment(graph(), { institution: 'I', chain: 'K' });
    expect(result.programs.map((p) => [p.rank, p.key])).toEqual([
      [1, 'PB'],
      [2, 'PA'],
      [3, 'PC'],
      [4, 'PD'],
    ]);
    expect(result.programs[2]!.best).toEqual({ chain: 'K', coverage: 0 });
    // Nothing taught: every competency with demand is a full gap; top five of four.
    expect(result.programs[3]!.chains[0]!.topGaps.map((g) => g.key)).toEqual([
      'C1',
      'C4',
      'C3',
      'C2',
    ]);
  });

  it('answers null coverage with a reason when no posting matches, never NaN', () => {
    const result = alignment(graph(), {
      institution: 'I',
      region: '350900',
      demand: 'postings',
      period: '2019',
    });
    expect(result.programs.map((p) => [p.rank, p.key, p.best])).toEqual([
      [null, 'PA', null],
      [null, 'PB', null],
      [null, 'PC', null],
      [null, 'PD', null],
    ]);
    expect(result.programs[0]!.chains[0]).toMatchObject({
      coverage: null,
      reason: expect.stringMatching(/no posting/),
    });
    expect(result.programs[0]!.reason).toMatch(/no chain it serves has demand/);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it('keeps coverage and gaps within [0, 1]', () => {
    for (const result of [
      alignment(graph(), { institution: 'I' }),
      alignment(graph(), { institution: 'I', chain: 'L' }),
    ])
      for (const p of result.programs)
        for (const c of p.chains) {
          if (c.coverage !== null) {
            expect(c.coverage).toBeGreaterThanOrEqual(0);
            expect(c.coverage).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(c.topGaps.length).toBeLessThanOrEqual(5);
          for (const g of c.topGaps) {
            expect(g.gap).toBeGreaterThan(0);
            expect(g.supply).toBeGreaterThanOrEqual(0);
            expect(g.supply).toBeLessThanOrEqual(1);
          }
        }
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    const s = spec();
    const reversed = build({ nodes: [...s.nodes].reverse(), edges: [...s.edges].reverse() });
    expect(alignment(reversed, { institution: 'I' })).toEqual(
      alignment(build(s), { institution: 'I' }),
    );
  });

  it('names what it cannot find', () => {
    expect(() => alignment(graph(), { institution: 'nope' })).toThrow(
      /institution: no Institution with key "nope"/,
    );
    expect(() => alignment(graph(), { institution: 'I', chain: 'nope' })).toThrow(
      /chain: no Chain with key "nope"/,
    );
    expect(() => alignment(graph(), { institution: 'I', region: '110000' })).toThrow(
      /region: no Region/,
    );
  });
});
