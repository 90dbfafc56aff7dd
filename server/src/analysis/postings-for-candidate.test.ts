import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationshipTypes } from '@chanjiao/graph-schema';
import type { ValueGroup } from './graph.ts';
import { scorePair, type Requirement } from './matching.ts';
import { scoreFromCounts } from './postings-for-candidate.ts';
import { requiredLevel, requirementWeight } from './requirements.ts';

/** A posting's requirements as REQUIRES properties, and the candidate's levels on some of them. */
const postingAndCandidate = fc.record({
  requirements: fc.array(
    fc.record(
      {
        importance: fc.integer({ min: 1, max: 5 }),
        essential: fc.boolean(),
        level: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
    { minLength: 1, maxLength: 40 },
  ),
  held: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
    maxLength: 40,
  }),
});

describe('scoreFromCounts', () => {
  it('gives scorePair’s score to the bit from the requirements held and all of them counted', () => {
    fc.assert(
      fc.property(postingAndCandidate, ({ requirements, held }) => {
        // As postingRequirements orders them: weight descending, then key.
        const all: Requirement[] = requirements
          .map((props, i) => ({
            id: `Competency:c${String(i).padStart(2, '0')}`,
            key: `c${String(i).padStart(2, '0')}`,
            name_zh: `c${i}`,
            dimension: 'skill',
            weight: requirementWeight(props),
            need: requiredLevel(props),
            essential: props.essential !== false,
          }))
          .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
        const levels = new Map<string, number>();
        held.forEach((level, i) => {
          if (level !== undefined && i < requirements.length)
            levels.set(`Competency:c${String(i).padStart(2, '0')}`, level);
        });
        const groups = new Map<string, ValueGroup>();
        for (const props of requirements) {
          const values = [props.importance ?? null, props.essential ?? null];
          const key = JSON.stringify(values);
          const group = groups.get(key);
          if (group) group.count += 1;
          else groups.set(key, { values, count: 1 });
        }
        const read = all.filter((r) => levels.has(r.id));
        const expected = scorePair(all, levels).score;
        expect(scoreFromCounts(read, levels, [...groups.values()])).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('requirement weights', () => {
  // The loader's counted paths score a posting that requires something the candidate lacks as 0
  // without reading its requirements: that holds only while every requirement weighs more than 0.
  const schema = relationshipTypes.REQUIRES.schema;
  it('are above 0 for every REQUIRES property set the schema accepts', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            importance: fc.oneof(
              fc.integer({ min: -1, max: 7 }),
              fc.double({ min: -1, max: 7, noNaN: true }),
            ),
            essential: fc.boolean(),
            level: fc.integer({ min: 1, max: 5 }),
          },
          { requiredKeys: [] },
        ),
        (props) => {
          if (!schema.safeParse(props).success) return;
          expect(requirementWeight(props)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cannot be 0: the schema refuses importance 0, and its least importance weighs above 0', () => {
    expect(schema.safeParse({ importance: 0 }).success).toBe(false);
    expect(schema.safeParse({ importance: 1 }).success).toBe(true);
    expect(requirementWeight({ importance: 1 })).toBeGreaterThan(0);
  });
});
