import { describe, expect, it } from 'vitest';
import { listDefinitions, listNames } from './lists.ts';
import { listColumnCountsZh, listOrderZh, listRowsFromZh } from './lists-zh.ts';

describe('the N lists in Chinese', () => {
  const codes = Object.values(listDefinitions).flatMap((list) => list.columns.map((c) => c.code));

  it('has Chinese for every column the declaration has, and for no column it lacks', () => {
    expect(codes.filter((code) => !listColumnCountsZh[code])).toEqual([]);
    const declared = new Set(codes);
    expect(Object.keys(listColumnCountsZh).filter((code) => !declared.has(code))).toEqual([]);
  });

  it('says where every list’s rows come from and their order', () => {
    for (const list of listNames) {
      expect(listRowsFromZh[list], list).toMatch(/\p{Script=Han}/u);
      expect(listOrderZh[list], list).toMatch(/\p{Script=Han}/u);
    }
  });
});
