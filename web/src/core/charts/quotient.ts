/**
 * The location quotients of a chain's segments as bars, upstream at the top, each in its status'
 * colour, with the weak and strong thresholds and the baseline (LQ = 1: as common locally as
 * anywhere) drawn as reference lines. A bar picks its segment.
 */
import type { Language } from '../i18n/index.ts';
import { baseOption, categoryAxisStyle, numberText, shortLabel, valueAxisStyle } from './base.ts';
import type { ChartOption } from './types.ts';

export interface QuotientBar {
  label: string;
  nodeId: string;
  quotient: number | null;
  colour: string;
  /** Flagged: the quotient rests on very few local enterprises. */
  few: boolean;
}

export function quotientBarsOption(
  bars: readonly QuotientBar[],
  thresholds: { weakBelow: number; strongAbove: number },
  language: Language,
  text: { description: string; baseline: string; weak: string; strong: string; few: string },
): ChartOption {
  const line = (value: number, name: string, colour: string) => ({
    xAxis: value,
    name,
    lineStyle: { color: colour, type: 'dashed' as const },
    // Above the plot (the category axis runs downwards), horizontal: along the line it would
    // cross the bars' value labels.
    label: { formatter: name, color: colour, position: 'start' as const },
  });
  return {
    ...baseOption(text.description),
    grid: { left: 8, right: 40, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? numberText(language, value, 2) : '—',
    },
    xAxis: { type: 'value', ...valueAxisStyle },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        interval: 0,
        formatter: (l: string) => shortLabel(l, 22),
      },
    },
    series: [
      {
        type: 'bar',
        name: 'LQ',
        barMaxWidth: 16,
        data: bars.map((b) => ({
          value: b.quotient ?? 0,
          nodeId: b.nodeId,
          itemStyle: { color: b.colour, ...(b.few && { opacity: 0.55 }) },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (params: unknown) => {
            const { dataIndex } = params as { dataIndex: number };
            const bar = bars[dataIndex];
            if (!bar || bar.quotient === null) return '—';
            return `${numberText(language, bar.quotient, 2)}${bar.few ? ` ${text.few}` : ''}`;
          },
        },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            line(thresholds.weakBelow, text.weak, '#d97706'),
            line(1, text.baseline, '#475569'),
            line(thresholds.strongAbove, text.strong, '#16a34a'),
          ],
        },
      },
    ],
  };
}
