/**
 * The chart options the analysis views build: ECharts' own option type, narrowed to the series and
 * components the client registers (bar, line, heat map; grid, tooltip, legend, visual map, title,
 * dataset, aria, mark line), so an option using anything not loaded fails to type-check instead of
 * drawing nothing. Types only: the library itself is loaded with the first chart.
 */
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | AriaComponentOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** A chart's data point that stands for a node: clicking it picks the node (`Kind:key`). */
export interface PickableDatum {
  nodeId?: string;
}
