import { describe, expect, it } from 'vitest';
import {
  edgeHeader,
  edgeLine,
  nodeColumns,
  nodeHeader,
  nodeLine,
  quote,
  spansLines,
} from './csv.ts';

describe('bulk-loader CSV', () => {
  it('declares a typed column per property of the kind, the key as the kind’s ID space', () => {
    const header = nodeHeader('Occupation');
    expect(header.startsWith('key:ID(Occupation),name_zh,name_en,aliases:string[],')).toBe(true);
    expect(header).toContain('digital:boolean');
    expect(header.endsWith('\n')).toBe(true);
    expect(edgeHeader('REQUIRES', 'Occupation', 'Competency')).toMatch(
      /^:START_ID\(Occupation\),:END_ID\(Competency\),source,updatedAt,.*importance:double.*level:double.*essential:boolean/,
    );
  });

  it('writes every number as a double, as the driver stores JavaScript numbers', () => {
    expect(nodeHeader('Enterprise')).toContain('employees:double');
    expect(nodeColumns('Cohort').filter((c) => c.type === 'double').length).toBeGreaterThan(0);
  });

  it('quotes strings, leaves absent properties empty and joins lists with U+001F', () => {
    const line = nodeLine('Competency', 'c"1', {
      name_zh: '电池,"安全"',
      aliases: ['a;b', 'c'],
      dimension: 'skill',
    });
    const columns = ['key', ...nodeColumns('Competency').map((c) => c.name)];
    const fields = line.trimEnd().split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(fields).toHaveLength(columns.length);
    expect(fields[0]).toBe('"c""1"');
    expect(fields[columns.indexOf('name_zh')]).toBe('"电池,""安全"""');
    expect(fields[columns.indexOf('aliases')]).toBe('"a;b\u001fc"');
    expect(fields[columns.indexOf('name_en')]).toBe('');
  });

  it('writes relationship ends and properties', () => {
    expect(edgeLine('TEACHES', 'course', 'comp', { level: 3 })).toMatch(/^"course","comp",.*3/);
  });

  it('refuses a list element holding the delimiter', () => {
    expect(() => nodeLine('Competency', 'k', { name_zh: 'x', aliases: ['a\u001fb'] })).toThrow(
      /U\+001F/,
    );
  });

  it('notices text that spans lines', () => {
    expect(spansLines(nodeLine('Task', 't', { name_zh: 'one' }))).toBe(false);
    expect(spansLines(nodeLine('Task', 't', { name_zh: 'one\ntwo' }))).toBe(true);
    expect(quote('x')).toBe('"x"');
  });
});
