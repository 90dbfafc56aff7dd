/**
 * A chart in an analysis view: a titled figure whose drawing (ECharts) is loaded lazily, so a
 * reader who never opens a view with a chart never downloads the library. Why ECharts: it is
 * actively maintained (Apache), made for dashboards of exactly these kinds — bars, trends, heat
 * maps with tooltips, legends and visual maps — renders to SVG for print, writes an aria
 * description for screen readers, and its modular build lets the client load only what it uses.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { ChartOption } from '../../core/charts/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './chart.css';

export interface ChartProps {
  option: ChartOption;
  /** CSS height of the drawing. */
  height: number | string;
  testId?: string;
  /** Called with a node id (`Kind:key`) when a data point standing for a node is clicked. */
  onPick?(nodeId: string): void;
}

/** A figure whose drawing needs at least this width scrolls sideways inside itself on a phone. */
type MinWidth = { minWidth?: number };

const EChart = lazy(() => import('./EChart.tsx'));

export function Chart({
  title,
  caption,
  actions,
  minWidth,
  ...props
}: ChartProps & MinWidth & { title: string; caption?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="chart-panel">
      <div className="chart-head">
        <h2 className="panel-heading">{title}</h2>
        {actions && <div className="chart-actions">{actions}</div>}
      </div>
      {/* A figure that may scroll sideways is reachable by keyboard (arrow keys scroll it). */}
      <div
        className="chart-scroll"
        {...(minWidth && { tabIndex: 0, role: 'region', 'aria-label': title })}
      >
        <div style={minWidth ? { minWidth } : undefined}>
          <Suspense
            fallback={
              <div className="chart-loading" style={{ height: props.height }} role="status">
                {t('chart.loading')}
              </div>
            }
          >
            <EChart {...props} />
          </Suspense>
        </div>
      </div>
      {caption && <figcaption className="chart-caption">{caption}</figcaption>}
    </figure>
  );
}
