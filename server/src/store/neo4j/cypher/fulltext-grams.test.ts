import { describe, expect, it } from 'vitest';
import { gramConditions, gramsQuery, gramsStartsQuery } from './fulltext-grams.ts';

describe('full-text conditions over 1–3-character grams', () => {
  it.each([
    ['电', ['电']],
    ['电池', ['电池']],
    ['动力电池', ['动力电', '力电池']],
    ['动力电池系统', ['动力电', '池系统']],
    ['002524', ['002', '524']],
    ['0025241', ['002', '524', '241']],
    ['the', ['the']],
    ['cell-tech', ['cel', 'ell', 'tec', 'ech']],
    ['enterprise', ['ent', 'erp', 'ris', 'ise']],
    ['bms工程师', ['bms', '工程师']],
    ['café', ['caf', 'afé']],
  ])('%s needs %j', (word, terms) => {
    expect(gramConditions(word)).toEqual(terms);
  });

  it.each(['', '+-"', '·', '*?'])('gives no term for %j (nothing of it is indexed)', (word) => {
    expect(gramConditions(word)).toEqual([]);
  });

  it('requires every term of every word, once, and scans when there is none', () => {
    expect(gramsQuery(['bms', '电池', 'bms'])).toBe('+bms +电池');
    expect(gramsQuery(['-', '+'])).toBeNull();
    expect(gramsQuery(['a'])).toBe('+a');
  });

  it('caps a very long query at 64 terms', () => {
    const word = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    // 200 characters: 67 trigrams, of which the first 64 are kept.
    expect(gramsQuery([word])!.split(' ')).toHaveLength(64);
  });

  it('narrows each word that starts with a letter or digit to fields it starts', () => {
    expect(gramsStartsQuery(['bms-engineer', '电池'])).toBe(
      '+_bms +_电池 +bms +eng +ine +eer +电池',
    );
    expect(gramsStartsQuery(['-bms'])).toBe('+bms');
    expect(gramsStartsQuery(['x'])).toBe('+_x +x');
  });
});
