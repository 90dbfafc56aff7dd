/** Colour arithmetic for dimming: mix a colour towards the canvas background. */

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
