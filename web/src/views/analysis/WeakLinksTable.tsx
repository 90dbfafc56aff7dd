/**
 * The chain's segments in order, upstream → downstream, grouped by position: status badge,
 * local / all enterprises (with the local share as a bar) and location quotient. Clicking a row
 * lists its local enterprises.
 */
import { useEffect, useRef } from 'react';
import type { SegmentStrength, WeakLinksAnswer } from '../../core/analysis/index.ts';
import { formatQuotient } from '../../core/analysis/format.ts';
import { positionRuns } from '../../core/analysis/weakLinks.ts';
import { nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { StatusBadge } from './StatusBadge.tsx';

const positionKeys: Record<string, MessageKey> = {
  upstream: 'weakLinks.position.upstream',
  midstream: 'weakLinks.position.midstream',
  downstream: 'weakLinks.position.downstream',
};

function SegmentRow({
  segment,
  selected,
  onToggle,
}: {
  segment: SegmentStrength;
  selected: boolean;
  onToggle: (key: string) => void;
}) {
  const { language } = useTranslation();
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const toggle = () => onToggle(segment.key);
  const localShare = segment.enterprises > 0 ? segment.localEnterprises / segment.enterprises : 0;
  return (
    <tr
      ref={rowRef}
      className={selected ? 'link-row link-row-selected' : 'link-row'}
      data-testid="weak-link-row"
      data-status={segment.status}
      data-key={segment.key}
      aria-selected={selected}
      tabIndex={0}
      onClick={toggle}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle();
        }
      }}
    >
      <td className="cell-number cell-order">{segment.order ?? '—'}</td>
      <th scope="row" className="cell-name">
        {nodeName(segment, language)}
      </th>
      <td>
        <StatusBadge status={segment.status} />
      </td>
      <td className="cell-local">
        <span className="local-bar" aria-hidden="true">
          <span
            className={`status-fill-${segment.status}`}
            style={{ width: `${localShare * 100}%` }}
          />
        </span>
        <span className="local-value">
          {segment.localEnterprises} / {segment.enterprises}
        </span>
      </td>
      <td className="cell-number">{formatQuotient(language, segment.locationQuotient)}</td>
    </tr>
  );
}

export function WeakLinksTable({
  answer,
  selected,
  onToggle,
}: {
  answer: WeakLinksAnswer;
  /** Key of the picked segment. */
  selected: string | null;
  /** Picks a segment, or un-picks it when it is picked already. */
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (answer.segments.length === 0) return <p className="analysis-empty">{t('weakLinks.empty')}</p>;
  return (
    <section className="analysis-table-panel">
      <h2 className="panel-heading table-heading">{t('weakLinks.table')}</h2>
      <div className="analysis-table-wrap">
        <table className="analysis-table links-table" data-testid="weak-links-table">
          <thead>
            <tr>
              <th scope="col" className="cell-number">
                {t('weakLinks.col.order')}
              </th>
              <th scope="col">{t('weakLinks.col.segment')}</th>
              <th scope="col">{t('weakLinks.col.status')}</th>
              <th scope="col">{t('weakLinks.col.local')}</th>
              <th scope="col" className="cell-number">
                {t('weakLinks.col.lq')}
              </th>
            </tr>
          </thead>
          {positionRuns(answer.segments).map((run, index) => {
            const position = positionKeys[run.position];
            return (
              <tbody key={`${run.position}-${index}`}>
                <tr className="position-row">
                  <th scope="rowgroup" colSpan={5}>
                    {position ? t(position) : run.position || '—'}
                  </th>
                </tr>
                {run.segments.map((segment) => (
                  <SegmentRow
                    key={segment.key}
                    segment={segment}
                    selected={segment.key === selected}
                    onToggle={onToggle}
                  />
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
