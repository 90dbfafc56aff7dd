/**
 * Mappings follow the schema extension: a mapping may write the properties, kinds and relationship
 * types an extension adds (and its rows come out as records the extended schema accepts); the
 * same mapping under the built-in schema is rejected, its unknown property's message pointing at
 * ATLAS_SCHEMA, and under an extension an undeclared property's message names the extension file.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activateSchema, builtInSchema, validateRecord } from '@chanjiao/graph-schema';
import { MappingError } from '../import/mapping/errors.ts';
import { parseMapping } from '../import/mapping/parse.ts';
import { collect, openWith, recordsOf, tempDir } from '../import/mapping/testing.ts';
import { loadSchemaExtension } from './load.ts';

const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/atlas.schema.yaml');

const mapping = (extra = '') => `
version: 1
files:
  - match: listed.csv
    nodes:
      - kind: Enterprise
        key: 代码
        props:
          name_zh: 名称
          shortName: 简称
          exchange: 交易所
          listedOn: 上市日期${extra}
      - kind: Fund
        key: 基金代码
        props:
          name_zh: 基金
          sizeCny: { column: 规模, transforms: [number] }
    edges:
      - rel: INVESTS_IN
        from: { kind: Fund, key: 基金代码 }
        to: { kind: Enterprise, key: 代码 }
`;

const csv = [
  '代码,名称,简称,交易所,上市日期,基金代码,基金,规模',
  'ent-1,示例电池股份有限公司,示例电池,SZSE,2018-06-11,fund-1,示例产业投资基金,5000000000',
].join('\n');

const messagesOf = (text: string): string[] => {
  try {
    parseMapping(text, 'listed.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(MappingError);
    return (error as MappingError).details.map((d) => d.message);
  }
  throw new Error('expected a MappingError');
};

afterEach(() => activateSchema(builtInSchema));

describe('mappings under a schema extension', () => {
  it('write the extension’s properties, kinds and relationship types', async () => {
    activateSchema(loadSchemaExtension(fixture));
    const tmp = tempDir();
    try {
      const [source] = await openWith(tmp, mapping(), { 'listed.csv': csv });
      const records = recordsOf(await collect(source!));
      expect(records).toHaveLength(3);
      for (const record of records) expect(validateRecord(record).ok).toBe(true);
      expect(records.find((r) => r.type === 'node' && r.kind === 'Enterprise')).toMatchObject({
        props: { shortName: '示例电池', exchange: 'SZSE', listedOn: '2018-06-11' },
      });
      expect(records.find((r) => r.type === 'node' && r.kind === ('Fund' as never))).toMatchObject({
        props: { sizeCny: 5_000_000_000 },
      });
    } finally {
      tmp.remove();
    }
    expect(messagesOf(mapping('\n          ticker: 代码'))).toEqual([
      expect.stringMatching(
        /^unknown property: Enterprise has no property "ticker".*declare it in the schema extension atlas\.schema\.yaml/,
      ),
    ]);
  });

  it('are rejected under the built-in schema, pointing at ATLAS_SCHEMA', () => {
    const messages = messagesOf(mapping());
    expect(messages.some((m) => /no property "shortName".*ATLAS_SCHEMA=/.test(m))).toBe(true);
    expect(messages.some((m) => /Fund/.test(m))).toBe(true);
  });
});
