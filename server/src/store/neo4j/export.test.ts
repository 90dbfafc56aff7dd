import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './export.ts';

describe('compareCodePoints', () => {
  it('orders as code points: characters above U+FFFF after U+E000–U+FFFF', () => {
    const keys = ['\u{1f600}', '\uff01', 'b', 'a', '中', 'ab', '\ue000'];
    expect([...keys].sort(compareCodePoints)).toEqual([
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
    expect([...plain].sort(compareCodePoints)).toEqual([...plain].sort());
    expect(compareCodePoints('x', 'x')).toBe(0);
  });

  it('agrees with comparing the UTF-8 bytes', () => {
    const sample = ['\u{10000}', '\uffff', '\ud7ff', 'é', '\u{1f600}a', '\u{1f600}', 'ｚ'];
    for (const a of sample)
      for (const b of sample)
        expect(Math.sign(compareCodePoints(a, b))).toBe(
          Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
  });
});
