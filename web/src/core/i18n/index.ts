/**
 * Language of the interface (zh-CN by default, or English) and translation helpers. Node names
 * follow the language too: `name_zh` or `name_en`, falling back to the other when one is missing.
 */
import { atom } from '../utils/atoms.ts';
import { messages, type MessageKey } from './dictionary.ts';

export type Language = 'zh' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;

export interface Names {
  zh: string;
  en: string;
}

const storageKey = 'chanjiao-atlas.language';

export const htmlLang: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy mode); the default is fine.
  }
  return 'zh';
}

export const languageAtom = atom<Language>(initialLanguage());

export function setLanguage(language: Language): void {
  languageAtom.set(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

export const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

/** Formats a number the way the language writes it (thousands separators). */
export function formatNumber(language: Language, value: number): string {
  return value.toLocaleString(htmlLang[language]);
}

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template: string = messages[key][language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** A bilingual name from the schema (kind, relationship type, property) in the given language. */
export function localName(names: Names, language: Language): string {
  return names[language] || names.zh || names.en;
}

/** The display name of a node: `name_zh` / `name_en` in the language, else the other, else the key. */
export function nodeName(
  node: { name_zh?: unknown; name_en?: unknown; key?: unknown },
  language: Language,
): string {
  const zh = typeof node.name_zh === 'string' && node.name_zh ? node.name_zh : undefined;
  const en = typeof node.name_en === 'string' && node.name_en ? node.name_en : undefined;
  const preferred = language === 'zh' ? (zh ?? en) : (en ?? zh);
  return preferred ?? (typeof node.key === 'string' ? node.key : '');
}
