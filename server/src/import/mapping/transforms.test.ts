import { describe, expect, it } from 'vitest';
import type { Transform } from './schema.ts';
import {
  applyTransform,
  parseBooleanText,
  parseDateText,
  parseNumberText,
  slugify,
  transformName,
  uriTail,
} from './transforms.ts';

const ok = (t: Transform, v: string | number | boolean) => {
  const r = applyTransform(t, v);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const fails = (t: Transform, v: string | number | boolean) => {
  const r = applyTransform(t, v);
  if (r.ok) throw new Error(`expected ${JSON.stringify(t)} to fail on ${JSON.stringify(v)}`);
  return r.message;
};

describe('text transforms', () => {
  it('trim, lowercase, uppercase', () => {
    expect(ok('trim', '  a b ')).toBe('a b');
    expect(ok('lowercase', 'ÄBC Def')).toBe('äbc def');
    expect(ok('uppercase', 'abc')).toBe('ABC');
    expect(ok('uppercase', 12)).toBe('12');
  });

  it('slug keeps ASCII letters, digits and non-ASCII letters, joined by single hyphens', () => {
    expect(slugify('Battery Cell / 电芯 (LFP)')).toBe('battery-cell-电芯-lfp');
    expect(slugify('  --Ａｂｃ＿１２３--  ')).toBe('abc-123');
    expect(ok('slug', 'Power_Battery  2025')).toBe('power-battery-2025');
  });

  it('uriTail takes the last path segment or the fragment', () => {
    expect(uriTail('http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab')).toBe(
      '0005c151-5b5a-4a66-8aac-60e734beb1ab',
    );
    expect(uriTail('http://example.org/occupation/2512/')).toBe('2512');
    expect(uriTail('http://example.org/a/b?lang=en')).toBe('b');
    expect(uriTail('http://example.org/onto#Skill')).toBe('Skill');
    expect(ok('uriTail', 'plain')).toBe('plain');
  });

  it('replace replaces every occurrence literally; prefix and suffix add text', () => {
    expect(ok({ replace: '.', with: '-' }, '2-01.01.00')).toBe('2-01-01-00');
    expect(ok({ replace: '(', with: '' }, 'a(b(c')).toBe('abc');
    expect(ok({ replace: '\\.[^.]+$', with: '', regex: true }, '2.A.1.a')).toBe('2.A.1');
    expect(ok({ replace: '^(\\d+)-(\\d+)$', with: '$2/$1', regex: true }, '12-34')).toBe('34/12');
    expect(ok({ prefix: 'onet-' }, '15-1252.00')).toBe('onet-15-1252.00');
    expect(ok({ suffix: '-2025' }, 'cohort')).toBe('cohort-2025');
  });
});

describe('number, integer, boolean, date', () => {
  it('number accepts decimals, signs, exponents and thousands separators', () => {
    expect(ok('number', '3.5')).toBe(3.5);
    expect(ok('number', '-0.25')).toBe(-0.25);
    expect(ok('number', '1,234,567.5')).toBe(1234567.5);
    expect(ok('number', '.5')).toBe(0.5);
    expect(ok('number', '2e3')).toBe(2000);
    expect(ok('number', 7)).toBe(7);
    expect(fails('number', 'abc')).toBe('"abc" is not a number');
    expect(fails('number', '1,23')).toContain('not a number');
    expect(fails('number', '12 元')).toContain('not a number');
    expect(fails('number', true)).toContain('not a number');
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText('-')).toBeNull();
  });

  it('integer rejects fractions', () => {
    expect(ok('integer', '42')).toBe(42);
    expect(ok('integer', '3.0')).toBe(3);
    expect(fails('integer', '3.5')).toBe('"3.5" is not an integer');
    expect(fails('integer', 'x')).toBe('"x" is not a number');
  });

  it('boolean knows true/false, yes/no, y/n, 1/0 and 是/否 in any case', () => {
    for (const t of ['true', 'TRUE', 'Yes', 'y', '1', '是']) expect(ok('boolean', t)).toBe(true);
    for (const f of ['false', 'No', 'N', '0', '否']) expect(ok('boolean', f)).toBe(false);
    expect(ok('boolean', 1)).toBe(true);
    expect(ok('boolean', false)).toBe(false);
    expect(fails('boolean', 'maybe')).toContain('not a yes/no value');
    expect(parseBooleanText(' 否 ')).toBe(false);
  });

  it('date reads ISO, slashes, US order and Chinese dates and checks the calendar', () => {
    expect(ok('date', '2025-07-01')).toBe('2025-07-01');
    expect(ok('date', '2025/7/1')).toBe('2025-07-01');
    expect(ok('date', '07/01/2025')).toBe('2025-07-01');
    expect(ok('date', '2025年7月1日')).toBe('2025-07-01');
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(parseDateText('2025-02-29')).toBeNull();
    expect(parseDateText('2025-13-01')).toBeNull();
    expect(fails('date', 'yesterday')).toContain('not a date');
  });
});

describe('lookup and scale', () => {
  const level = { lookup: { 初级: 1, 中级: 3, 高级: 5 } } satisfies Transform;

  it('lookup maps values and fails on a miss without otherwise', () => {
    expect(ok(level, '中级')).toBe(3);
    const message = fails(level, '专家');
    expect(message).toContain('"专家" is not in the lookup table');
    expect(message).toContain('"初级", "中级", "高级"');
  });

  it('lookup uses otherwise for a miss; otherwise: null means absent', () => {
    expect(ok({ ...level, otherwise: 0 }, '专家')).toBe(0);
    expect(ok({ ...level, otherwise: null }, '专家')).toBeNull();
    expect(ok({ lookup: { Y: true, N: false } }, 'N')).toBe(false);
  });

  it('scale maps a range linearly and rounds', () => {
    const onet = { scale: { from: [1, 5], to: [1, 5] } } as Transform;
    expect(ok(onet, '4.12')).toBe(4.12);
    const level = { scale: { from: [0, 7], to: [1, 5], round: 2 } } as Transform;
    expect(ok(level, '3.5')).toBe(3);
    expect(ok(level, '7')).toBe(5);
    expect(ok(level, 4.62)).toBe(3.64);
    expect(ok({ scale: { from: [0, 100], to: [0, 1] } } as Transform, '33')).toBe(0.33);
    expect(ok({ scale: { from: [1, 5], to: [5, 1], round: 0 } } as Transform, '2')).toBe(4);
    expect(fails(level, 'n/a')).toBe('"n/a" is not a number');
  });

  it('names transforms for messages', () => {
    expect(transformName('number')).toBe('number');
    expect(transformName(level)).toBe('lookup');
    expect(transformName({ prefix: 'x' })).toBe('prefix');
  });
});
