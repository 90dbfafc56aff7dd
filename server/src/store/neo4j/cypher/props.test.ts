import { describe, expect, it } from 'vitest';
import { nodePropNames, packed, relPropNames, unpackProps } from './props.ts';

describe('packed properties', () => {
  it('lists a kind’s declared properties in schema order, without the key', () => {
    const names = nodePropNames('Enterprise');
    expect(names.slice(0, 3)).toEqual(['name_zh', 'name_en', 'aliases']);
    expect(names).toContain('scale');
    expect(names).not.toContain('key');
    expect(relPropNames('REQUIRES')).toContain('importance');
  });

  it('asks for declared values by name and for any other property as a pair', () => {
    expect(packed('n', '$names')).toBe(
      "[[k IN $names | n[k]], [k IN keys(n) WHERE k <> 'key' AND NOT k IN $names | [k, n[k]]]]",
    );
  });

  it('unpacks values by position, leaves absent ones out and keeps undeclared ones', () => {
    const names = ['name_zh', 'name_en', 'founded'];
    expect(unpackProps(names, [['企业', null, 2020], [['legacy', 'x']]])).toEqual({
      name_zh: '企业',
      founded: 2020,
      legacy: 'x',
    });
  });
});
