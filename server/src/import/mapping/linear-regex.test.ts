import { describe, expect, it } from 'vitest';
import { parseMapping } from './parse.ts';
import { applyTransform } from './transforms.ts';

const mapping = (pattern: string) => `
version: 1
files:
  - match: "*.csv"
    nodes:
      - kind: Competency
        key: { column: code, transforms: [{ replace: ${JSON.stringify(pattern)}, with: "", regex: true }] }
        props:
          name_zh: { column: name }
          dimension: { const: skill }
`;

describe('mapping regexes run in linear time', () => {
  it('answers a catastrophic-backtracking pattern at once', () => {
    const hostile = 'a'.repeat(5000) + '!';
    const started = performance.now();
    const result = applyTransform({ replace: '^(a+)+$', with: 'x', regex: true }, hostile);
    // JavaScript's engine would take far longer than the age of the universe on this input.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toEqual({ ok: true, value: hostile });
  });

  it('keeps JavaScript replacement syntax: groups, named groups, Unicode', () => {
    const replace = (pattern: string, to: string, text: string) => {
      const r = applyTransform({ replace: pattern, with: to, regex: true }, text);
      return r.ok ? r.value : r.message;
    };
    expect(replace('^(\\d+)-(\\d+)$', '$2/$1', '12-34')).toBe('34/12');
    expect(replace('(?<major>\\d+)\\.\\d+', '$<major>', 'v2.7')).toBe('v2');
    expect(replace('\\p{Han}+', '汉', 'a电池b')).toBe('a汉b');
    expect(replace('\\s+', '-', 'a  b c')).toBe('a-b-c');
  });

  it('refuses back-references and look-ahead when the mapping is checked', () => {
    for (const pattern of ['(a)\\1', 'a(?=b)']) {
      let message = '';
      try {
        parseMapping(mapping(pattern), 'mapping.yaml');
      } catch (error) {
        message = JSON.stringify(error);
        message += (error as Error).message;
      }
      expect(message, pattern).toContain('linear time');
    }
    expect(() => parseMapping(mapping('^x-'), 'mapping.yaml')).not.toThrow();
  });
});
