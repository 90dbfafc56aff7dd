/**
 * Series over time (years, periods): bars (stacked when they name a stack) and lines on one value
 * axis, and optionally growth rates as a dashed line on a second, percentage axis — so a count and
 * how fast it grows read from one figure. Used by the trends view.
 */
import type { Language } from '../i18n/index.ts';
import { baseOption, categoryAxisStyle, numberText, percentText, valueAxisStyle } from './base.ts';
import type { ValueFormat } from './bars.ts';
import type { ChartOption } from './types.ts';

export interface TimeSeries {
  name: string;
  type: 'bar' | 'line';
  colour?: string;
  /** One value per point in time; null for none. */
  values: (number | null)[];
  stack?: string;
  /** Drawn against the second (growth) axis, in percent. */
  growth?: boolean;
}

const formatted = (language: Language, value: number, format: ValueFormat) =>
  format === 'percent' ? percentText(language, value) : numberText(language, value, 1);

/** Points in time on the x axis, the series over them; `format` is the main axis' unit. */
export function timelineOption(
  times: readonly string[],
  series: readonly TimeSeries[],
  language: Language,
  options: { description: string; format: ValueFormat; max?: number },
): ChartOption {
  const hasGrowth = series.some((s) => s.growth);
  return {
    ...baseOption(options.description),
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: hasGrowth ? 8 : 16, top: 34, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as {
          axisValueLabel?: string;
          seriesIndex: number;
          marker?: string;
          seriesName: string;
          value: unknown;
        }[];
        const head = items[0]?.axisValueLabel ?? '';
        const lines = items.map((item) => {
          const s = series[item.seriesIndex];
          const value =
            typeof item.value === 'number'
              ? formatted(language, item.value, s?.growth ? 'percent' : options.format)
              : '—';
          return `${item.marker ?? ''}${item.seriesName}: ${value}`;
        });
        return [head, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...times],
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        ...valueAxisStyle,
        ...(options.max !== undefined && { max: options.max }),
        axisLabel: {
          ...valueAxisStyle.axisLabel,
          formatter: (value: number) => formatted(language, value, options.format),
        },
      },
      ...(hasGrowth
        ? [
            {
              type: 'value' as const,
              ...valueAxisStyle,
              splitLine: { show: false },
              axisLabel: {
                ...valueAxisStyle.axisLabel,
                formatter: (value: number) => percentText(language, value, 0),
              },
            },
          ]
        : []),
    ],
    series: series.map((s) => ({
      type: s.type,
      name: s.name,
      ...(s.stack !== undefined && { stack: s.stack }),
      ...(s.colour !== undefined && {
        itemStyle: { color: s.colour },
        ...(s.type === 'line' && {
          lineStyle: { color: s.colour, ...(s.growth && { type: 'dashed' as const }) },
        }),
      }),
      ...(s.type === 'bar' && { barMaxWidth: 28 }),
      ...(s.type === 'line' && { connectNulls: false, symbolSize: 6 }),
      yAxisIndex: s.growth ? 1 : 0,
      data: [...s.values],
    })),
  } as ChartOption;
}
