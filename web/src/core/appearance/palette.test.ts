import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { canvasBackground } from './colours.ts';
import { glyphColour, kindGlyph } from './index.ts';
import {
  colourDistance,
  contrastRatio,
  deltaE2000,
  linearToLab,
  simulate,
  visions,
} from './vision.ts';

const kinds = describeSchema().kinds;
const families = new Map<string, typeof kinds>();
for (const kind of kinds) families.set(kind.group, [...(families.get(kind.group) ?? []), kind]);

/**
 * CIEDE2000 of about 2 is just noticeable side by side; dots on a canvas need far more to be told
 * apart at a glance. 12 keeps every pair of one family clearly apart, and is what the best
 * five-colour set of blues and purples (the occupation side) reaches under protanopia.
 */
const minimumDistance = 12;

describe('colour difference', () => {
  it('computes CIEDE2000 as published (Sharma, Wu and Dalal 2005, pairs 1, 7 and 17)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it('simulates the deficiencies: red and green collapse for deuteranopes, not for others', () => {
    expect(linearToLab(simulate('#ffffff', 'normal'))[0]).toBeCloseTo(100, 3);
    const red = '#d62728';
    const green = '#2ca02c';
    expect(colourDistance(red, green, 'normal')).toBeGreaterThan(40);
    expect(colourDistance(red, green, 'deuteranopia')).toBeLessThan(
      colourDistance(red, green, 'normal') / 2,
    );
    // Blue and yellow stay apart for red–green deficiencies.
    expect(colourDistance('#1f77b4', '#ffbf00', 'deuteranopia')).toBeGreaterThan(40);
  });
});

describe('the kinds’ palette', () => {
  it('keeps every two kinds of one family apart, also under deuteranopia and protanopia', () => {
    const close: string[] = [];
    for (const [family, members] of families)
      for (const [i, a] of members.entries())
        for (const b of members.slice(i + 1))
          for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
            const distance = colourDistance(a.colour, b.colour, vision);
            if (distance < minimumDistance)
              close.push(
                `${family}: ${a.kind} ${a.colour} / ${b.kind} ${b.colour}, ${vision} ΔE00 ${distance.toFixed(1)}`,
              );
          }
    expect(close).toEqual([]);
  });

  it('stands out from the canvas and gives each kind its own colour', () => {
    for (const kind of kinds)
      expect(contrastRatio(kind.colour, canvasBackground), kind.kind).toBeGreaterThanOrEqual(1.7);
    expect(new Set(kinds.map((k) => k.colour)).size).toBe(kinds.length);
    expect(visions).toContain('tritanopia');
  });

  it('writes glyphs in a colour readable on their kind’s colour', () => {
    for (const kind of kinds)
      expect(
        contrastRatio(glyphColour(kind.colour), kind.colour),
        kind.kind,
      ).toBeGreaterThanOrEqual(4.5);
  });
});

describe('glyphs', () => {
  it('are unique per kind in each language', () => {
    for (const language of ['zh', 'en'] as const) {
      const glyphs = kinds.map((k) => kindGlyph(k, language).toLowerCase());
      expect(new Set(glyphs).size, language).toBe(kinds.length);
    }
    expect(
      kindGlyph(
        kinds.find((k) => k.kind === 'Chain')!,
        'en',
      ),
    ).toBe('Ch');
    expect(
      kindGlyph(
        kinds.find((k) => k.kind === 'Chain')!,
        'zh',
      ),
    ).toBe('链');
  });
});
