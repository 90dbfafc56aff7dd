import { describe, expect, it } from 'vitest';
import { edgeId, keyProblem, nodeId, parseNodeId, validateRecord } from './records.ts';

describe('validateRecord', () => {
  it('accepts a valid node and strips nothing it knows', () => {
    const result = validateRecord({
      type: 'node',
      kind: 'Competency',
      key: 'bms-soc-estimation',
      props: {
        name_zh: 'SOC 估算',
        name_en: 'SOC estimation',
        dimension: 'skill',
        aliases: ['荷电状态估算'],
      },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'node',
        kind: 'Competency',
        key: 'bms-soc-estimation',
        props: {
          name_zh: 'SOC 估算',
          name_en: 'SOC estimation',
          dimension: 'skill',
          aliases: ['荷电状态估算'],
        },
      },
    });
  });

  it('accepts a valid edge and defaults props to {}', () => {
    const result = validateRecord({
      type: 'edge',
      rel: 'PART_OF',
      from: { kind: 'Segment', key: 'cells' },
      to: { kind: 'Chain', key: 'battery' },
    });
    expect(result.ok && result.value.props).toEqual({});
  });

  it('refuses empty props where the relationship type requires one, as often as asked', () => {
    // Empty props are answered without parsing when the type's schema accepts them; OUTCOME needs a count.
    for (const props of [{}, undefined, {}])
      expect(
        validateRecord({
          type: 'edge',
          rel: 'OUTCOME',
          from: { kind: 'Cohort', key: 'c-2025' },
          to: { kind: 'Occupation', key: 'o' },
          ...(props && { props }),
        }),
      ).toMatchObject({ ok: false, errors: [{ field: 'props.count' }] });
  });

  it.each([
    [{ type: 'vertex' }, 'type', /"node" or "edge"/],
    [
      { type: 'node', kind: 'Competency', key: 'c', props: { name_zh: 'c' } },
      'props.dimension',
      /expected one of/i,
    ],
    [
      { type: 'node', kind: 'Competency', key: ' c', props: { name_zh: 'c', dimension: 'skill' } },
      'key',
      /whitespace/,
    ],
    [{ type: 'node', kind: 'Competency', key: '', props: {} }, 'key', /empty/],
    [
      { type: 'node', kind: 'Region', key: '3509', props: { name_zh: 'x', level: 'city' } },
      'key',
      /6 or 12 digits/,
    ],
    [
      {
        type: 'node',
        kind: 'Posting',
        key: 'p',
        props: { name_zh: 'p', period: '2025-13', headcount: 1 },
      },
      'props.period',
      /period/,
    ],
    [
      {
        type: 'node',
        kind: 'Posting',
        key: 'p',
        props: { name_zh: 'p', period: '2025', headcount: -1 },
      },
      'props.headcount',
      />=0|≥ 0|too small/i,
    ],
    [
      { type: 'node', kind: 'Chain', key: 'c', props: { name_zh: 'c' }, colour: 'red' },
      'colour',
      /unknown field/,
    ],
    [
      {
        type: 'edge',
        rel: 'REQUIRES',
        from: { kind: 'Occupation', key: 'o' },
        to: { kind: 'Competency' },
      },
      'to.key',
      /required/,
    ],
    [
      {
        type: 'edge',
        rel: 'TEACHES',
        from: { kind: 'Course', key: 'c' },
        to: { kind: 'Competency', key: 'x' },
        props: { level: 0 },
      },
      'props.level',
      /≥ 1/,
    ],
  ])('rejects %j at %s', (record, field, message) => {
    const result = validateRecord(record);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({ field, message: expect.stringMatching(message) });
  });
});

describe('ids', () => {
  it('joins kind and key with a colon and splits at the first one', () => {
    const ref = { kind: 'Competency' as const, key: 'esco:skill/abc' };
    expect(nodeId(ref)).toBe('Competency:esco:skill/abc');
    expect(parseNodeId(nodeId(ref))).toEqual(ref);
    expect(parseNodeId('Nope:x')).toBeNull();
    expect(
      edgeId({
        rel: 'PART_OF',
        from: { kind: 'Segment', key: 's' },
        to: { kind: 'Chain', key: 'c' },
      }),
    ).toBe('PART_OF|Segment:s|Chain:c');
  });

  it('keeps official-code key rules', () => {
    expect(keyProblem('Region', '350900')).toBeNull();
    expect(keyProblem('Region', '350902001000')).toBeNull();
    expect(keyProblem('Candidate', '张三')).toMatch(/pseudonymous/);
  });
});
