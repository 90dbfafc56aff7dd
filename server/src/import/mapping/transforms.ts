/**
 * The value transforms of the mapping format and the text parsers behind them (numbers, booleans,
 * dates). A transform takes one value and returns the new value, `null` for "absent" (a lookup's
 * `otherwise: null`), or a message saying why the value does not fit.
 */
import type { Transform } from './schema.ts';
import { replaceAllLinear } from './linear-regex.ts';

export type Scalar = string | number | boolean;

export type TransformResult = { ok: true; value: Scalar | null } | { ok: false; message: string };

/** Decimal with optional sign, thousands separators (`1,234.5`) and exponent. */
const numberPattern = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Parses a decimal number; `null` when the text is not one. */
const plainNumber = /^-?\d+(?:\.\d+)?$/;

export function parseNumberText(text: string): number | null {
  if (plainNumber.test(text)) return Number(text);
  const t = text.trim();
  if (t === '' || !numberPattern.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
}

const trueWords = new Set(['true', 'yes', 'y', '1', '是']);
const falseWords = new Set(['false', 'no', 'n', '0', '否']);

/** `true/false`, `yes/no`, `y/n`, `1/0`, `是/否` in any case; `null` for anything else. */
export function parseBooleanText(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (trueWords.has(t)) return true;
  if (falseWords.has(t)) return false;
  return null;
}

const datePatterns: { pattern: RegExp; order: [number, number, number] }[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: [1, 2, 3] },
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: [1, 2, 3] },
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  { pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/, order: [1, 2, 3] },
];

/** `YYYY-MM-DD` for a date in one of the accepted forms that exists in the calendar; else `null`. */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  for (const { pattern, order } of datePatterns) {
    const m = pattern.exec(t);
    if (!m) continue;
    const [y, mo, d] = order.map((i) => Number(m[i]));
    if (y === undefined || mo === undefined || d === undefined) return null;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      return null;
    return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** Lower-case slug: ASCII letters and digits, non-ASCII letters and digits kept, runs of anything else become one `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last segment of a URI path (or its fragment), without a query string or trailing slash. */
export function uriTail(text: string): string {
  let t = text.trim();
  const hash = t.lastIndexOf('#');
  if (hash >= 0 && hash < t.length - 1) return t.slice(hash + 1);
  if (hash === t.length - 1) t = t.slice(0, -1);
  const query = t.indexOf('?');
  if (query >= 0) t = t.slice(0, query);
  t = t.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1);
}

/** The name a transform is known by in messages: `number`, `lookup`, `scale` … */
export function transformName(t: Transform): string {
  return typeof t === 'string' ? t : (Object.keys(t)[0] ?? 'transform');
}

const show = (v: Scalar) => JSON.stringify(v);

function toNumber(value: Scalar): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return null;
  return parseNumberText(value);
}

/** Applies one transform to one value. */
export function applyTransform(t: Transform, value: Scalar): TransformResult {
  if (typeof t === 'string') {
    switch (t) {
      case 'trim':
        return { ok: true, value: typeof value === 'string' ? value.trim() : value };
      case 'lowercase':
        return { ok: true, value: String(value).toLowerCase() };
      case 'uppercase':
        return { ok: true, value: String(value).toUpperCase() };
      case 'slug':
        return { ok: true, value: slugify(String(value)) };
      case 'uriTail':
        return { ok: true, value: uriTail(String(value)) };
      case 'number': {
        const n = toNumber(value);
        return n === null
          ? { ok: false, message: `${show(value)} is not a number` }
          : { ok: true, value: n };
      }
      case 'integer': {
        const n = toNumber(value);
        if (n === null) return { ok: false, message: `${show(value)} is not a number` };
        if (!Number.isInteger(n)) return { ok: false, message: `${show(value)} is not an integer` };
        return { ok: true, value: n };
      }
      case 'boolean': {
        if (typeof value === 'boolean') return { ok: true, value };
        const b =
          typeof value === 'number'
            ? value === 1
              ? true
              : value === 0
                ? false
                : null
            : parseBooleanText(value);
        return b === null
          ? {
              ok: false,
              message: `${show(value)} is not a yes/no value (true/false, yes/no, y/n, 1/0, 是/否)`,
            }
          : { ok: true, value: b };
      }
      case 'date': {
        const d = parseDateText(String(value));
        return d === null
          ? {
              ok: false,
              message: `${show(value)} is not a date (YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or YYYY年M月D日)`,
            }
          : { ok: true, value: d };
      }
    }
  }
  if ('replace' in t)
    return {
      ok: true,
      value: t.regex
        ? replaceAllLinear(String(value), t.replace, t.with)
        : String(value).replaceAll(t.replace, t.with),
    };
  if ('prefix' in t) return { ok: true, value: t.prefix + String(value) };
  if ('suffix' in t) return { ok: true, value: String(value) + t.suffix };
  if ('lookup' in t) {
    const key = String(value);
    if (Object.hasOwn(t.lookup, key)) return { ok: true, value: t.lookup[key] ?? null };
    if (t.otherwise !== undefined) return { ok: true, value: t.otherwise };
    const keys = Object.keys(t.lookup);
    const listed = keys
      .slice(0, 12)
      .map((k) => JSON.stringify(k))
      .join(', ');
    return {
      ok: false,
      message: `${show(value)} is not in the lookup table (it has ${listed}${keys.length > 12 ? ', …' : ''}; add "otherwise" for other values)`,
    };
  }
  // scale
  const n = toNumber(value);
  if (n === null) return { ok: false, message: `${show(value)} is not a number` };
  const { from, to, round } = t.scale;
  const scaled = to[0] + ((n - from[0]) * (to[1] - to[0])) / (from[1] - from[0]);
  const digits = round ?? 9;
  const factor = 10 ** digits;
  return { ok: true, value: Math.round(scaled * factor) / factor };
}
