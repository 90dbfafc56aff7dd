/**
 * How the analysis views write numbers: shares, supply, gap and coverage as percentages (small
 * non-zero values say so rather than round to 0), location quotients with two decimals.
 */
import { htmlLang, type Language } from '../i18n/index.ts';

export function formatPercent(language: Language, value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const smallest = 10 ** -digits / 100;
  if (value > 0 && value < smallest)
    return `<${(smallest * 100).toLocaleString(htmlLang[language])}%`;
  return `${(value * 100).toLocaleString(htmlLang[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}%`;
}

export function formatQuotient(language: Language, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return value.toLocaleString(htmlLang[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** A level 1–5 as `L3`; 0 (nothing taught) as a dash. */
export function formatLevel(level: number): string {
  return level > 0 ? `L${Math.round(level * 10) / 10}` : '—';
}
