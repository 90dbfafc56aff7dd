import type { SegmentClassRule, Trends } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  classifiedSegments,
  enterpriseTierSeries,
  lastOf,
  ruleCondition,
  segmentYearRows,
  trendsDefaultsApplied,
  trendsFocus,
  trendsParams,
  trendsQueryChanged,
} from './trends.ts';

const defaults = { chain: 'battery', region: '350900', supplier: null };

const year = (y: number, count: number, tiers = [0, 0, 0], growth: number | null = null) => ({
  year: y,
  count,
  new: 0,
  tiers: { innovative: tiers[0]!, specialised: tiers[1]!, 'little-giant': tiers[2]! },
  growth,
});

const metrics = {
  enterprises: 4,
  enterpriseShare: 0.5,
  employeeShare: 0.2,
  lq: 1.25,
  growth: 0,
  recentShare: 0,
  tieredShare: 0.5,
  demandGrowth: null,
};

function sample(): Pick<Trends, 'enterprises' | 'segments'> {
  return {
    enterprises: {
      total: [year(2024, 5, [1, 1, 0]), year(2025, 8, [2, 1, 1], 0.6)],
      bySegment: [
        {
          key: 'cathode',
          name_zh: '正极',
          position: 'upstream',
          order: 2,
          series: [year(2024, 3), year(2025, 4, [0, 0, 0], 1 / 3)],
        },
      ],
      undated: 1,
    },
    segments: [
      {
        key: 'cells',
        name_zh: '电芯',
        position: 'midstream',
        order: 3,
        class: 'pillar',
        rule: 'p',
        explanation: '',
        metrics,
      },
      {
        key: 'cathode',
        name_zh: '正极',
        position: 'upstream',
        order: 2,
        class: 'other',
        rule: 'default',
        explanation: '',
        metrics,
      },
    ],
  };
}

describe('the trends view address', () => {
  it('asks with a chain and a region, says which is missing otherwise', () => {
    expect(trendsParams({ chain: 'battery' })).toEqual({ problem: 'region' });
    expect(trendsParams({ region: '350900' })).toEqual({ problem: 'chain' });
    expect(trendsParams({ chain: 'battery', region: '350900', sel: 'Segment:x' })).toEqual({
      params: { chain: 'battery', region: '350900' },
    });
  });

  it('fills defaults once; a new chain forgets the pick', () => {
    expect(trendsDefaultsApplied(defaults)({})).toEqual({ chain: 'battery', region: '350900' });
    const full = { chain: 'a', region: 'b' };
    expect(trendsDefaultsApplied(defaults)(full)).toBe(full);
    expect(trendsQueryChanged({ chain: 'c' })({ ...full, sel: 'Segment:x' })).toEqual({
      chain: 'c',
      region: 'b',
    });
    expect(trendsQueryChanged({ chain: 'a' })(full)).toBe(full);
  });
});

describe('shaping the trends answer', () => {
  it('splits each year into tiers and those without one', () => {
    const { years, tiers } = enterpriseTierSeries(sample().enterprises.total);
    expect(years).toEqual([2024, 2025]);
    expect(tiers.innovative).toEqual([1, 2]);
    expect(tiers['little-giant']).toEqual([0, 1]);
    expect(tiers.none).toEqual([3, 4]);
  });

  it('gives one row per segment with its count per year and its last growth', () => {
    const { years, rows } = segmentYearRows(sample() as Trends);
    expect(years).toEqual([2024, 2025]);
    expect(rows[0]!.byYear.get(2025)).toBe(4);
    expect(rows[0]!.growth).toBeCloseTo(1 / 3);
    expect(lastOf([])).toBeNull();
  });

  it('orders classified segments along the chain and focuses only a segment it holds', () => {
    const answer = sample() as Trends;
    expect(classifiedSegments(answer).map((s) => s.key)).toEqual(['cathode', 'cells']);
    expect(trendsFocus(answer, 'Segment:cells')).toEqual(new Set(['Segment:cells']));
    expect(trendsFocus(answer, 'Segment:elsewhere').size).toBe(0);
  });

  it('writes a rule as conditions joined by "and", with signs and formatted thresholds', () => {
    const rule: SegmentClassRule = {
      id: 'pillar-large',
      class: 'pillar',
      when: [
        { field: 'employeeShare', op: '>=', value: 0.15 },
        { field: 'lq', op: '>=', value: 1 },
      ],
    };
    const text = ruleCondition(
      rule,
      (f) => f.toUpperCase(),
      (f, v) => (f === 'lq' ? v.toFixed(2) : `${v * 100}%`),
      { and: 'and', always: 'always' },
    );
    expect(text).toBe('EMPLOYEESHARE ≥ 15% and LQ ≥ 1.00');
    expect(
      ruleCondition({ ...rule, when: [] }, String, String, { and: '', always: 'always' }),
    ).toBe('always');
  });
});
