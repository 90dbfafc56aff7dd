import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import type { RegionOverview } from './answers.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  graduatesGrid,
  headlineCounts,
  ordered,
  overviewDefaultsApplied,
  overviewFocus,
  overviewLayers,
  overviewParams,
  overviewRegionChanged,
  pickedChain,
  tierOrder,
} from './overview.ts';

function sample(): RegionOverview {
  const segment = (key: string, local: number, all: number, order: number) => ({
    key,
    name_zh: key,
    position: 'upstream',
    order,
    localEnterprises: local,
    enterprises: all,
    byTier: (local > 0 ? { innovative: local } : {}) as Record<string, number>,
  });
  return {
    region: { key: '350900', name_zh: '宁德市', level: 'city' },
    regions: 3,
    counts: { local: { Posting: 9, Enterprise: 4, Zeta: 1, Park: 0 }, global: null },
    chains: [
      {
        key: 'battery',
        name_zh: '电池链',
        localEnterprises: 4,
        enterprises: 7,
        localClusters: [],
        servedBy: [],
        segments: [segment('cathode', 4, 5, 1), segment('separator', 0, 2, 2)],
      },
    ],
    enterprises: { total: 4, byTier: { none: 1, 'little-giant': 3 }, byScale: {} },
    postings: { total: { postings: 9, headcount: 30 }, byPeriod: [] },
    graduates: {
      byProgram: [
        {
          program: 'p',
          name_zh: '专业',
          institution: 'c',
          cohorts: [
            {
              key: 'p-2025',
              year: 2025,
              graduates: 40,
              employed: null,
              employedInTarget: null,
              stayedInRegion: null,
            },
            {
              key: 'p-2024',
              year: 2024,
              graduates: 35,
              employed: null,
              employedInTarget: null,
              stayedInRegion: null,
            },
          ],
        },
      ],
      byYear: [],
    },
  };
}

describe('region overview', () => {
  it('asks for the region, the chain’s region by default; a new region forgets the pick', () => {
    expect(overviewParams({})).toEqual({ problem: 'region' });
    expect(overviewParams({ region: '350900' })).toEqual({ params: { region: '350900' } });
    expect(overviewDefaultsApplied({ chain: 'b', region: '350900', supplier: null })({})).toEqual({
      region: '350900',
    });
    expect(overviewRegionChanged('350000')({ region: '350900', sel: 'Chain:b' })).toEqual({
      region: '350000',
    });
  });

  it('counts the headline kinds first, leaves out empty ones, then the rest by name', () => {
    expect(headlineCounts(sample())).toEqual([
      { kind: 'Enterprise', count: 4 },
      { kind: 'Posting', count: 9 },
      { kind: 'Zeta', count: 1 },
    ]);
    expect(ordered({ none: 1, 'little-giant': 3, other: 2 }, tierOrder)).toEqual([
      ['little-giant', 3],
      ['none', 1],
      ['other', 2],
    ]);
  });

  it('lays graduates out by program and year, and picks the first chain unless one is named', () => {
    const grid = graduatesGrid(sample());
    expect(grid.years).toEqual([2024, 2025]);
    expect(grid.rows[0]?.byYear.get(2025)).toBe(40);
    expect(pickedChain(sample(), undefined)?.key).toBe('battery');
  });

  it('draws chains → segments, a segment without local enterprises in the missing colour', () => {
    const graph = createAtlasGraph();
    const { layers, edges } = overviewLayers(sample(), { missing: 'red', present: 'grey' });
    fillLayeredGraph(graph, layers, edges);
    expect(graph.getNodeAttribute('Segment:separator', 'colour')).toBe('red');
    expect(graph.getNodeAttribute('Segment:cathode', 'weight')).toBe(1);
    expect([...overviewFocus(sample(), 'Chain:battery')].sort()).toEqual([
      'Chain:battery',
      'Segment:cathode',
      'Segment:separator',
    ]);
  });
});
