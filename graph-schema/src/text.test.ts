import { describe, expect, it } from 'vitest';
import { keyProblem, validateRecord } from './records.ts';
import { findUnicodeProblem, normalizeKey, unicodeProblem } from './text.ts';

describe('text hygiene', () => {
  it('finds lone surrogates and says where', () => {
    expect(unicodeProblem('a\ud800b')).toMatch(/lone surrogate U\+D800 at character 2/);
    expect(unicodeProblem('\udc00')).toMatch(/U\+DC00 at character 1/);
    expect(unicodeProblem('电池 😀 ok')).toBeNull();
  });

  it('refuses a lone surrogate, zero-width, bidi and control characters in keys', () => {
    expect(keyProblem('Competency', 'a\ud800b')).toMatch(/valid Unicode/);
    for (const invisible of [
      '\u200b',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u202e',
      '\u00ad',
      '\u0085',
      '\u2028',
      '\u0007',
    ])
      expect(
        keyProblem('Competency', `cell${invisible}testing`),
        JSON.stringify(invisible),
      ).toMatch(/invisible characters \(U\+[0-9A-F]{4} at character 5\)/);
    expect(keyProblem('Competency', 'cell-testing')).toBeNull();
    expect(keyProblem('Competency', '电芯测试')).toBeNull();
  });

  it('normalises keys to NFC in records', () => {
    const decomposed = 'cafe\u0301';
    expect(normalizeKey(decomposed)).toBe('caf\u00e9');
    const result = validateRecord({
      type: 'edge',
      rel: 'REQUIRES',
      from: { kind: 'Occupation', key: decomposed },
      to: { kind: 'Competency', key: decomposed },
    });
    if (!result.ok || result.value.type !== 'edge') throw new Error('expected a valid edge');
    expect(result.value.from.key).toBe('caf\u00e9');
    expect(result.value.to.key).toBe('caf\u00e9');
    const node = validateRecord({
      type: 'node',
      kind: 'Competency',
      key: decomposed,
      props: { name_zh: 'x', dimension: 'skill' },
    });
    if (!node.ok || node.value.type !== 'node') throw new Error('expected a valid node');
    expect(node.value.key).toBe('caf\u00e9');
  });

  it('names the property holding invalid text, in lists too', () => {
    expect(findUnicodeProblem({ name_zh: 'ok', aliases: ['fine', 'bad\udfff'] }, 'props')).toEqual({
      field: 'props.aliases.1',
      message: expect.stringContaining('lone surrogate'),
    });
    const result = validateRecord({
      type: 'node',
      kind: 'Competency',
      key: 'k',
      props: { name_zh: 'x\ud83d', dimension: 'skill' },
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'props.name_zh', message: expect.stringContaining('U+D83D') }],
    });
  });
});
