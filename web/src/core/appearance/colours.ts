/** Colour arithmetic: dimming (mixing towards the canvas background) and glyph colours on badges. */

export const canvasBackground = '#f8fafc';

function parseHex(colour: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/** `from` moved a fraction `amount` (0–1) of the way to `to`; unparseable colours are returned as is. */
export function mixColours(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  if (!a || !b) return from;
  const t = Math.min(1, Math.max(0, amount));
  return `#${a.map((channel, i) => toHex(channel + ((b[i] as number) - channel) * t)).join('')}`;
}

export function dimmed(colour: string, amount = 0.82): string {
  return mixColours(colour, canvasBackground, amount);
}

/** Relative luminance (WCAG) of a hex colour; null when it is not one. */
function luminanceOf(colour: string): number | null {
  const rgb = parseHex(colour);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever reads better on `background` (glyphs on kind badges). */
export function glyphColour(background: string): string {
  const l = luminanceOf(background);
  if (l === null) return '#ffffff';
  // Contrast with white is 1.05 / (l + 0.05), with #0f172a (luminance ≈ 0.0089) (l + 0.05) / 0.0589.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0589 ? '#ffffff' : '#0f172a';
}
