import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  choiceParam,
  flagParam,
  listParam,
  nodeIdItem,
  parseSearch,
  sameSearch,
  searchKey,
  stringifySearch,
  textParam,
} from './search.ts';
import { tabAfterKey, viewOfPath, viewOrder, views, viewVisited } from './views.ts';

describe('address serialiser', () => {
  it('writes plain, readable values: codes stay text, lists repeat, defaults are left out', () => {
    const search = {
      node: 'Chain:nev-power-battery-chain',
      expand: ['Segment:电芯制造', 'Segment:a b'],
      region: '350900',
      period: '',
      sel: undefined,
      hide: [],
    };
    const text = stringifySearch(search);
    expect(text).toBe(
      '?node=Chain:nev-power-battery-chain&expand=Segment:%E7%94%B5%E8%8A%AF%E5%88%B6%E9%80%A0&expand=Segment:a%20b&region=350900',
    );
    expect(parseSearch(text)).toEqual({
      node: 'Chain:nev-power-battery-chain',
      expand: ['Segment:电芯制造', 'Segment:a b'],
      region: '350900',
    });
    expect(stringifySearch({})).toBe('');
    expect(stringifySearch({ n: 3, on: true, off: false, gone: null })).toBe(
      '?n=3&on=true&off=false',
    );
  });

  it('reads what browsers and people write: `+` for spaces, escaped or bare colons, no `?`', () => {
    expect(parseSearch('q=a+b&node=Chain%3Anev&x=1&x=2&x=3')).toEqual({
      q: 'a b',
      node: 'Chain:nev',
      x: ['1', '2', '3'],
    });
    expect(parseSearch('')).toEqual({});
    // Characters that mean something in a query are escaped in values.
    const tricky = { key: 'a&b=c?d#e+f%g' };
    expect(parseSearch(stringifySearch(tricky))).toEqual(tricky);
  });

  it('compares searches by what they hold, not by key order', () => {
    expect(searchKey({ b: '2', a: '1' })).toBe(searchKey({ a: '1', b: '2', c: undefined }));
    expect(sameSearch({ a: ['1', '2'] }, { a: ['2', '1'] })).toBe(false);
  });

  it('parses parameters leniently: anything malformed reads as absent', () => {
    const schema = z.object({
      text: textParam,
      choice: choiceParam(['one', 'two']),
      flag: flagParam,
      list: listParam(nodeIdItem),
    });
    expect(
      schema.parse({ text: '', choice: 'three', flag: 'maybe', list: ['x', 'Chain:a'] }),
    ).toEqual({ list: ['Chain:a'] });
    expect(schema.parse({ text: 'a', choice: 'two', flag: 'false', list: 'Chain:a' })).toEqual({
      text: 'a',
      choice: 'two',
      flag: false,
      list: ['Chain:a'],
    });
    expect(schema.parse({ text: ['a', 'b'], list: ['bad'] })).toEqual({});
  });
});

describe('view registry', () => {
  it('lists views by group and finds a view by path', () => {
    expect(viewOrder).toEqual([
      'explorer',
      'overview',
      'weak-links',
      'talent-map',
      'trends',
      'lists',
      'skill-gap',
      'alignment',
      'program-adjustment',
      'matching',
      'related',
      'experts',
      'import',
    ]);
    expect(viewOfPath('/')).toBe('explorer');
    expect(viewOfPath('/skill-gap/')).toBe('skill-gap');
    expect(viewOfPath('/nowhere')).toBeNull();
    const paths = viewOrder.map((id) => views[id].path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('remembers where each view was left, changing nothing for the same search', () => {
    const once = viewVisited('skill-gap', { chain: 'a', region: '1' })(new Map());
    expect(once.get('skill-gap')).toEqual({ chain: 'a', region: '1' });
    expect(viewVisited('skill-gap', { region: '1', chain: 'a' })(once)).toBe(once);
    expect(viewVisited('skill-gap', { chain: 'b' })(once).get('skill-gap')).toEqual({ chain: 'b' });
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping around', () => {
    expect(tabAfterKey('ArrowRight', 0, 4)).toBe(1);
    expect(tabAfterKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 4)).toBe(3);
    expect(tabAfterKey('Home', 2, 4)).toBe(0);
    expect(tabAfterKey('End', 0, 4)).toBe(3);
    expect(tabAfterKey('Enter', 0, 4)).toBeNull();
    expect(tabAfterKey('ArrowRight', 0, 0)).toBeNull();
  });
});
