/** Reading a schema extension: every problem with its line and column, in order. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { parseSchemaExtension } from './load.ts';

const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/atlas.schema.yaml');

const problems = (text: string) => {
  try {
    parseSchemaExtension(text, 'atlas.schema.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
  }
  throw new Error('no problem reported');
};

describe('schema extension files', () => {
  it('reads a good one, an empty one too', () => {
    const schema = parseSchemaExtension(
      'kinds:\n  Enterprise:\n    properties:\n      exchange: { type: string, zh: 交易所, en: Exchange }\n',
      'atlas.schema.yaml',
    );
    expect(schema.extension?.properties).toEqual({ Enterprise: ['exchange'] });
    expect(parseSchemaExtension('', 'empty.yaml').extension?.kinds).toEqual([]);
  });

  it('names the line and column of each structural problem', () => {
    expect(
      problems(
        [
          'version: 1',
          'kinds:',
          '  fund: {}',
          '  Fund:',
          '    zh: 基金',
          '    glyph: 基金',
          '    shape: round',
          '    properties:',
          '      size: { type: numbr, zh: 规模, en: Size }',
        ].join('\n'),
      ),
    ).toEqual([
      'atlas.schema.yaml:3:3 kinds.fund: a kind name is PascalCase: Fund, ListedCompany',
      'atlas.schema.yaml:6:5 kinds.Fund.glyph: must be one character',
      'atlas.schema.yaml:7:5 kinds.Fund.shape: unknown field shape',
      expect.stringMatching(
        /^atlas\.schema\.yaml:9:15 kinds\.Fund\.properties\.size\.type: Invalid option/,
      ),
    ]);
  });

  it('names the line of each problem with what the document adds', () => {
    expect(
      problems(
        [
          'kinds:',
          '  Enterprise:',
          '    properties:',
          '      tier: { type: string, zh: 梯度, en: Tier }',
          'relationships:',
          '  INVESTS_IN:',
          '    zh: 投资',
          '    en: invests in',
          '    colour: "#14b8a6"',
          '    pairs:',
          '      - [Fund, Enterprise]',
        ].join('\n'),
      ),
    ).toEqual([
      'atlas.schema.yaml:4:7 kinds.Enterprise.properties.tier: Enterprise already has a property tier',
      'atlas.schema.yaml:11:10 relationships.INVESTS_IN.pairs.0.0: unknown kind "Fund" (a built-in kind or one this file adds)',
    ]);
  });

  it('reports YAML that does not parse where it stops', () => {
    expect(problems('kinds:\n  Fund: [1, 2\n')[0]).toMatch(/^atlas\.schema\.yaml:\d+:\d+: /);
  });

  it('is read at start from ATLAS_SCHEMA, a missing file named', () => {
    expect(() => loadConfig({ ATLAS_SCHEMA: '/nonexistent/atlas.schema.yaml' })).toThrow(
      /ATLAS_SCHEMA="\/nonexistent\/atlas\.schema\.yaml": cannot read the schema extension \(ENOENT\)/,
    );
    const config = loadConfig({ ATLAS_SCHEMA: fixture });
    expect(config.schema.extension?.kinds).toEqual(['Fund']);
    expect(loadConfig({}).schema.extension).toBeNull();
  });
});
