import { describe, expect, it } from 'vitest';
import { compareStrings } from './order.ts';

describe('compareStrings', () => {
  it('orders as code points: characters above U+FFFF after U+E000–U+FFFF', () => {
    const keys = ['\u{1f600}', '\uff01', 'b', 'a', '中', 'ab', '\ue000'];
    expect([...keys].sort(compareStrings)).toEqual([
      'a',
      'ab',
      'b',
      '中',
      '\ue000',
      '\uff01',
      '\u{1f600}',
    ]);
    // The same as JavaScript's code-unit order wherever no such pair meets.
    const plain = ['z', 'a1', 'a', 'A', '产教', '图谱', 'a-b'];
    expect([...plain].sort(compareStrings)).toEqual([...plain].sort());
    expect(compareStrings('x', 'x')).toBe(0);
    expect(compareStrings('ab', 'a')).toBe(1);
    expect(compareStrings('a', 'ab')).toBe(-1);
  });

  it('agrees with comparing the UTF-8 bytes', () => {
    const sample = ['\u{10000}', '\uffff', '\ud7ff', 'é', '\u{1f600}a', '\u{1f600}', 'ｚ'];
    for (const a of sample)
      for (const b of sample)
        expect(Math.sign(compareStrings(a, b))).toBe(
          Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
  });
});
