import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import type { TalentMap } from './answers.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  heatMapCut,
  heatMatrix,
  heatRows,
  talentMapDefaultsApplied,
  talentMapFocus,
  talentMapLayers,
  talentMapParams,
  talentMapQueryChanged,
  talentMapSearchSchema,
  talentMapViewChanged,
} from './talentMap.ts';

/** Two segments employ two occupations; three competencies, hand-computed demand. */
function sampleTalentMap(): TalentMap {
  // d: operator 10 (cells 6 + modules 4), engineer 5 (cells). w: operator→coating 1, →safety 0.5;
  // engineer→safety 1, →analysis 0.8. D: coating 10, safety 5 + 5 = 10, analysis 4; ΣD = 24.
  return {
    chain: { key: 'battery', name_zh: '电池链' },
    region: '350900',
    demandMode: 'structural',
    period: null,
    totalDemand: 24,
    segments: [
      {
        key: 'cells',
        name_zh: '电芯',
        position: 'midstream',
        order: 1,
        occupations: [
          { key: 'engineer', demand: 5 },
          { key: 'operator', demand: 6 },
        ],
      },
      {
        key: 'modules',
        name_zh: '模组',
        position: 'midstream',
        order: 2,
        occupations: [{ key: 'operator', demand: 4 }],
      },
    ],
    occupations: [
      {
        key: 'operator',
        name_zh: '操作工',
        demand: 10,
        segments: ['cells', 'modules'],
        postings: [],
      },
      { key: 'engineer', name_zh: '工程师', demand: 5, segments: ['cells'], postings: [] },
    ],
    competencies: [
      {
        key: 'coating',
        name_zh: '涂布',
        dimension: 'skill',
        demand: 10,
        share: 10 / 24,
        requiredLevel: 3,
        occupations: [{ key: 'operator', weight: 1, level: 3, contribution: 10 }],
      },
      {
        key: 'safety',
        name_zh: '安全意识',
        dimension: 'quality',
        demand: 10,
        share: 10 / 24,
        requiredLevel: 4,
        occupations: [
          { key: 'engineer', weight: 1, level: 4, contribution: 5 },
          { key: 'operator', weight: 0.5, level: 3, contribution: 5 },
        ],
      },
      {
        key: 'analysis',
        name_zh: '失效分析',
        dimension: 'knowledge',
        demand: 4,
        share: 4 / 24,
        requiredLevel: 4,
        occupations: [{ key: 'engineer', weight: 0.8, level: 4, contribution: 4 }],
      },
    ],
    dimensions: {
      skill: { demand: 10, share: 10 / 24, competencies: 1 },
      quality: { demand: 10, share: 10 / 24, competencies: 1 },
      knowledge: { demand: 4, share: 4 / 24, competencies: 1 },
    },
  };
}

describe('talent map address', () => {
  it('asks with the API parameters and checks the period only under postings demand', () => {
    const search = talentMapSearchSchema.parse({
      chain: 'battery',
      region: '350900',
      period: 'x',
      by: 'bad',
    });
    expect(search.by).toBeUndefined();
    expect(talentMapParams(search)).toEqual({
      params: { chain: 'battery', region: '350900', demand: 'structural' },
    });
    expect(talentMapParams({ ...search, demand: 'postings' })).toEqual({ problem: 'period' });
    expect(talentMapParams({ ...search, demand: 'postings', period: '2025' })).toEqual({
      params: { chain: 'battery', region: '350900', demand: 'postings', period: '2025' },
    });
    expect(talentMapParams({})).toEqual({ problem: 'chain' });
  });

  it('fills a bare address with the defaults and leaves a filled one as it is', () => {
    const fill = talentMapDefaultsApplied({ chain: 'battery', region: '350900', supplier: null });
    expect(fill({})).toEqual({ chain: 'battery', region: '350900' });
    const filled = { chain: 'other' };
    expect(fill(filled)).toBe(filled);
  });

  it('forgets the pick on a new question but keeps the heat map cut', () => {
    const next = talentMapQueryChanged({ demand: 'postings', period: '2025' })({
      chain: 'battery',
      by: 'occupation',
      sel: 'Competency:coating',
    });
    expect(next).toEqual({
      chain: 'battery',
      demand: 'postings',
      period: '2025',
      by: 'occupation',
    });
    expect(
      talentMapViewChanged({ by: 'segment', dim: 'skill' })({ chain: 'b', by: 'occupation' }),
    ).toEqual({
      chain: 'b',
      dim: 'skill',
    });
    expect(heatMapCut({ demand: 'postings' })).toBe('occupation');
    expect(heatMapCut({})).toBe('segment');
  });
});

describe('talent map heat map', () => {
  it('cuts demand by occupation: d_o·w_oc / ΣD', () => {
    const answer = sampleTalentMap();
    const matrix = heatMatrix(answer, answer.competencies, 'occupation');
    expect(matrix.columns.map((c) => c.key)).toEqual(['operator', 'engineer']);
    expect(matrix.cells).toContainEqual([0, 0, 10 / 24]);
    expect(matrix.cells).toContainEqual([1, 1, 5 / 24]);
    expect(matrix.cells).toContainEqual([0, 1, 5 / 24]);
    expect(matrix.max).toBeCloseTo(10 / 24);
  });

  it('cuts demand by segment with each segment’s own EMPLOYS demand: Σ d_so·w_oc / ΣD', () => {
    const answer = sampleTalentMap();
    const matrix = heatMatrix(answer, answer.competencies, 'segment');
    // safety in cells: engineer 5·1 + operator 6·0.5 = 8; in modules: operator 4·0.5 = 2.
    expect(matrix.cells).toContainEqual([0, 1, 8 / 24]);
    expect(matrix.cells).toContainEqual([1, 1, 2 / 24]);
    // Every cell of a competency adds up to its share.
    const safety = matrix.cells.filter(([, row]) => row === 1).reduce((a, [, , v]) => a + v, 0);
    expect(safety).toBeCloseTo(10 / 24);
  });

  it('shows the largest competencies of each dimension, grouped knowledge, skill, quality', () => {
    const rows = heatRows(sampleTalentMap(), undefined, 1).map((c) => c.key);
    expect(rows).toEqual(['analysis', 'coating', 'safety']);
    expect(heatRows(sampleTalentMap(), 'skill', 5).map((c) => c.key)).toEqual(['coating']);
  });
});

describe('talent map graph', () => {
  it('draws segments → occupations → competencies in columns, most demand on top', () => {
    const graph = createAtlasGraph();
    const { layers, edges } = talentMapLayers(sampleTalentMap(), () => '#000');
    fillLayeredGraph(graph, layers, edges);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(3 + 4);
    const x = (id: string) => graph.getNodeAttribute(id, 'x');
    expect(x('Segment:cells')).toBeLessThan(x('Occupation:operator'));
    expect(x('Occupation:operator')).toBeLessThan(x('Competency:coating'));
    expect(graph.getNodeAttribute('Occupation:operator', 'y')).toBeGreaterThan(
      graph.getNodeAttribute('Occupation:engineer', 'y'),
    );
  });

  it('brings a competency forward with its occupations and their segments', () => {
    const answer = sampleTalentMap();
    expect([...talentMapFocus(answer, 'Competency:analysis')].sort()).toEqual([
      'Competency:analysis',
      'Occupation:engineer',
      'Segment:cells',
    ]);
    expect([...talentMapFocus(answer, 'Occupation:engineer')].sort()).toEqual([
      'Competency:analysis',
      'Competency:safety',
      'Occupation:engineer',
      'Segment:cells',
    ]);
    expect(talentMapFocus(answer, 'Competency:unknown').size).toBe(0);
  });
});
