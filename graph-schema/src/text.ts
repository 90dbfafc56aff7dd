/**
 * Text hygiene shared by every path that takes keys and text: strings must be well-formed UTF-16
 * (a lone surrogate cannot be stored as UTF-8, so it would read back changed and could no longer
 * be addressed), keys are NFC-normalised (so a composed and a decomposed é are one key), and keys
 * may not hold characters that are invisible or change the display order — controls, zero-width
 * and other default-ignorable characters, bidirectional overrides, line separators — which make
 * look-alike keys.
 */
import { z } from 'zod';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const invisibleInKey = /[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

/** Where a string is not well-formed UTF-16, as a message, or null. */
export function unicodeProblem(text: string): string | null {
  const match = loneSurrogate.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase();
  return `must be valid Unicode (a lone surrogate U+${code} at character ${match.index + 1})`;
}

/**
 * Whether every character is printable ASCII (U+0020–U+007E). Such a text is well-formed, already
 * NFC and free of invisible characters, so the checks below answer at once for the usual key —
 * an import validates millions of them, two a relationship.
 */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** A key's character problem (after NFC), or null. */
export function keyCharacterProblem(key: string): string | null {
  if (isPrintableAscii(key)) return null;
  const unicode = unicodeProblem(key);
  if (unicode) return unicode;
  const match = invisibleInKey.exec(key);
  if (!match) return null;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `must not contain control, zero-width or other invisible characters (U+${code} at character ${match.index + 1})`;
}

/** The key as stored: NFC. Other checks apply to the normalised form. */
export function normalizeKey(key: string): string {
  if (isPrintableAscii(key)) return key;
  return unicodeProblem(key) ? key : key.normalize('NFC');
}

/** The first string in a value (a property, a list) that is not valid Unicode, with its path. */
export function findUnicodeProblem(
  value: unknown,
  path: string,
): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const problem = unicodeProblem(value);
    return problem ? { field: path, message: problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnicodeProblem(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      const nameProblem = unicodeProblem(name);
      if (nameProblem) return { field: `${path}.${name}`, message: nameProblem };
      const found = findUnicodeProblem(item, `${path}.${name}`);
      if (found) return found;
    }
  }
  return null;
}

/** A text parameter that must be valid Unicode (search queries, names). */
export const unicodeTextSchema = z.string().superRefine((text, context) => {
  const problem = unicodeProblem(text);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** A node key in a URL or query: valid Unicode, NFC-normalised before use. */
export const nodeKeyParamSchema = z
  .string()
  .min(1)
  .superRefine((key, context) => {
    const problem = unicodeProblem(key);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeKey);
