/**
 * CSV cells of the lists: quoting, references by name, and text a spreadsheet would otherwise run
 * as a formula.
 */
import { describe, expect, it } from 'vitest';
import { listDefinitions, type ListAnswer } from '@chanjiao/graph-schema';
import { listCsv } from './lists.ts';

const answer = (rows: ListAnswer<'services'>['rows']): ListAnswer<'services'> => ({
  list: 'services',
  ...listDefinitions.services,
  chain: { key: 'K', name_zh: 'K' },
  region: { key: 'R', name_zh: 'R' },
  demandMode: 'structural',
  period: null,
  summary: {},
  names: {
    'Enterprise:e1': { name_zh: '企业，甲', name_en: 'Firm "A"' },
    'Expert:x': { name_zh: 'x' },
  },
  rows,
});

const row = (over: Partial<ListAnswer<'services'>['rows'][number]>) => ({
  key: 's',
  name_zh: null,
  name_en: null,
  serviceType: null,
  providers: [],
  localProviders: [],
  segments: [],
  source: null,
  ...over,
});

describe('list CSV', () => {
  it('quotes separators and quotes, names references, leaves empty cells empty', () => {
    const csv = listCsv(
      answer([row({ name_zh: 'a "b", c', providers: ['Enterprise:e1', 'Expert:x'] })]),
      'zh',
    );
    const [head, line] = csv.slice(1).split('\r\n');
    expect(head).toBe('服务标识,中文名称,英文名称,类型,提供方,本地提供方,相关环节,数据来源');
    // A full-width comma is text, not a separator.
    expect(line).toBe('s,"a ""b"", c",,,企业，甲 (e1); x,,,');
    const english = listCsv(answer([row({ providers: ['Enterprise:e1'] })]), 'en');
    expect(english.split('\r\n')[1]).toBe('s,,,,"Firm ""A"" (e1)",,,');
  });

  it('keeps text that starts like a formula from running as one', () => {
    const csv = listCsv(
      answer([row({ name_zh: '=HYPERLINK("x")', name_en: '+1', source: '@a' })]),
      'zh',
    );
    expect(csv.split('\r\n')[1]).toBe(`s,"'=HYPERLINK(""x"")",'+1,,,,,'@a`);
  });
});
