/**
 * Option pieces every chart shares: the font, quiet axes, a tooltip that stays inside the chart,
 * the aria description ECharts writes for screen readers, and number formatting in the reader's
 * locale (percentages with one decimal).
 */
import { htmlLang, type Language } from '../i18n/index.ts';
import { axisColours, categorical } from './palette.ts';
import type { ChartOption } from './types.ts';

export const chartFont =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export function percentText(language: Language, value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${(value * 100).toLocaleString(htmlLang[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}%`;
}

export function numberText(language: Language, value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString(htmlLang[language], { maximumFractionDigits: digits });
}

/** The options every chart starts from; a builder adds its series and axes. */
export function baseOption(description: string): ChartOption {
  return {
    color: [...categorical],
    textStyle: { fontFamily: chartFont, color: axisColours.text },
    animationDuration: 300,
    aria: { enabled: true, label: { description } },
    tooltip: { confine: true, textStyle: { fontFamily: chartFont } },
  };
}

export const categoryAxisStyle = {
  axisLine: { lineStyle: { color: axisColours.line } },
  axisTick: { show: false },
  axisLabel: { color: axisColours.text },
} as const;

export const valueAxisStyle = {
  axisLine: { show: false },
  splitLine: { lineStyle: { color: axisColours.split } },
  // On a narrow phone the value labels would run into each other: ECharts drops the overlapping ones.
  axisLabel: { color: axisColours.text, hideOverlap: true },
} as const;

/** A label cut to `max` characters (CJK count double), with an ellipsis. */
export function shortLabel(text: string, max = 16): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1;
    if (width > max) return `${out}…`;
    out += ch;
  }
  return out;
}
