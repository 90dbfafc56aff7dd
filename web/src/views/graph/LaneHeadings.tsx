/**
 * The lanes of a chain layout over a sigma canvas: a faint band behind each lane and its heading
 * (上游 · 7, 中游 · 2 …), kept on the lane as the camera pans and zooms. Reads the lanes the layout
 * left in the graph's `chainLanes` attribute (see `core/layout/chain.ts`) and draws nothing for a
 * graph laid out otherwise. Shared by the explorer and the analysis views that draw a chain.
 */
import './graph.css';
import { useEffect, useRef, useState } from 'react';
import type { AtlasGraph } from '../../core/graph/types.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { valueName } from '../../core/i18n/values.ts';
import { chainLanesOf, type LaneBox } from '../../core/layout/index.ts';
import type { AtlasSigma } from './renderer.ts';

/** Graph units of padding around a lane's band (a row is one unit). */
const bandPadding = 0.6;

export function LaneHeadings({ sigma, graph }: { sigma: AtlasSigma; graph: AtlasGraph }) {
  const { language, t } = useTranslation();
  const [lanes, setLanes] = useState<LaneBox[] | null>(() => chainLanesOf(graph));
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const update = () => setLanes(chainLanesOf(graph));
    update();
    graph.on('attributesUpdated', update);
    graph.on('cleared', update);
    return () => {
      graph.off('attributesUpdated', update);
      graph.off('cleared', update);
    };
  }, [graph]);

  useEffect(() => {
    if (!lanes) return;
    const place = () => {
      const root = rootRef.current;
      if (!root) return;
      lanes.forEach((lane, index) => {
        const topLeft = sigma.graphToViewport({ x: lane.x - bandPadding, y: lane.y + bandPadding });
        const bottomRight = sigma.graphToViewport({
          x: lane.x + lane.width + bandPadding,
          y: lane.y - lane.height,
        });
        const band = root.children[index] as HTMLElement | undefined;
        if (!band) return;
        const width = Math.max(0, bottomRight.x - topLeft.x);
        band.style.transform = `translate(${topLeft.x}px, ${topLeft.y}px)`;
        band.style.width = `${width}px`;
        band.style.height = `${Math.max(0, bottomRight.y - topLeft.y)}px`;
        // A narrow lane (zoomed out, or a small canvas) keeps only what fits of its heading.
        band.dataset.fit = width < 48 ? 'none' : width < 120 ? 'name' : 'all';
        // The heading starts past the column of segments, whose nodes sit on the lane's left edge.
        const unit = width / (lane.width + 2 * bandPadding);
        const heading = band.firstElementChild as HTMLElement | null;
        if (heading) heading.style.left = `${Math.round(bandPadding * unit + 10)}px`;
      });
    };
    place();
    sigma.on('afterRender', place);
    return () => {
      sigma.off('afterRender', place);
    };
  }, [sigma, lanes]);

  if (!lanes) return null;
  return (
    <div className="lane-layer" ref={rootRef} data-testid="chain-lanes">
      {lanes.map((lane) => (
        <div key={lane.lane} className={`lane-band lane-band-${lane.lane}`} data-lane={lane.lane}>
          <span className="lane-heading">
            {lane.lane === 'unplaced' ? t('lanes.unplaced') : valueName(lane.lane, language)}
            <span className="lane-count">{t('lanes.segments', { count: lane.segments })}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
