import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { indexSchema } from '../schema/index.ts';
import { formatValue, groupRelationships, propertyRows, type RelationSummary } from './index.ts';

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
    expect(rows[2]?.names.zh).toBe('维度（知识/能力/素质）');
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
});
