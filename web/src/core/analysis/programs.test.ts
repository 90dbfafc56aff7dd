import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import type { Alignment, ProgramAdjustment, ProgramAdjustmentRow } from './answers.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  adjustmentFocus,
  adjustmentLayers,
  adjustmentParams,
  adjustmentQueryChanged,
  adjustmentSearchSchema,
  alignmentFocus,
  alignmentLayers,
  alignmentParams,
  alignmentQueryChanged,
  institutionDefaultApplied,
  pickedProgram,
  recommendationColours,
} from './programs.ts';

const gap = (key: string, value: number) => ({
  key,
  name_zh: key,
  dimension: 'skill',
  share: value * 2,
  requiredLevel: 4,
  taughtLevel: 2,
  supply: 0.5,
  gap: value,
});

function sampleAlignment(): Alignment {
  return {
    institution: { key: 'college', name_zh: '学院' },
    chain: null,
    region: null,
    demandMode: 'structural',
    period: null,
    programs: [
      {
        key: 'storage',
        name_zh: '储能',
        rank: 1,
        programGroups: ['g'],
        best: { chain: 'battery', coverage: 0.5 },
        chains: [
          {
            chain: 'battery',
            coverage: 0.5,
            totalDemand: 10,
            topGaps: [gap('safety', 0.05), gap('welding', 0.02)],
          },
        ],
      },
      {
        key: 'auto',
        name_zh: '汽修',
        rank: null,
        programGroups: [],
        best: null,
        reason: 'serves no chain',
        chains: [],
      },
    ],
    chains: [
      { key: 'battery', name_zh: '电池链', programs: [{ rank: 1, key: 'storage', coverage: 0.5 }] },
    ],
    highlight: [],
  };
}

describe('alignment', () => {
  it('needs an institution; region and period count only for postings demand', () => {
    expect(alignmentParams({})).toEqual({ problem: 'institution' });
    expect(alignmentParams({ institution: 'c', region: '350900', period: '2025' })).toEqual({
      params: { institution: 'c', demand: 'structural' },
    });
    expect(
      alignmentParams({ institution: 'c', demand: 'postings', region: '350900', period: '2025' }),
    ).toEqual({
      params: { institution: 'c', demand: 'postings', region: '350900', period: '2025' },
    });
    expect(alignmentParams({ institution: 'c', demand: 'postings', period: '25' })).toEqual({
      problem: 'period',
    });
  });

  it('opens on the first institution listed, and forgets the pick for another institution', () => {
    const fill = institutionDefaultApplied({
      chain: '',
      region: '',
      supplier: { kind: 'Institution', key: 'u' },
    });
    expect(fill({})).toEqual({ institution: 'u' });
    const filled = { institution: 'c' };
    expect(fill(filled)).toBe(filled);
    expect(
      institutionDefaultApplied({ chain: '', region: '', supplier: { kind: 'Program', key: 'p' } })(
        {},
      ),
    ).toEqual({});
    const search = { institution: 'c', sel: 'Program:storage' };
    expect(alignmentQueryChanged({ demand: 'postings' })(search)).toEqual({
      ...search,
      demand: 'postings',
    });
    expect(alignmentQueryChanged({ institution: 'u' })(search)).toEqual({ institution: 'u' });
  });

  it('draws programs → chains → largest gaps and brings a program’s chains and gaps forward', () => {
    const answer = sampleAlignment();
    const graph = createAtlasGraph();
    const { layers, edges } = alignmentLayers(answer);
    fillLayeredGraph(graph, layers, edges);
    expect(graph.order).toBe(2 + 1 + 2);
    expect(graph.hasEdge('SERVES|Program:storage|Chain:battery')).toBe(true);
    expect(
      graph.getEdgeAttribute('REQUIRES|Chain:battery|Competency:welding', 'weight'),
    ).toBeCloseTo(0.4);
    expect([...alignmentFocus(answer, 'Program:storage')].sort()).toEqual([
      'Chain:battery',
      'Competency:safety',
      'Competency:welding',
      'Program:storage',
    ]);
    expect([...alignmentFocus(answer, 'Program:auto')]).toEqual(['Program:auto']);
  });
});

function row(
  key: string,
  recommendation: ProgramAdjustmentRow['recommendation'],
): ProgramAdjustmentRow {
  const metrics = {
    supply: 100,
    demandNow: 22,
    demandBefore: 46,
    trend: -0.52,
    employmentRate: 0.86,
    relevanceRate: 0.33,
    retentionRate: 0.45,
    coverage: 0.12,
    targetCoverage: 0.8,
    structuralDemand: 7,
    graduatesPerPosting: 100 / 22,
  };
  return {
    key,
    name_zh: key,
    level: null,
    programGroups: [],
    recommendation,
    rule: { id: 'r', recommendation, condition: '', values: {}, explanation: '' },
    notFired: [],
    metrics,
    cohort: null,
    demand: [
      {
        occupation: 'mechanic',
        name_zh: '汽修工',
        now: 14,
        before: 30,
        structural: 4,
        postingsNow: [],
        postingsBefore: [],
      },
    ],
    chains: [],
    suggestedMicroCredentials: [
      { ...gap('safety', 0.05), chain: 'battery', requiredBy: ['mechanic'], existing: [] },
    ],
    warnings: [],
  };
}

describe('program adjustment', () => {
  it('checks both periods and keeps the region and chain under their API names', () => {
    const search = adjustmentSearchSchema.parse({
      institution: 'c',
      period: '2025',
      previousPeriod: '2024',
      chain: 'b',
    });
    expect(adjustmentParams(search)).toEqual({
      params: { institution: 'c', period: '2025', previousPeriod: '2024', chain: 'b' },
    });
    expect(adjustmentParams({ institution: 'c', previousPeriod: 'last year' })).toEqual({
      problem: 'period',
    });
    expect(
      adjustmentQueryChanged({ period: '' })({
        institution: 'c',
        period: '2025',
        sel: 'Program:a',
      }),
    ).toEqual({
      institution: 'c',
      sel: 'Program:a',
    });
  });

  it('shows the picked program, else the first listed', () => {
    const answer = {
      programs: [row('auto', 'shrink'), row('storage', 'expand')],
    } as ProgramAdjustment;
    expect(pickedProgram(answer, 'Program:storage')?.key).toBe('storage');
    expect(pickedProgram(answer, undefined)?.key).toBe('auto');
    expect(pickedProgram(answer, 'Program:gone')?.key).toBe('auto');
  });

  it('colours programs by recommendation and links them to target occupations and suggestions', () => {
    const answer = { programs: [row('auto', 'shrink')] } as ProgramAdjustment;
    const graph = createAtlasGraph();
    const { layers, edges } = adjustmentLayers(answer);
    fillLayeredGraph(graph, layers, edges);
    expect(graph.getNodeAttribute('Program:auto', 'colour')).toBe(recommendationColours.shrink);
    expect(graph.hasEdge('PREPARES_FOR|Program:auto|Occupation:mechanic')).toBe(true);
    expect(graph.hasEdge('REQUIRES|Occupation:mechanic|Competency:safety')).toBe(true);
    expect([...adjustmentFocus(answer, 'Program:auto')].sort()).toEqual([
      'Competency:safety',
      'Occupation:mechanic',
      'Program:auto',
    ]);
  });
});
