/**
 * Bar-chart options the views share: ranked horizontal bars (programs by coverage, occupations by
 * similarity), stacked horizontal bars (what a score is made of, and what is missing), and grouped
 * vertical bars over categories (demand in two periods, graduates by year). Bars that stand for a
 * node carry its id, so clicking one picks it.
 */
import type { Language } from '../i18n/index.ts';
import {
  baseOption,
  categoryAxisStyle,
  numberText,
  percentText,
  shortLabel,
  valueAxisStyle,
} from './base.ts';
import type { ChartOption } from './types.ts';

export type ValueFormat = 'percent' | 'number';

function formatValue(language: Language, value: number, format: ValueFormat): string {
  return format === 'percent' ? percentText(language, value) : numberText(language, value, 1);
}

export interface BarSeries {
  name: string;
  colour?: string;
  /** One value per category; null for none. */
  values: (number | null)[];
  /** Stacked series share a stack name. */
  stack?: string;
}

export interface BarCategory {
  label: string;
  /** The node the category stands for (`Kind:key`). */
  nodeId?: string;
}

/** Pixels per category of a horizontal bar chart, so its height follows the categories. */
export function horizontalBarHeight(categories: number, legend = true): number {
  return Math.max(160, categories * 26 + (legend ? 80 : 50));
}

/**
 * Horizontal bars, first category on top: one or more series (stacked when they name a stack),
 * values formatted as percentages or numbers; `max` fixes the value axis (1 for shares).
 */
export function horizontalBarsOption(
  categories: readonly BarCategory[],
  series: readonly BarSeries[],
  language: Language,
  options: { description: string; format: ValueFormat; max?: number; labels?: boolean },
): ChartOption {
  return {
    ...baseOption(options.description),
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : { show: false },
    grid: { left: 8, right: 48, top: series.length > 1 ? 30 : 8, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? formatValue(language, value, options.format) : '—',
    },
    xAxis: {
      type: 'value',
      ...valueAxisStyle,
      ...(options.max !== undefined && { max: options.max }),
      axisLabel: {
        ...valueAxisStyle.axisLabel,
        formatter: (value: number) => formatValue(language, value, options.format),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map((c) => c.label),
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        interval: 0,
        formatter: (label: string) => shortLabel(label, 26),
      },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      ...(s.stack !== undefined && { stack: s.stack }),
      ...(s.colour !== undefined && { itemStyle: { color: s.colour } }),
      barMaxWidth: 18,
      label: {
        show: options.labels !== false && s.stack === undefined,
        position: 'right',
        formatter: (params: unknown) => {
          const value = (params as { value: unknown }).value;
          return typeof value === 'number' ? formatValue(language, value, options.format) : '';
        },
      },
      data: s.values.map((value, i) => ({
        value,
        ...(categories[i]?.nodeId !== undefined && { nodeId: categories[i]?.nodeId }),
      })),
    })),
  };
}

/** Vertical bars grouped by category (periods, years), one colour per series. */
export function groupedBarsOption(
  categories: readonly BarCategory[],
  series: readonly BarSeries[],
  language: Language,
  options: { description: string; format: ValueFormat },
): ChartOption {
  return {
    ...baseOption(options.description),
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 12, top: 34, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? formatValue(language, value, options.format) : '—',
    },
    xAxis: {
      type: 'category',
      data: categories.map((c) => c.label),
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        interval: 0,
        formatter: (label: string) => shortLabel(label, 14),
      },
    },
    yAxis: {
      type: 'value',
      ...valueAxisStyle,
      axisLabel: {
        ...valueAxisStyle.axisLabel,
        formatter: (value: number) => formatValue(language, value, options.format),
      },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      ...(s.stack !== undefined && { stack: s.stack }),
      ...(s.colour !== undefined && { itemStyle: { color: s.colour } }),
      barMaxWidth: 28,
      data: s.values.map((value, i) => ({
        value,
        ...(categories[i]?.nodeId !== undefined && { nodeId: categories[i]?.nodeId }),
      })),
    })),
  };
}
