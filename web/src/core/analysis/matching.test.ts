import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import type { CandidatesForPosting, CompetencyMatch } from './answers.ts';
import type { KindOptions } from './kindOptions.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  matchDirection,
  matchFocus,
  matchingDefaultsApplied,
  matchingParams,
  matchingQueryChanged,
  matchingSearchSchema,
  matchLayers,
  matchRows,
  scoreParts,
  type MatchAnswer,
} from './matching.ts';

const options: KindOptions = new Map([
  [
    'Posting',
    {
      type: 'ready',
      options: [
        { key: 'posting-2024-001', name_zh: 'a' },
        { key: 'posting-2025-002', name_zh: 'b' },
      ],
    },
  ],
  ['Candidate', { type: 'ready', options: [{ key: 'cand-0001', name_zh: 'c' }] }],
]);

const competency = (
  key: string,
  need: number,
  have: number,
  weight: number,
  contribution: number,
): CompetencyMatch => ({
  key,
  name_zh: key,
  dimension: 'skill',
  weight,
  need,
  have,
  essential: true,
  contribution,
});

/** Weights 1 and 0.6 (Σ 1.6): one met fully, one held at 2 of 4 → 0.3/1.6, one missing. */
function sampleAnswer(): MatchAnswer {
  const result: CandidatesForPosting = {
    posting: {
      key: 'p1',
      name_zh: '岗位',
      period: '2025',
      headcount: 3,
      occupation: 'op',
      enterprise: 'e',
      regions: [],
    },
    filters: { region: null, minScore: null, minLevel: null },
    requirements: [],
    totalWeight: 2.6,
    considered: 2,
    excluded: { region: 0, minLevel: 0, minScore: 0 },
    total: 2,
    candidates: [
      {
        key: 'c1',
        name_zh: '甲',
        status: 'graduate',
        graduationYear: 2025,
        regions: [],
        score: (1 + 0.3) / 2.6,
        essentialsMet: false,
        matched: [competency('coating', 3, 3, 1, 1 / 2.6)],
        partial: [competency('safety', 4, 2, 0.6, 0.3 / 2.6)],
        missing: [competency('bms', 4, 0, 1, 0)],
      },
      {
        key: 'c2',
        name_zh: '乙',
        status: null,
        graduationYear: null,
        regions: [],
        score: 0,
        essentialsMet: false,
        matched: [],
        partial: [],
        missing: [
          competency('coating', 3, 0, 1, 0),
          competency('safety', 4, 0, 0.6, 0),
          competency('bms', 4, 0, 1, 0),
        ],
      },
    ],
    highlight: [],
  };
  return { direction: 'posting', result };
}

describe('matching address', () => {
  it('asks for a posting’s candidates unless only a candidate is named', () => {
    expect(matchDirection({})).toBe('posting');
    expect(matchDirection({ candidate: 'c' })).toBe('candidate');
    expect(matchDirection({ candidate: 'c', posting: 'p' })).toBe('posting');
  });

  it('turns the address into the API request, checking score, level, period and limit', () => {
    const search = matchingSearchSchema.parse({
      posting: 'p',
      minScore: '0.5',
      minLevel: '3',
      limit: '5',
      period: '2025',
    });
    expect(matchingParams(search)).toEqual({
      params: { direction: 'posting', posting: 'p', minScore: 0.5, minLevel: 3, limit: 5 },
    });
    expect(matchingParams({ posting: 'p', minScore: '2' })).toEqual({ problem: 'score' });
    expect(matchingParams({ candidate: 'c', period: '2025-H1', region: '350900' })).toEqual({
      params: { direction: 'candidate', candidate: 'c', region: '350900', period: '2025-H1' },
    });
    expect(matchingParams({ candidate: 'c', period: 'now' })).toEqual({ problem: 'period' });
    expect(matchingParams({})).toEqual({ problem: 'posting' });
    expect(matchingSearchSchema.parse({ minLevel: '9' }).minLevel).toBeUndefined();
  });

  it('opens on the latest posting and turns to the first candidate, forgetting the pick', () => {
    expect(matchingDefaultsApplied(options)({})).toEqual({ posting: 'posting-2025-002' });
    const search = { posting: 'posting-2024-001', minLevel: '3' as const, sel: 'Candidate:c1' };
    expect(matchingDefaultsApplied(options)(search)).toBe(search);
    expect(matchingQueryChanged({ direction: 'candidate' }, options)(search)).toEqual({
      candidate: 'cand-0001',
    });
    expect(matchingQueryChanged({ minScore: '0.4' }, options)(search)).toEqual({
      ...search,
      minScore: '0.4',
    });
  });
});

describe('matching answers', () => {
  it('splits a score into what is met fully, partly, and what is lacking', () => {
    const [first] = matchRows(sampleAnswer());
    const parts = scoreParts(first!);
    expect(parts.matched).toBeCloseTo(1 / 2.6);
    expect(parts.partial).toBeCloseTo(0.3 / 2.6);
    expect(parts.matched + parts.partial + parts.lacking).toBeCloseTo(1);
    expect(first!.id).toBe('Candidate:c1');
  });

  it('draws candidates → competencies → the posting; a candidate links only what it holds', () => {
    const graph = createAtlasGraph();
    const { layers, edges } = matchLayers(
      sampleAnswer(),
      () => '#0f0',
      () => '#00f',
    );
    fillLayeredGraph(graph, layers, edges);
    expect(graph.order).toBe(2 + 3 + 1);
    expect(graph.hasEdge('REQUIRES|Posting:p1|Competency:bms')).toBe(true);
    expect(graph.getEdgeAttribute('HAS_COMPETENCY|Candidate:c1|Competency:safety', 'weight')).toBe(
      0.5,
    );
    expect(graph.hasEdge('HAS_COMPETENCY|Candidate:c1|Competency:bms')).toBe(false);
    expect([...matchFocus(sampleAnswer(), 'Candidate:c1')].sort()).toEqual([
      'Candidate:c1',
      'Competency:bms',
      'Competency:coating',
      'Competency:safety',
      'Posting:p1',
    ]);
  });
});
