/**
 * Heat-map options: columns along the top (segments or occupations), competencies down the side
 * grouped by dimension (each label in its dimension's colour), each cell shaded by its share of the
 * chain's competency demand. A cell that stands for a competency picks it on click.
 */
import type { Language } from '../i18n/index.ts';
import { nodeName } from '../i18n/index.ts';
import { baseOption, percentText, shortLabel } from './base.ts';
import { axisColours, dimensionColours, sequentialBlues } from './palette.ts';
import type { ChartOption } from './types.ts';

export interface HeatInput {
  columns: { id: string; key: string; name_zh: string; name_en?: string }[];
  rows: { key: string; name_zh: string; name_en?: string; dimension: string }[];
  cells: [number, number, number][];
  max: number;
}

/** Pixels per competency row, so the chart's height follows the rows shown. */
export const heatRowHeight = 18;

export function heatMapHeight(rows: number): number {
  return Math.max(220, rows * heatRowHeight + 150);
}

export function heatMapOption(
  input: HeatInput,
  language: Language,
  text: { description: string; cell: (column: string, row: string, value: string) => string },
): ChartOption {
  const rowNames = input.rows.map((row) => nodeName(row, language));
  const columnNames = input.columns.map((column) => nodeName(column, language));
  const dimensionOf = input.rows.map((row) => row.dimension);
  return {
    ...baseOption(text.description),
    grid: { left: 8, right: 16, top: 110, bottom: 40, containLabel: true },
    tooltip: {
      confine: true,
      formatter: (params: unknown) => {
        const { data } = params as { data: { value: [number, number, number] } };
        const [x, y, v] = data.value;
        return text.cell(columnNames[x] ?? '', rowNames[y] ?? '', percentText(language, v, 2));
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columnNames,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: axisColours.line } },
      axisLabel: { rotate: 45, interval: 0, formatter: (name: string) => shortLabel(name, 14) },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rowNames,
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: axisColours.line } },
      axisLabel: {
        interval: 0,
        formatter: (name: string, index: number) =>
          `{${dimensionOf[index] ?? 'other'}|${shortLabel(name, 22)}}`,
        rich: Object.fromEntries(
          [...Object.entries(dimensionColours), ['other', axisColours.text]].map(([d, colour]) => [
            d,
            { color: colour },
          ]),
        ),
      },
    },
    visualMap: {
      min: 0,
      max: input.max > 0 ? input.max : 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: [...sequentialBlues] },
      formatter: (value: unknown) => percentText(language, Number(value), 1),
    },
    series: [
      {
        type: 'heatmap',
        data: input.cells.map(([x, y, v]) => ({
          value: [x, y, v],
          nodeId: `Competency:${input.rows[y]?.key ?? ''}`,
        })),
        emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } },
        progressive: 0,
      },
    ],
  };
}
