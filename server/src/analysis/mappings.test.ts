/**
 * Following cross-scheme mappings: a local occupation without a profile borrows one over SAME_AS /
 * BROADER_MATCH, and SAME_AS competencies count as one. Expected numbers are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { build, e, n } from './fixtures.ts';
import { mappingView } from './mappings.ts';
import { skillGap } from './skill-gap.ts';
import { talentMap } from './talent-map.ts';

/*
 * Chain K, segment A EMPLOYS local occupation L (demand 10, no REQUIRES of its own) and local
 * occupation M (demand 5) which REQUIRES local competency c-local (importance 5, level 3).
 * L SAME_AS onet:X (score 0.8) and L BROADER_MATCH esco:Y (score 1).
 * X REQUIRES ext-a (importance 5, level 4) and ext-b (importance 2.5, level 2).
 * Y REQUIRES ext-c (importance 5).
 * c-local SAME_AS ext-a (a course teaches c-local, level 4).
 *
 * Ignoring mappings: L has no profile; only M's demand counts: D_c-local = 5·1 = 5, coverage of
 * program P (course K TEACHES c-local level 4 ≥ 3) = 1.
 * Following: L borrows X (SAME_AS before BROADER_MATCH), weights × 0.8:
 *   ext-a → class {c-local, ext-a}, represented by c-local (taught): D = 10·1·0.8 + 5·1 = 13,
 *   required level max(4, 3) = 4;
 *   ext-b: D = 10·0.5·0.8 = 4, level 2.
 *   ΣD = 17; δ_c-local = 13/17, δ_ext-b = 4/17.
 *   Supply: c-local taught 4 / required 4 = 1; ext-b 0. Coverage = 13/17.
 */
const spec = () => ({
  nodes: [
    n('Chain', 'K'),
    n('Segment', 'A', { position: 'midstream' }),
    n('Occupation', 'L'),
    n('Occupation', 'M'),
    n('Occupation', 'X', { scheme: 'onet' }),
    n('Occupation', 'Y', { scheme: 'esco' }),
    n('Competency', 'c-local', { dimension: 'skill' }),
    n('Competency', 'ext-a', { dimension: 'skill' }),
    n('Competency', 'ext-b', { dimension: 'knowledge' }),
    n('Competency', 'ext-c', { dimension: 'skill' }),
    n('Program', 'P'),
    n('Course', 'K1'),
  ],
  edges: [
    e('PART_OF', 'Segment:A', 'Chain:K'),
    e('EMPLOYS', 'Segment:A', 'Occupation:L', { demand: 10 }),
    e('EMPLOYS', 'Segment:A', 'Occupation:M', { demand: 5 }),
    e('REQUIRES', 'Occupation:M', 'Competency:c-local', { importance: 5, level: 3 }),
    e('SAME_AS', 'Occupation:L', 'Occupation:X', { method: 'manual', score: 0.8 }),
    e('BROADER_MATCH', 'Occupation:L', 'Occupation:Y', { score: 1 }),
    e('REQUIRES', 'Occupation:X', 'Competency:ext-a', { importance: 5, level: 4 }),
    e('REQUIRES', 'Occupation:X', 'Competency:ext-b', { importance: 2.5, level: 2 }),
    e('REQUIRES', 'Occupation:Y', 'Competency:ext-c', { importance: 5 }),
    e('SAME_AS', 'Competency:ext-a', 'Competency:c-local', { score: 1 }),
    e('INCLUDES', 'Program:P', 'Course:K1'),
    e('TEACHES', 'Course:K1', 'Competency:c-local', { level: 4 }),
  ],
});

describe('cross-scheme mappings in analyses', () => {
  it('ignores mappings unless asked', () => {
    const map = talentMap(build(spec()), { chain: 'K' });
    expect(map.totalDemand).toBe(5);
    expect(map.competencies.map((c) => c.key)).toEqual(['c-local']);
    expect(map.occupations.find((o) => o.key === 'L')?.profileFrom).toBeUndefined();
  });

  it('lets an occupation without a profile borrow the best mapped one, weighted by the score', () => {
    const map = talentMap(build(spec()), { chain: 'K', mappings: 'follow' });
    expect(map.occupations.find((o) => o.key === 'L')?.profileFrom).toEqual({
      key: 'X',
      rel: 'SAME_AS',
      score: 0.8,
    });
    expect(map.totalDemand).toBeCloseTo(17, 10);
    const byKey = Object.fromEntries(map.competencies.map((c) => [c.key, c]));
    expect(Object.keys(byKey).sort()).toEqual(['c-local', 'ext-b']);
    expect(byKey['c-local']!.demand).toBeCloseTo(13, 10);
    expect(byKey['c-local']!.requiredLevel).toBe(4);
    expect(byKey['ext-b']!.demand).toBeCloseTo(4, 10);
    expect(byKey['c-local']!.share).toBeCloseTo(13 / 17, 10);
  });

  it('meets imported demand with supply on the same local competency', () => {
    const ignored = skillGap(build(spec()), {
      chain: 'K',
      supplier: { kind: 'Program', key: 'P' },
    });
    expect(ignored.coverage).toBeCloseTo(1, 10);
    const followed = skillGap(build(spec()), {
      chain: 'K',
      mappings: 'follow',
      supplier: { kind: 'Program', key: 'P' },
    });
    expect(followed.coverage).toBeCloseTo(13 / 17, 10);
    expect(followed.competencies[0]).toMatchObject({ key: 'ext-b', supply: 0 });
    expect(followed.competencies[1]).toMatchObject({ key: 'c-local', supply: 1, taughtLevel: 4 });
  });

  it('prefers BROADER_MATCH only when no SAME_AS occupation has a profile', () => {
    const s = spec();
    s.edges = s.edges.filter((edge) => !(edge.rel === 'SAME_AS' && edge.from.key === 'L'));
    const view = mappingView(build(s), 'follow');
    expect(view.profile('Occupation:L').borrowedFrom).toEqual({
      key: 'Y',
      rel: 'BROADER_MATCH',
      score: 1,
    });
    expect(view.canonical('Competency:ext-a')).toBe('Competency:c-local');
    expect(view.canonical('Competency:ext-c')).toBe('Competency:ext-c');
  });
});
