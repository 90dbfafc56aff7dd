import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { describeKind, describeRel, indexSchema } from './index.ts';

describe('indexSchema', () => {
  const schema = indexSchema(describeSchema());

  it('looks kinds and relationship types up by name, keeping schema order', () => {
    expect(describeKind(schema, 'Competency').zh).toBe('能力要素');
    expect(describeKind(schema, 'Competency').properties.dimension?.en).toContain('Dimension');
    expect(schema.kindOrder.get('Region')).toBe(0);
    expect(describeRel(schema, 'REQUIRES').colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('falls back to a neutral description for an unknown kind or relationship', () => {
    expect(describeKind(schema, 'Spaceship')).toMatchObject({ zh: 'Spaceship', glyph: 'S' });
    expect(describeRel(null, 'ORBITS')).toMatchObject({ zh: 'ORBITS', en: 'ORBITS' });
  });
});
