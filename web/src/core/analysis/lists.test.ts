import { listDefinitions } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { cellText, exportGrid } from '../table/index.ts';
import {
  columnCounts,
  listColumns,
  listRowKey,
  listsDefaultsApplied,
  listsParams,
  listsQueryChanged,
  listsSearchSchema,
  shownLists,
  type ListRow,
} from './lists.ts';

const defaults = { chain: 'battery', region: '350900', supplier: null };
const yesNo = { yes: '是', no: '否' };
const names = {
  'Segment:cathode': { name_zh: '正极材料', name_en: 'Cathode materials' },
  'Region:350902': { name_zh: '蕉城区' },
};

describe('the lists view address', () => {
  it('reads chain, region and a known list; drops an unknown list', () => {
    expect(
      listsSearchSchema.parse({ chain: 'battery', region: '350900', list: 'skill-gaps' }),
    ).toEqual({ chain: 'battery', region: '350900', list: 'skill-gaps' });
    expect(listsSearchSchema.parse({ chain: 'battery', list: 'nonsense' }).list).toBeUndefined();
  });

  it('asks only with both a chain and a region', () => {
    expect(listsParams({ region: '350900' })).toEqual({ problem: 'chain' });
    expect(listsParams({ chain: 'battery' })).toEqual({ problem: 'region' });
    expect(listsParams({ chain: 'battery', region: '350900', list: 'demand' })).toEqual({
      params: { chain: 'battery', region: '350900' },
    });
  });

  it('fills a bare address with the defaults, and leaves a full one as it is', () => {
    expect(listsDefaultsApplied(defaults)({})).toEqual({ chain: 'battery', region: '350900' });
    const full = { chain: 'other', region: '110000', list: 'experts' as const };
    expect(listsDefaultsApplied(defaults)(full)).toBe(full);
  });

  it('keeps the list shown when the chain changes; "all" clears it', () => {
    const search = { chain: 'battery', region: '350900', list: 'experts' as const };
    expect(listsQueryChanged({ chain: 'other' })(search)).toEqual({ ...search, chain: 'other' });
    expect(listsQueryChanged({ list: null })(search)).toEqual({
      chain: 'battery',
      region: '350900',
    });
    expect(listsQueryChanged({ list: 'experts' })(search)).toBe(search);
    expect(shownLists({})).toEqual(Object.keys(listDefinitions));
    expect(shownLists({ list: 'courses' })).toEqual(['courses']);
  });
});

describe('a list as table columns', () => {
  const row: ListRow = {
    segment: 'Segment:cathode',
    position: 'upstream',
    key: 'ningde-demo-cathode',
    name_zh: '宁德示例正极',
    name_en: null,
    tier: 'little-giant',
    tierYear: 2022,
    scale: 'medium',
    employees: 1234,
    founded: 2016,
    revenueShare: 0.25,
    places: ['Region:350902', 'Park:unnamed-park'],
    source: 'synthetic',
  };

  it('heads columns in the language, names referenced nodes and translates codes', () => {
    const columns = listColumns(listDefinitions.enterprises.columns, names, 'zh', yesNo);
    const text = (id: string) =>
      cellText(
        columns.find((c) => c.id === id)!,
        row,
        'zh',
      );
    expect(columns.map((c) => c.label)).toEqual(
      listDefinitions.enterprises.columns.map((c) => c.zh),
    );
    expect(text('segment')).toBe('正极材料');
    expect(text('position')).toBe('上游');
    expect(text('tier')).toBe('专精特新“小巨人”');
    expect(text('employees')).toBe('1,234');
    expect(text('revenueShare')).toBe('25.0%');
    // An unnamed node reads as its key, not its id.
    expect(text('places')).toBe('蕉城区、unnamed-park');
    expect(text('name_en')).toBe('');
  });

  it('exports full numbers and fractions, in English with English headers', () => {
    const columns = listColumns(listDefinitions.enterprises.columns, names, 'en', yesNo);
    const grid = exportGrid(columns, [row], 'en');
    const header = grid.header;
    expect(header[0]).toBe('Segment');
    const cells = grid.rows[0]!;
    expect(cells[header.indexOf('Segment')]).toBe('Cathode materials');
    expect(cells[header.indexOf('Revenue share')]).toBe(0.25);
    expect(cells[header.indexOf('Located in')]).toBe('蕉城区, unnamed-park');
  });

  it('writes yes / no for flags and nothing for an empty one', () => {
    const columns = listColumns(listDefinitions.courses.columns, {}, 'zh', yesNo);
    const local = columns.find((c) => c.id === 'local')!;
    expect(cellText(local, { local: true }, 'zh')).toBe('是');
    expect(cellText(local, { local: false }, 'zh')).toBe('否');
    expect(cellText(local, { local: null }, 'zh')).toBe('');
  });

  it('keys enterprise rows by segment and course rows by competency and item', () => {
    expect(listRowKey('enterprises', row)).toBe('Segment:cathode|ningde-demo-cathode');
    expect(listRowKey('courses', { competency: 'Competency:a', item: null })).toBe('Competency:a|');
    expect(listRowKey('experts', { key: 'dr-wang' })).toBe('dr-wang');
  });
});

describe('what each column counts, in the language', () => {
  const columns = Object.values(listDefinitions).flatMap((list) => list.columns);
  // Two lowercase English words in a row: the API's English explanation leaking into Chinese.
  const englishWords = /\b[a-z]{2,}\s+[a-z]{2,}\b/;

  it('has Chinese for every column the API declares, and the API’s English in English', () => {
    const untranslated = columns.filter((column) => englishWords.test(columnCounts(column, 'zh')));
    expect(untranslated.map((column) => column.code)).toEqual([]);
    for (const column of columns) expect(columnCounts(column, 'en')).toBe(column.counts);
  });

  it('gives every column a code, shared only by columns that count the same thing', () => {
    const byCode = new Map<string, string>();
    for (const column of columns) {
      expect(column.code).toMatch(/^[\w-]+(\.\w+)?$/);
      const seen = byCode.get(column.code);
      if (seen !== undefined) expect(column.counts, column.code).toBe(seen);
      byCode.set(column.code, column.counts);
    }
    expect(byCode.get('name_zh')).toBeDefined();
  });

  it('falls back to the API’s English for a column this client does not know', () => {
    expect(columnCounts({ code: 'future.column', counts: 'something new' }, 'zh')).toBe(
      'something new',
    );
  });
});
