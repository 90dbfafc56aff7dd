/**
 * Person–job match on a small hand-built graph. Expected numbers are worked out by hand in the
 * comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { build, e, n } from './fixtures.ts';
import { candidatesForPosting } from './matching.ts';
import { postingsForCandidate } from './postings-for-candidate.ts';

/*
 * Regions: city 350900 with county 350902 below it; park PK LOCATED_IN 350900; city 320400 apart.
 *
 * Posting P1 (2025-H1, FOR occupation O, POSTED by E, in county 350902) REQUIRES
 *   A importance 5, level 4, essential      → w 1.0, need 4, essential
 *   B importance 3, level 2, essential false → w 0.6, need 2
 *   C essential, no importance, no level    → w 1.0, need 3 (default), essential
 *   D importance 2, level 5, essential false → w 0.4, need 5
 *   Σw = 3.0.
 * Candidates (HAS_COMPETENCY levels):
 *   X  (county 350902): A 4, B 1, C (no level → 3), D —
 *      A 1, B 1/2, C 1, D 0 → (1 + 0.3 + 1 + 0) / 3 = 2.3/3 = 23/30 ≈ 0.7667
 *      matched A, C; partial B (have 1 < need 2); missing D. Contributions 1/3, 1/3, 0.1, 0.
 *      Essentials A (4 ≥ 4) and C (3 ≥ 3) met.
 *   X2 (county 350902): the same as X → 23/30, after X by key.
 *   Y  (320400): A 2, B 3, C 5, D 5 → A 1/2, B 1, C 1, D 1 → (0.5 + 0.6 + 1 + 0.4) / 3 = 5/6
 *      essentials not met (A 2 < 4).
 *   W  (park PK): A 5, B 2, C 3, D 2 → 1, 1, 1, 2/5 → (1 + 0.6 + 1 + 0.16) / 3 = 2.76/3 = 0.92
 *   Z  (nowhere, no competency) → 0, all four missing.
 * Ranked: W 0.92, Y 5/6, X 23/30, X2 23/30, Z 0.
 *   region 350900 → W (park), X, X2 (county); Y and Z excluded (2).
 *   minLevel 3 (essentials A and C at ≥ 3) → W (5, 3), X (4, 3), X2; Y (A 2) and Z out (2).
 *   minLevel 4 → nobody (W and X hold C at 3).
 *   minScore 0.8 → W, Y (3 excluded).
 *
 * Postings for X:
 *   P2 (2024, 320400) REQUIRES A importance 5 level 2, B importance 5 level 2 (w 1, 1):
 *      A min(1, 4/2) = 1, B 1/2 → 1.5/2 = 0.75
 *   P3 (2025, 350900) requires nothing → unscored (score null)
 *   P4 (2025-H2, park PK) REQUIRES C importance 4 level 3 (w 0.8): C 3/3 → 1
 * Ranked: P4 1, P1 23/30, P2 0.75; unscored P3.
 *   region 350900 → P4, P1 (P2 excluded); period 2025 → P4, P1 (P2 excluded);
 *   minScore 0.76 → P4, P1 (P2 excluded).
 */
const spec = () => ({
  nodes: [
    n('Region', '350900', { level: 'city' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Park', 'PK'),
    n('Occupation', 'O'),
    n('Enterprise', 'E'),
    ...['A', 'B', 'C', 'D'].map((c) => n('Competency', c, { dimension: 'skill' })),
    n('Posting', 'P1', { period: '2025-H1', headcount: 2 }),
    n('Posting', 'P2', { period: '2024', headcount: 1 }),
    n('Posting', 'P3', { period: '2025', headcount: 1 }),
    n('Posting', 'P4', { period: '2025-H2', headcount: 3 }),
    ...['X', 'X2', 'Y', 'W', 'Z'].map((c) => n('Candidate', c, { status: 'graduate' })),
  ],
  edges: [
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('LOCATED_IN', 'Park:PK', 'Region:350900'),
    e('FOR', 'Posting:P1', 'Occupation:O'),
    e('POSTED', 'Enterprise:E', 'Posting:P1'),
    e('LOCATED_IN', 'Posting:P1', 'Region:350902'),
    e('LOCATED_IN', 'Posting:P2', 'Region:320400'),
    e('LOCATED_IN', 'Posting:P3', 'Region:350900'),
    e('LOCATED_IN', 'Posting:P4', 'Park:PK'),
    e('REQUIRES', 'Posting:P1', 'Competency:A', { importance: 5, level: 4, essential: true }),
    e('REQUIRES', 'Posting:P1', 'Competency:B', { importance: 3, level: 2, essential: false }),
    e('REQUIRES', 'Posting:P1', 'Competency:C', { essential: true }),
    e('REQUIRES', 'Posting:P1', 'Competency:D', { importance: 2, level: 5, essential: false }),
    e('REQUIRES', 'Posting:P2', 'Competency:A', { importance: 5, level: 2 }),
    e('REQUIRES', 'Posting:P2', 'Competency:B', { importance: 5, level: 2 }),
    e('REQUIRES', 'Posting:P4', 'Competency:C', { importance: 4, level: 3 }),
    e('LOCATED_IN', 'Candidate:X', 'Region:350902'),
    e('LOCATED_IN', 'Candidate:X2', 'Region:350902'),
    e('LOCATED_IN', 'Candidate:Y', 'Region:320400'),
    e('LOCATED_IN', 'Candidate:W', 'Park:PK'),
    ...(['X', 'X2'] as const).flatMap((c) => [
      e('HAS_COMPETENCY', `Candidate:${c}`, 'Competency:A', { level: 4 }),
      e('HAS_COMPETENCY', `Candidate:${c}`, 'Competency:B', { level: 1 }),
      e('HAS_COMPETENCY', `Candidate:${c}`, 'Competency:C', { evidence: 'course grade' }),
    ]),
    e('HAS_COMPETENCY', 'Candidate:Y', 'Competency:A', { level: 2 }),
    e('HAS_COMPETENCY', 'Candidate:Y', 'Competency:B', { level: 3 }),
    e('HAS_COMPETENCY', 'Candidate:Y', 'Competency:C', { level: 5 }),
    e('HAS_COMPETENCY', 'Candidate:Y', 'Competency:D', { level: 5 }),
    e('HAS_COMPETENCY', 'Candidate:W', 'Competency:A', { level: 5 }),
    e('HAS_COMPETENCY', 'Candidate:W', 'Competency:B', { level: 2 }),
    e('HAS_COMPETENCY', 'Candidate:W', 'Competency:C', { level: 3 }),
    e('HAS_COMPETENCY', 'Candidate:W', 'Competency:D', { level: 2 }),
  ],
});
const graph = () => build(spec());
const reversed = () => {
  const s = spec();
  return build({ nodes: [...s.nodes].reverse(), edges: [...s.edges].reverse() });
};

describe('candidates for a posting', () => {
  it('scores and explains every candidate by hand-computed numbers', () => {
    const result = candidatesForPosting(graph(), { posting: 'P1' });
    expect(result.totalWeight).toBeCloseTo(3, 12);
    expect(result.requirements.map((r) => [r.key, r.weight, r.need, r.essential])).toEqual([
      ['A', 1, 4, true],
      ['C', 1, 3, true],
      ['B', 0.6, 2, false],
      ['D', 0.4, 5, false],
    ]);
    expect(result.posting).toMatchObject({
      key: 'P1',
      occupation: 'O',
      enterprise: 'E',
      period: '2025-H1',
      regions: ['350902'],
    });
    expect(result.candidates.map((c) => c.key)).toEqual(['W', 'Y', 'X', 'X2', 'Z']);
    const c = Object.fromEntries(result.candidates.map((x) => [x.key, x]));
    expect(c.W!.score).toBeCloseTo(0.92, 12);
    expect(c.Y!.score).toBeCloseTo(5 / 6, 12);
    expect(c.X!.score).toBeCloseTo(23 / 30, 12);
    expect(c.X2!.score).toBe(c.X!.score);
    expect(c.Z!.score).toBe(0);

    expect(c.X!.matched.map((m) => [m.key, m.have, m.need])).toEqual([
      ['A', 4, 4],
      ['C', 3, 3],
    ]);
    expect(c.X!.partial.map((m) => [m.key, m.have, m.need])).toEqual([['B', 1, 2]]);
    expect(c.X!.missing.map((m) => [m.key, m.have, m.need, m.weight])).toEqual([['D', 0, 5, 0.4]]);
    expect(c.X!.partial[0]!.contribution).toBeCloseTo(0.1, 12);
    expect(c.X!.matched[0]!.contribution).toBeCloseTo(1 / 3, 12);
    expect(c.X!.essentialsMet).toBe(true);
    expect(c.Y!.essentialsMet).toBe(false);
    expect(c.Y!.partial.map((m) => m.key)).toEqual(['A']);
    expect(c.Z!.missing.map((m) => m.key)).toEqual(['A', 'C', 'B', 'D']);
    for (const x of result.candidates) {
      const sum = [...x.matched, ...x.partial, ...x.missing].reduce(
        (s, m) => s + m.contribution,
        0,
      );
      expect(sum).toBeCloseTo(x.score, 12);
    }
    expect(result.highlight).toEqual(
      expect.arrayContaining(['Posting:P1', 'Competency:D', 'Candidate:W', 'Candidate:Z']),
    );
  });

  it('filters by region, minimum level and minimum score', () => {
    const inRegion = candidatesForPosting(graph(), { posting: 'P1', region: '350900' });
    expect(inRegion.candidates.map((x) => x.key)).toEqual(['W', 'X', 'X2']);
    expect(inRegion.excluded).toEqual({ region: 2, minLevel: 0, minScore: 0 });

    const level3 = candidatesForPosting(graph(), { posting: 'P1', minLevel: 3 });
    expect(level3.candidates.map((x) => x.key)).toEqual(['W', 'X', 'X2']);
    expect(level3.excluded.minLevel).toBe(2);
    const level4 = candidatesForPosting(graph(), { posting: 'P1', minLevel: 4 });
    expect(level4.candidates).toEqual([]);
    expect(level4.excluded.minLevel).toBe(5);

    const good = candidatesForPosting(graph(), { posting: 'P1', minScore: 0.8 });
    expect(good.candidates.map((x) => x.key)).toEqual(['W', 'Y']);
    expect(good.excluded.minScore).toBe(3);

    const top = candidatesForPosting(graph(), { posting: 'P1', limit: 2 });
    expect(top.candidates.map((x) => x.key)).toEqual(['W', 'Y']);
    expect(top.total).toBe(5);
  });

  it('answers score null with a reason for a posting without requirements, never NaN', () => {
    const result = candidatesForPosting(graph(), { posting: 'P3' });
    expect(result.reason).toMatch(/no required competency/);
    expect(result.candidates).toEqual([]);
    expect(result.totalWeight).toBe(0);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });

  it('names what it cannot find', () => {
    expect(() => candidatesForPosting(graph(), { posting: 'nope' })).toThrow(
      /posting: no Posting with key "nope"/,
    );
    expect(() => candidatesForPosting(graph(), { posting: 'P1', region: '110000' })).toThrow(
      /region: no Region with key "110000"/,
    );
  });
});

describe('postings for a candidate', () => {
  it('ranks postings by hand-computed scores and sets aside the unscored', () => {
    const result = postingsForCandidate(graph(), { candidate: 'X' });
    expect(result.postings.map((p) => p.key)).toEqual(['P4', 'P1', 'P2']);
    const p = Object.fromEntries(result.postings.map((x) => [x.key, x]));
    expect(p.P4!.score).toBeCloseTo(1, 12);
    expect(p.P1!.score).toBeCloseTo(23 / 30, 12);
    expect(p.P2!.score).toBeCloseTo(0.75, 12);
    expect(p.P2!.matched.map((m) => [m.key, m.have, m.need])).toEqual([['A', 4, 2]]);
    expect(p.P2!.partial.map((m) => [m.key, m.have, m.need])).toEqual([['B', 1, 2]]);
    expect(result.unscored).toEqual(['P3']);
    expect(result.candidate.competencies).toEqual([
      { key: 'A', level: 4 },
      { key: 'C', level: 3 },
      { key: 'B', level: 1 },
    ]);
  });

  it('filters by region (and below, and parks), period and minimum score', () => {
    const inRegion = postingsForCandidate(graph(), { candidate: 'X', region: '350900' });
    expect(inRegion.postings.map((p) => p.key)).toEqual(['P4', 'P1']);
    expect(inRegion.excluded).toEqual({ region: 1, period: 0, minScore: 0 });
    expect(inRegion.unscored).toEqual(['P3']);

    const in2025 = postingsForCandidate(graph(), { candidate: 'X', period: '2025' });
    expect(in2025.postings.map((p) => p.key)).toEqual(['P4', 'P1']);
    expect(in2025.excluded.period).toBe(1);
    const inH1 = postingsForCandidate(graph(), { candidate: 'X', period: '2025-H1' });
    expect(inH1.postings.map((p) => p.key)).toEqual(['P1']);
    expect(inH1.unscored).toEqual([]);

    const good = postingsForCandidate(graph(), { candidate: 'X', minScore: 0.76 });
    expect(good.postings.map((p) => p.key)).toEqual(['P4', 'P1']);
    expect(good.excluded.minScore).toBe(1);
    expect(postingsForCandidate(graph(), { candidate: 'X', limit: 1 })).toMatchObject({
      total: 3,
      postings: [{ key: 'P4' }],
    });
  });

  it('names an unknown candidate', () => {
    expect(() => postingsForCandidate(graph(), { candidate: 'nobody' })).toThrow(
      /candidate: no Candidate with key "nobody"/,
    );
  });
});

describe('match invariants', () => {
  it('keeps every score in [0, 1] and never answers NaN', () => {
    const g = graph();
    for (const posting of ['P1', 'P2', 'P3', 'P4']) {
      const result = candidatesForPosting(g, { posting });
      expect(JSON.stringify(result)).not.toContain('NaN');
      for (const c of result.candidates) {
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
    }
    for (const candidate of ['X', 'X2', 'Y', 'W', 'Z']) {
      const result = postingsForCandidate(g, { candidate });
      for (const p of result.postings) {
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(1);
      }
      const scores = result.postings.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('does not depend on the order in which nodes and edges were loaded', () => {
    expect(candidatesForPosting(reversed(), { posting: 'P1' })).toEqual(
      candidatesForPosting(graph(), { posting: 'P1' }),
    );
    expect(postingsForCandidate(reversed(), { candidate: 'X' })).toEqual(
      postingsForCandidate(graph(), { candidate: 'X' }),
    );
  });
});
