import { describe, expect, it } from 'vitest';
import { fullTextQuery, fullTextStartsQuery, wordConditions } from './fulltext.ts';

describe('full-text conditions', () => {
  it.each([
    ['电池', ['"电池"']],
    ['动力电池产业链', ['"动力电池产业链"']],
    ['电', ['*电*']],
    ['engineer', ['*engineer*']],
    ['3841', ['*3841*']],
    ['cell-tech', ['*cell*', '*tech*']],
    ['bms工程师', ['*bms*', '"工程师"']],
    ['x1鼙', ['*x1*', '*鼙*']],
  ])('%s must match %j', (word, conditions) => {
    expect(wordConditions(word)).toEqual(conditions);
  });

  it.each(['the', 'he', 'thei', 'ith', 'ww', '', '+-"', 'é'])(
    'gives no condition for %j (a stop word could hide it, or nothing is indexed)',
    (word) => {
      expect(wordConditions(word)).toEqual([]);
    },
  );

  it('requires every condition of every word, once', () => {
    expect(fullTextQuery(['bms', '工程师', 'bms'])).toBe('+*bms* +"工程师"');
    expect(fullTextQuery(['the', 'a+b'])).toBeNull();
    expect(fullTextQuery(['the', 'cell'])).toBe('+*cell*');
  });

  it('narrows a word’s leading ASCII run to a word start for the best matches', () => {
    expect(fullTextStartsQuery(['bms-engineer', '电池'])).toBe('+bms* +*engineer* +"电池"');
    expect(fullTextStartsQuery(['-bms'])).toBe('+*bms*');
    expect(fullTextStartsQuery(['鼙x'])).toBe('+*鼙* +*x*');
  });
});
