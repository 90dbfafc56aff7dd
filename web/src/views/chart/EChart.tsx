/**
 * One ECharts instance in a React component, loaded with the first chart a reader opens (see
 * `Chart.tsx`). Only what the views use is registered — bar, line and heat-map series, their
 * components, the SVG renderer — so the library's chunk stays a fraction of the full build. SVG
 * rather than canvas: text in charts stays selectable and sharp, a printed report gets vector
 * charts, and the browser tests can read the drawn labels. The chart follows its container's size;
 * a click on a data point that stands for a node picks it.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../../core/charts/index.ts';
import type { ChartProps } from './Chart.tsx';

use([
  BarChart,
  LineChart,
  HeatmapChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** How many data points an option draws (for tests and the figure's description). */
export function dataPoints(option: ChartOption): number {
  const series = Array.isArray(option.series)
    ? option.series
    : option.series
      ? [option.series]
      : [];
  return series.reduce(
    (sum, s) =>
      sum +
      (Array.isArray((s as { data?: unknown }).data) ? (s as { data: unknown[] }).data.length : 0),
    0,
  );
}

function nodeIdOf(data: unknown): string | null {
  if (data && typeof data === 'object' && 'nodeId' in data) {
    const id = (data as { nodeId?: unknown }).nodeId;
    return typeof id === 'string' ? id : null;
  }
  return null;
}

export default function EChart({ option, height, testId, onPick }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = init(container, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const id = nodeIdOf(params.data);
      if (id) onPickRef.current?.(id);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={containerRef}
      className="chart-canvas"
      style={{ height }}
      data-testid={testId}
      data-points={dataPoints(option)}
    />
  );
}
