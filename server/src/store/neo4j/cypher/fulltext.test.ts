import { describe, expect, it } from 'vitest';
import { fullTextQuery } from './fulltext.ts';

describe('fullTextQuery', () => {
  it.each([
    ['电池', '"电池"'],
    ['动力电池产业链', '"动力电池产业链"'],
    ['engineer', '*engineer*'],
    ['3841', '*3841*'],
    ['bms', '*bms*'],
  ])('uses the index for %s', (text, query) => {
    expect(fullTextQuery(text)).toBe(query);
  });

  it.each([
    '电',
    'cell-tech',
    'bms 工程师',
    'bms工程师',
    'the',
    'he',
    'thei',
    'ith',
    '',
    'a+b',
    'ab"c',
  ])('scans for %j', (text) => {
    expect(fullTextQuery(text)).toBeNull();
  });
});
