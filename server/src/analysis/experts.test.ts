/**
 * Expert finder on a small hand-built graph. Expected numbers are worked out by hand in the
 * comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { findExperts } from './experts.ts';
import { build, e, n } from './fixtures.ts';

/*
 * Industries: C ← 38 ← 384 ← 3841 and C ← 26 (PART_OF up the tree). Chain K with segments S, S2.
 * Regions: city 350900 with county 350902; park PK in 350900; city 320400 apart.
 * Affiliations: institution U in 350902; enterprise E in park PK; enterprise F in 320400.
 * Experts:
 *   EA (U): a level 5, b level 2; specialises in industry 3841
 *   EB (E): a without level (→ 3); specialises in industry 38 and segment S
 *   EC (F): a 4, b 4; specialises in chain K; provides service SV
 *   ED (no affiliation): c 5; specialises in industry 26
 *   EE (U): c 1; no specialism
 * Competency match = level/5; field match = 0.5^h (h = PART_OF steps, one above the other).
 *
 * Request 1: competencies a, b; industry 3841 (3 items)
 *   EA: a 1 + b 0.4 + 3841 exact 1           = 2.4 / 3 = 0.8 (competencyScore 0.7, fieldScore 1)
 *   EB: a 0.6 + b 0 + 38 is 2 steps up → 0.25 = 0.85 / 3 ≈ 0.2833
 *   EC: a 0.8 + b 0.8 + K unrelated 0        = 1.6 / 3 ≈ 0.5333
 *   ED, EE: 0 → left out.       Ranked EA, EC, EB.
 *   With region 350900: EA (county), EB (park); EC (320400), ED (none), EE? (U, but score 0).
 * Request 2: chain K → EC exact 1; EB's segment S is 1 step below → 0.5.
 * Request 3: segment S → EB exact 1; EC's chain K is 1 step above → 0.5.
 * Request 4: industry 38 → EB exact 1; EA's 3841 is 2 steps below → 0.25; ED's 26 is a sibling → 0.
 * Request 5: industry C → EB (38, 1 step) 0.5, ED (26, 1 step) 0.5, EA (3841, 3 steps) 0.125.
 */
const spec = () => ({
  nodes: [
    n('Industry', 'C', { level: 'section' }),
    n('Industry', '38', { level: 'division' }),
    n('Industry', '384', { level: 'group' }),
    n('Industry', '3841', { level: 'class' }),
    n('Industry', '26', { level: 'division' }),
    n('Chain', 'K'),
    n('Segment', 'S', { position: 'midstream' }),
    n('Segment', 'S2', { position: 'upstream' }),
    n('Region', '350900', { level: 'city' }),
    n('Region', '350902', { level: 'county' }),
    n('Region', '320400', { level: 'city' }),
    n('Park', 'PK'),
    n('Institution', 'U'),
    n('Enterprise', 'E'),
    n('Enterprise', 'F'),
    n('Service', 'SV', { serviceType: 'consulting' }),
    ...['a', 'b', 'c'].map((c) => n('Competency', c, { dimension: 'knowledge' })),
    ...['EA', 'EB', 'EC', 'ED', 'EE'].map((x) => n('Expert', x, { title: 'Professor' })),
  ],
  edges: [
    e('PART_OF', 'Industry:38', 'Industry:C'),
    e('PART_OF', 'Industry:384', 'Industry:38'),
    e('PART_OF', 'Industry:3841', 'Industry:384'),
    e('PART_OF', 'Industry:26', 'Industry:C'),
    e('PART_OF', 'Segment:S', 'Chain:K'),
    e('PART_OF', 'Segment:S2', 'Chain:K'),
    e('PART_OF', 'Region:350902', 'Region:350900'),
    e('LOCATED_IN', 'Park:PK', 'Region:350900'),
    e('LOCATED_IN', 'Institution:U', 'Region:350902'),
    e('LOCATED_IN', 'Enterprise:E', 'Park:PK'),
    e('LOCATED_IN', 'Enterprise:F', 'Region:320400'),
    e('AFFILIATED_WITH', 'Expert:EA', 'Institution:U'),
    e('AFFILIATED_WITH', 'Expert:EB', 'Enterprise:E'),
    e('AFFILIATED_WITH', 'Expert:EC', 'Enterprise:F'),
    e('AFFILIATED_WITH', 'Expert:EE', 'Institution:U'),
    e('HAS_COMPETENCY', 'Expert:EA', 'Competency:a', { level: 5 }),
    e('HAS_COMPETENCY', 'Expert:EA', 'Competency:b', { level: 2 }),
    e('HAS_COMPETENCY', 'Expert:EB', 'Competency:a', { evidence: 'expert library' }),
    e('HAS_COMPETENCY', 'Expert:EC', 'Competency:a', { level: 4 }),
    e('HAS_COMPETENCY', 'Expert:EC', 'Competency:b', { level: 4 }),
    e('HAS_COMPETENCY', 'Expert:ED', 'Competency:c', { level: 5 }),
    e('HAS_COMPETENCY', 'Expert:EE', 'Competency:c', { level: 1 }),
    e('SPECIALISES_IN', 'Expert:EA', 'Industry:3841'),
    e('SPECIALISES_IN', 'Expert:EB', 'Industry:38'),
    e('SPECIALISES_IN', 'Expert:EB', 'Segment:S'),
    e('SPECIALISES_IN', 'Expert:EC', 'Chain:K'),
    e('SPECIALISES_IN', 'Expert:ED', 'Industry:26'),
    e('PROVIDES', 'Expert:EC', 'Service:SV'),
  ],
});
const graph = () => build(spec());
const reversed = () => {
  const s = spec();
  return build({ nodes: [...s.nodes].reverse(), edges: [...s.edges].reverse() });
};
const ranking = (result: ReturnType<typeof findExperts>) =>
  result.experts.map((x) => [x.key, x.score]);

describe('expert finder', () => {
  it('ranks by level-weighted competency and industry overlap', () => {
    const result = findExperts(graph(), { competencies: ['a', 'b'], industries: ['3841'] });
    expect(result.experts.map((x) => x.key)).toEqual(['EA', 'EC', 'EB']);
    const x = Object.fromEntries(result.experts.map((r) => [r.key, r]));
    expect(x.EA!.score).toBeCloseTo(0.8, 12);
    expect(x.EA!.competencyScore).toBeCloseTo(0.7, 12);
    expect(x.EA!.fieldScore).toBe(1);
    expect(x.EA!.competencies.map((c) => [c.key, c.level, c.match])).toEqual([
      ['a', 5, 1],
      ['b', 2, 0.4],
    ]);
    expect(x.EA!.fields).toEqual([
      expect.objectContaining({
        kind: 'Industry',
        key: '3841',
        match: 1,
        via: { kind: 'Industry', key: '3841', hops: 0 },
      }),
    ]);
    expect(x.EA!.affiliations).toEqual([
      expect.objectContaining({ kind: 'Institution', key: 'U' }),
    ]);
    expect(x.EC!.score).toBeCloseTo(1.6 / 3, 12);
    expect(x.EC!.uncovered).toEqual(['Industry:3841']);
    expect(x.EC!.services).toEqual(['SV']);
    expect(x.EB!.score).toBeCloseTo(0.85 / 3, 12);
    expect(x.EB!.competencies).toEqual([expect.objectContaining({ key: 'a', level: 3 })]);
    expect(x.EB!.fields[0]!.via).toEqual({ kind: 'Industry', key: '38', hops: 2 });
    expect(x.EB!.uncovered).toEqual(['Competency:b']);
    expect(result).toMatchObject({ considered: 5, excludedByRegion: 0, total: 3 });
  });

  it('filters by the region of the expert’s affiliation (below it and through parks)', () => {
    const result = findExperts(graph(), {
      competencies: ['a', 'b'],
      industries: ['3841'],
      region: '350900',
    });
    expect(result.experts.map((x) => x.key)).toEqual(['EA', 'EB']);
    expect(result.excludedByRegion).toBe(2);
  });

  it('matches chains, segments and industries one or more PART_OF steps away at 0.5^h', () => {
    expect(ranking(findExperts(graph(), { chains: ['K'] }))).toEqual([
      ['EC', 1],
      ['EB', 0.5],
    ]);
    expect(ranking(findExperts(graph(), { segments: ['S'] }))).toEqual([
      ['EB', 1],
      ['EC', 0.5],
    ]);
    expect(ranking(findExperts(graph(), { segments: ['S2'] }))).toEqual([['EC', 0.5]]);
    expect(ranking(findExperts(graph(), { industries: ['38'] }))).toEqual([
      ['EB', 1],
      ['EA', 0.25],
    ]);
    expect(ranking(findExperts(graph(), { industries: ['C'] }))).toEqual([
      ['EB', 0.5],
      ['ED', 0.5],
      ['EA', 0.125],
    ]);
  });

  it('counts repeated request keys once and cuts at the limit', () => {
    const result = findExperts(graph(), { competencies: ['c', 'c'], limit: 1 });
    expect(result.request.competencies).toEqual(['c']);
    expect(ranking(result)).toEqual([['ED', 1]]);
    expect(result.total).toBe(2);
  });

  it('names unknown keys and rejects an empty request', () => {
    expect(() => findExperts(graph(), { competencies: ['a', 'zz'] })).toThrow(
      /competency: no Competency with key "zz"/,
    );
    expect(() => findExperts(graph(), { industries: ['99'] })).toThrow(/industry: no Industry/);
    expect(() => findExperts(graph(), { chains: ['Q'] })).toThrow(/chain: no Chain/);
    expect(() => findExperts(graph(), { segments: ['Q'] })).toThrow(/segment: no Segment/);
    expect(() => findExperts(graph(), { competencies: ['a'], region: '110000' })).toThrow(
      NotFoundError,
    );
    expect(() => findExperts(graph(), {})).toThrow(BadRequestError);
  });

  it('keeps scores in (0, 1], never NaN, and ignores load order', () => {
    const query = { competencies: ['a', 'b', 'c'], industries: ['C', '3841'], chains: ['K'] };
    const result = findExperts(graph(), query);
    expect(JSON.stringify(result)).not.toContain('NaN');
    for (const x of result.experts) expect(x.score > 0 && x.score <= 1).toBe(true);
    const scores = result.experts.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(findExperts(reversed(), query)).toEqual(result);
  });
});
