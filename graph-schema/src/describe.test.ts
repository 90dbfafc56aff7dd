import { describe, expect, it } from 'vitest';
import { fullTextIndex, rangeIndexes, uniqueConstraints } from './database.ts';
import { describeSchema } from './describe.ts';
import { nodeKindNames } from './kinds.ts';
import { relTypeNames, relationshipTypes } from './relationships.ts';

describe('schema description', () => {
  const schema = describeSchema();

  it('describes every kind and relationship type with zh/en names and a colour', () => {
    expect(schema.kinds.map((k) => k.kind)).toEqual(nodeKindNames);
    expect(schema.relationships.map((r) => r.rel)).toEqual(relTypeNames);
    for (const k of [...schema.kinds, ...schema.relationships]) {
      expect(k.zh).toMatch(/\p{Script=Han}/u);
      expect(k.en).toMatch(/[a-z]/i);
      expect(k.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('gives property types, required flags, enums and bounds', () => {
    const segment = schema.kinds.find((k) => k.kind === 'Segment')!;
    expect(segment.properties.name_zh).toMatchObject({
      type: 'string',
      required: true,
      zh: '中文名称',
    });
    expect(segment.properties.position).toMatchObject({
      type: 'string',
      required: true,
      enum: ['upstream', 'midstream', 'downstream'],
    });
    expect(segment.properties.order).toMatchObject({ type: 'integer', required: false });
    const requires = schema.relationships.find((r) => r.rel === 'REQUIRES')!;
    expect(requires.properties.importance).toMatchObject({
      type: 'number',
      minimum: 1,
      maximum: 5,
      zh: '重要度（1–5）',
    });
    expect(schema.kinds.find((k) => k.kind === 'Competency')!.properties.aliases).toMatchObject({
      type: 'string[]',
    });
  });

  it('only pairs kinds that exist', () => {
    for (const rel of relTypeNames)
      for (const [from, to] of relationshipTypes[rel].pairs) {
        expect(nodeKindNames).toContain(from);
        expect(nodeKindNames).toContain(to);
      }
  });

  it('lists a uniqueness constraint per kind and uniquely named indexes', () => {
    expect(uniqueConstraints.map((c) => c.label)).toEqual(nodeKindNames);
    const names = [...uniqueConstraints, ...rangeIndexes].map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
    expect(rangeIndexes).toContainEqual({
      name: 'atlas_posting_period',
      label: 'Posting',
      property: 'period',
    });
    expect(fullTextIndex.properties).toEqual(['key', 'name_zh', 'name_en', 'aliases']);
  });
});
