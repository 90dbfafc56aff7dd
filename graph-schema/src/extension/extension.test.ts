/**
 * Schema extensions: what a document may add and what it may not, and that activating the extended
 * schema carries it into everything that reads the schema — validation, the description, the
 * database description, the wire enums — and that activating the built-in one takes it away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fullTextIndex, rangeIndexes, uniqueConstraints } from '../database.ts';
import { describeSchema } from '../describe.ts';
import { isNodeKind, nodeKindNames } from '../kinds.ts';
import { validateRecord } from '../records.ts';
import { allowsPair, isRelType } from '../relationships.ts';
import { nodeKindSchema } from '../wire.ts';
import { checkExtension, extendSchema, SchemaExtensionError } from './build.ts';
import { activateSchema, activeSchema, builtInSchema } from './schema.ts';
import type { SchemaExtension } from './spec.ts';

const extension: SchemaExtension = {
  kinds: {
    Enterprise: {
      properties: {
        exchange: { type: 'string', enum: ['SSE', 'SZSE'], zh: '上市交易所', en: 'Exchange' },
        listedOn: { type: 'date', zh: '上市日期', en: 'Listed on' },
        shortName: { type: 'string', zh: '简称', en: 'Short name', indexed: true },
      },
    },
    Fund: {
      zh: '基金',
      en: 'Fund',
      group: 'industry',
      colour: '#0f766e',
      glyph: '基',
      properties: {
        sizeCny: { type: 'number', minimum: 0, zh: '规模', en: 'Size' },
        code: { type: 'string', zh: '代码', en: 'Code', required: true },
      },
    },
  },
  relationships: {
    INVESTS_IN: {
      zh: '投资',
      en: 'invests in',
      colour: '#14b8a6',
      pairs: [['Fund', 'Enterprise']],
      properties: { amountCny: { type: 'integer', minimum: 1, zh: '金额', en: 'Amount' } },
    },
    LOCATED_IN: { pairs: [['Fund', 'Region']] },
  },
};

const node = (kind: string, props: Record<string, unknown>) =>
  validateRecord({ type: 'node', kind, key: 'k', props: { name_zh: 'n', ...props } });

afterEach(() => activateSchema(builtInSchema));

describe('extending the schema', () => {
  it('adds properties, kinds, relationship types and pairs', () => {
    const schema = extendSchema(builtInSchema, extension, 'atlas.schema.yaml');
    expect(Object.keys(schema.kinds).at(-1)).toBe('Fund');
    expect(schema.kinds.Enterprise!.indexed).toEqual(['tier', 'scale', 'shortName']);
    expect(schema.relationships.LOCATED_IN!.pairs.at(-1)).toEqual(['Fund', 'Region']);
    expect(schema.extension).toEqual({
      file: 'atlas.schema.yaml',
      kinds: ['Fund'],
      relationships: ['INVESTS_IN'],
      properties: {
        Enterprise: ['exchange', 'listedOn', 'shortName'],
        Fund: ['sizeCny', 'code'],
        INVESTS_IN: ['amountCny'],
      },
    });
    // The built-in schema is left as it was.
    expect('exchange' in builtInSchema.kinds.Enterprise!.schema.shape).toBe(false);
    expect(builtInSchema.kinds.Fund).toBeUndefined();
  });

  it('names every problem at its path', () => {
    const problems = checkExtension(builtInSchema, {
      kinds: {
        Enterprise: {
          colour: '#000000',
          properties: {
            tier: { type: 'string', zh: 'a', en: 'b' },
            key: { type: 'string', zh: 'a', en: 'b' },
            rank: { type: 'integer', zh: 'a', en: 'b', required: true },
          },
        },
        Lab: { zh: '实验室', properties: {} },
      },
      relationships: {
        FUNDS: { zh: 'a', en: 'b', colour: '#111111', pairs: [['Fund', 'Enterprise']] },
        OPERATES_IN: { pairs: [['Enterprise', 'Segment']] },
      },
    });
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'kinds.Enterprise.colour',
      'kinds.Enterprise.properties.tier',
      'kinds.Enterprise.properties.key',
      'kinds.Enterprise.properties.rank.required',
      'kinds.Lab.en',
      'kinds.Lab.group',
      'kinds.Lab.colour',
      'kinds.Lab.glyph',
      'relationships.FUNDS.pairs.0.0',
      'relationships.OPERATES_IN.pairs.0',
    ]);
    expect(() => extendSchema(builtInSchema, { kinds: { Lab: {} } }, 'x.yaml')).toThrow(
      SchemaExtensionError,
    );
  });

  it('refuses a kind that is another kind followed by a digit (the stores would order them apart)', () => {
    const kind = (zh: string) => ({
      zh,
      en: zh,
      group: 'industry' as const,
      colour: '#0f766e',
      glyph: 'U',
    });
    const paths = (kinds: Record<string, ReturnType<typeof kind>>) =>
      checkExtension(builtInSchema, { kinds }).map((p) => p.path.join('.'));
    // A new kind after a new kind, and after a built-in one.
    expect(paths({ Unit: kind('a'), Unit2: kind('b'), Course1Plan: kind('c') })).toEqual([
      'kinds.Unit2',
      'kinds.Course1Plan',
    ]);
    // Digits elsewhere, letters after a kind's name, and numbered kinds without the bare name.
    expect(
      paths({ Level1: kind('a'), Level2: kind('b'), UnitB: kind('c'), Unit: kind('d') }),
    ).toEqual([]);
    const [problem] = checkExtension(builtInSchema, {
      kinds: { Unit: kind('a'), Unit2: kind('b') },
    });
    expect(problem!.message).toMatch(/Unit2 is the kind Unit followed by a digit/);
  });
});

describe('activating an extended schema', () => {
  it('validates records by it, and hints at the file for what it does not declare', () => {
    expect(node('Fund', {}).ok).toBe(false);
    activateSchema(extendSchema(builtInSchema, extension, 'atlas.schema.yaml'));
    expect(node('Fund', { code: 'F1', sizeCny: 5 }).ok).toBe(true);
    expect(node('Fund', { sizeCny: 5 })).toMatchObject({
      ok: false,
      errors: [{ field: 'props.code' }],
    });
    expect(node('Enterprise', { exchange: 'SSE', listedOn: '2020-02-30' }).ok).toBe(false);
    expect(node('Enterprise', { exchange: 'SSE', listedOn: '2020-02-03' }).ok).toBe(true);
    const unknown = node('Enterprise', { ticker: '600000' });
    expect(unknown.ok ? '' : unknown.errors[0]!.message).toMatch(
      /unknown property .*exchange, listedOn, shortName\); declare it in the schema extension atlas\.schema\.yaml/,
    );
    const edge = validateRecord({
      type: 'edge',
      rel: 'INVESTS_IN',
      from: { kind: 'Fund', key: 'f' },
      to: { kind: 'Enterprise', key: 'e' },
      props: { amountCny: 0 },
    });
    expect(edge.ok ? '' : edge.errors[0]!.field).toBe('props.amountCny');
    expect(allowsPair('LOCATED_IN', 'Fund' as never, 'Region')).toBe(true);
  });

  it('carries the extension into the description, the database and the wire enums', () => {
    activateSchema(extendSchema(builtInSchema, extension, 'atlas.schema.yaml'));
    expect(activeSchema().extension?.file).toBe('atlas.schema.yaml');
    expect(isNodeKind('Fund') && isRelType('INVESTS_IN')).toBe(true);
    const description = describeSchema();
    expect(description.kinds.find((k) => k.kind === ('Fund' as never))).toMatchObject({
      zh: '基金',
      glyph: '基',
      properties: { code: { type: 'string', required: true }, sizeCny: { minimum: 0 } },
    });
    expect(
      description.kinds.find((k) => k.kind === 'Enterprise')!.properties.exchange,
    ).toMatchObject({ zh: '上市交易所', enum: ['SSE', 'SZSE'] });
    expect(description.extension?.kinds).toEqual(['Fund']);
    expect(uniqueConstraints.map((c) => c.label)).toContain('Fund');
    expect(rangeIndexes.map((r) => r.name)).toContain('atlas_enterprise_shortname');
    expect(fullTextIndex.labels).toContain('Fund');
    expect(nodeKindSchema.safeParse('Fund').success).toBe(true);
    expect(JSON.stringify(z.toJSONSchema(nodeKindSchema, { unrepresentable: 'any' }))).toContain(
      '"Fund"',
    );
  });

  it('goes back to the built-in schema', () => {
    const count = nodeKindNames.length;
    activateSchema(extendSchema(builtInSchema, extension, 'atlas.schema.yaml'));
    expect(nodeKindNames).toHaveLength(count + 1);
    activateSchema(builtInSchema);
    expect(nodeKindNames).toHaveLength(count);
    expect(isNodeKind('Fund')).toBe(false);
    expect(allowsPair('LOCATED_IN', 'Fund' as never, 'Region')).toBe(false);
    expect(describeSchema().extension).toBeUndefined();
    expect(uniqueConstraints.map((c) => c.label)).not.toContain('Fund');
    expect(nodeKindSchema.safeParse('Fund').error?.issues[0]?.message).toMatch(
      /unknown kind "Fund" \(expected one of: Region/,
    );
    const unknown = node('Enterprise', { ticker: '600000' });
    expect(unknown.ok ? '' : unknown.errors[0]!.message).toMatch(
      /ATLAS_SCHEMA=atlas\.schema\.yaml/,
    );
  });
});
