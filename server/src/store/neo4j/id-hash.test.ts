import { describe, expect, it } from 'vitest';
import { hash53, HashSet53 } from './id-hash.ts';

describe('HashSet53', () => {
  it('remembers what was added and tells repeats apart, across growth', () => {
    const set = new HashSet53(4);
    let added = 0;
    for (let i = 0; i < 50_000; i++) if (set.add(hash53(`Enterprise:syn-ent-${i}`))) added++;
    expect(added).toBe(50_000);
    expect(set.size).toBe(50_000);
    expect(set.add(hash53('Enterprise:syn-ent-123'))).toBe(false);
    expect(set.has(hash53('Enterprise:syn-ent-49999'))).toBe(true);
    expect(set.has(hash53('Enterprise:syn-ent-50000'))).toBe(false);
  });

  it('hashes to 53-bit integers that differ for near-identical ids', () => {
    const seen = new Set<number>();
    let valid = 0;
    for (let i = 0; i < 100_000; i++) {
      const h = hash53(`Competency:c${i}`);
      if (Number.isSafeInteger(h) && h >= 0) valid++;
      seen.add(h);
    }
    expect(valid).toBe(100_000);
    expect(seen.size).toBe(100_000);
    expect(hash53('电池')).not.toBe(hash53('池电'));
  });
});
