import { describe, expect, it } from 'vitest';
import { atom } from './atoms.ts';
import { hashString, seededRandom } from './random.ts';

describe('atom', () => {
  it('notifies subscribers with the new value and skips identical values', () => {
    const count = atom(1);
    const seen: number[] = [];
    const unsubscribe = count.subscribe((value) => seen.push(value));
    count.set(2);
    count.set((previous) => previous + 3);
    count.set(5);
    unsubscribe();
    count.set(9);
    expect(seen).toEqual([2, 5]);
    expect(count.get()).toBe(9);
  });
});

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed, within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });

  it('hashes strings to stable unsigned seeds', () => {
    expect(hashString('Chain:new-energy-vehicles')).toBe(hashString('Chain:new-energy-vehicles'));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('产业链')).toBeGreaterThanOrEqual(0);
  });
});
