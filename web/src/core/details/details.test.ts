import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { indexSchema } from '../schema/index.ts';
import {
  expansionChoices,
  formatValue,
  groupRelationships,
  propertyRows,
  type RelationSummary,
} from './index.ts';

const schema = indexSchema(describeSchema());

describe('propertyRows', () => {
  it('lists properties in schema order with their names, provenance last, unknown ones kept', () => {
    const rows = propertyRows(
      {
        source: 'seed',
        dimension: 'skill',
        name_zh: '电芯测试',
        extra: 3,
        name_en: 'Cell testing',
      },
      schema.kinds.get('Competency')?.properties,
    );
    expect(rows.map((r) => r.name)).toEqual(['name_zh', 'name_en', 'dimension', 'extra', 'source']);
    expect(rows[2]?.names.zh).toBe('维度（知识/技能/素质）');
    expect(rows[3]?.names).toEqual({ zh: 'extra', en: 'extra' });
  });
});

describe('groupRelationships', () => {
  const rel = (
    rel: RelationSummary['rel'],
    direction: 'out' | 'in',
    name_zh: string,
  ): RelationSummary => ({
    rel,
    direction,
    other: { kind: 'Competency', key: name_zh, name_zh },
    props: {},
  });

  it('groups by type and direction in schema order, outgoing first', () => {
    const groups = groupRelationships(
      [
        rel('TEACHES', 'in', '乙'),
        rel('REQUIRES', 'out', '丙'),
        rel('TEACHES', 'in', '甲'),
        rel('PART_OF', 'in', '丁'),
        rel('PART_OF', 'out', '戊'),
      ],
      schema,
    );
    expect(groups.map((g) => `${g.rel}:${g.direction}`)).toEqual([
      'PART_OF:out',
      'PART_OF:in',
      'REQUIRES:out',
      'TEACHES:in',
    ]);
    expect(groups[3]?.relationships).toHaveLength(2);
  });
});

describe('formatValue', () => {
  const words = { yes: '是', no: '否', listSeparator: '、', locale: 'zh-CN' };
  it('formats lists, booleans and numbers', () => {
    expect(formatValue(['a', 'b'], words)).toBe('a、b');
    expect(formatValue(true, words)).toBe('是');
    expect(formatValue(12000, words)).toBe('12,000');
    expect(formatValue('text', words)).toBe('text');
  });

  it('names enumerated values and writes timestamps in the locale', () => {
    const named = { ...words, valueName: (v: string) => ({ midstream: '中游' })[v] ?? v };
    expect(formatValue('midstream', named, true)).toBe('中游');
    expect(formatValue('midstream', named)).toBe('midstream');
    expect(formatValue(['midstream', 'odd'], named, true)).toBe('中游、odd');
    const stamp = '2025-03-04T05:06:07Z';
    expect(formatValue(stamp, words)).toBe(
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(stamp),
      ),
    );
    expect(formatValue(stamp, { ...words, locale: 'en' })).toMatch(/2025/);
    expect(formatValue('2025-13', words)).toBe('2025-13');
  });
});

describe('expansionChoices', () => {
  it('counts the relationship types and the other ends’ kinds, in schema order', () => {
    const r = (rel: RelationSummary['rel'], kind: string, key: string): RelationSummary =>
      ({ rel, direction: 'out', other: { kind, key, name_zh: key }, props: {} }) as RelationSummary;
    expect(
      expansionChoices(
        [
          r('EMPLOYS', 'Occupation', 'o1'),
          r('OPERATES_IN', 'Enterprise', 'e1'),
          r('OPERATES_IN', 'Enterprise', 'e2'),
          r('PART_OF', 'Chain', 'c'),
          r('EMPLOYS', 'Occupation', 'o1'),
        ],
        schema,
      ),
    ).toEqual({
      rels: [
        { rel: 'PART_OF', count: 1 },
        { rel: 'OPERATES_IN', count: 2 },
        { rel: 'EMPLOYS', count: 2 },
      ],
      kinds: [
        { kind: 'Chain', count: 1 },
        { kind: 'Enterprise', count: 2 },
        { kind: 'Occupation', count: 1 },
      ],
    });
  });
});
