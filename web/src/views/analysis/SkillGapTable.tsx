/**
 * The competencies of a skill gap, largest gap first: name, dimension, demand share, required and
 * taught level, supply, gap (with a bar scaled to the largest gap), and the courses and occupations
 * behind the numbers. A row is picked by click or keyboard; the picked row lists its courses and
 * occupations one per line and is scrolled into view when picked from the graph.
 */
import { useEffect, useRef } from 'react';
import type { CompetencyGap, SkillGapAnswer } from '../../core/analysis/index.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { supplyColour } from '../../core/analysis/visuals.ts';
import { nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from './useNodeNames.ts';

const dimensionKeys: Record<string, MessageKey> = {
  knowledge: 'dimension.knowledge',
  skill: 'dimension.skill',
  quality: 'dimension.quality',
};

/**
 * Courses or occupations behind a number: collapsed, their count and one line of names; expanded
 * (the picked row), one per line.
 */
function ItemList({
  items,
  expanded,
  empty,
}: {
  items: { id: string; label: string }[];
  expanded: boolean;
  empty?: string;
}) {
  const { language } = useTranslation();
  if (items.length === 0) return empty ? <span className="cell-empty">{empty}</span> : null;
  if (expanded)
    return (
      <ul className="cell-items">
        {items.map((item) => (
          <li key={item.id} title={item.id}>
            {item.label}
          </li>
        ))}
      </ul>
    );
  const line = items.map((item) => item.label).join(language === 'zh' ? '、' : ', ');
  return (
    <span className="cell-inline" title={line}>
      <span className="count-badge">{items.length}</span>
      {line}
    </span>
  );
}

function CompetencyRow({
  competency,
  maxGap,
  selected,
  onToggle,
}: {
  competency: CompetencyGap;
  maxGap: number;
  selected: boolean;
  onToggle: (key: string) => void;
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const dimension = dimensionKeys[competency.dimension];
  const courses = competency.courses.map((k) => ({
    id: `${k.kind}:${k.key}`,
    label: `${nameOf(`${k.kind}:${k.key}`, k.key)} ${formatLevel(k.level)}`,
  }));
  const occupations = [...competency.occupations]
    .sort((a, b) => b.contribution - a.contribution)
    .map((o) => ({ id: `Occupation:${o.key}`, label: nameOf(`Occupation:${o.key}`, o.key) }));
  const toggle = () => onToggle(competency.key);

  return (
    <tr
      ref={rowRef}
      className={selected ? 'gap-row gap-row-selected' : 'gap-row'}
      data-testid="skill-gap-row"
      data-key={competency.key}
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
      <th scope="row" className="cell-name">
        {nodeName(competency, language)}
      </th>
      <td className="cell-dimension">
        <span className={`dimension dimension-${competency.dimension}`}>
          {dimension ? t(dimension) : competency.dimension}
        </span>
      </td>
      <td className="cell-number">{formatPercent(language, competency.share)}</td>
      <td className="cell-number cell-levels">
        {formatLevel(competency.requiredLevel)}
        <span className="level-arrow" aria-hidden="true">
          →
        </span>
        {formatLevel(competency.taughtLevel)}
      </td>
      <td className="cell-number">
        <span className="supply-dot" style={{ background: supplyColour(competency.supply) }} />
        {formatPercent(language, competency.supply, 0)}
      </td>
      <td className="cell-gap">
        <span className="gap-bar" aria-hidden="true">
          <span style={{ width: `${maxGap > 0 ? (competency.gap / maxGap) * 100 : 0}%` }} />
        </span>
        <span className="gap-value">{formatPercent(language, competency.gap, 2)}</span>
      </td>
      <td className="cell-list">
        <ItemList items={courses} expanded={selected} empty={t('skillGap.notTaught')} />
      </td>
      <td className="cell-list">
        <ItemList items={occupations} expanded={selected} />
      </td>
    </tr>
  );
}

export function SkillGapTable({
  answer,
  selected,
  onToggle,
}: {
  answer: SkillGapAnswer;
  /** Key of the picked competency. */
  selected: string | null;
  /** Picks a competency, or un-picks it when it is picked already. */
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const maxGap = Math.max(0, ...answer.competencies.map((c) => c.gap));
  if (answer.competencies.length === 0)
    return <p className="analysis-empty">{t('skillGap.empty')}</p>;
  return (
    <section className="analysis-table-panel">
      <h2 className="panel-heading table-heading">{t('skillGap.table')}</h2>
      <div className="analysis-table-wrap">
        <table className="analysis-table gap-table" data-testid="skill-gap-table">
          <colgroup>
            <col className="col-name" />
            <col className="col-dimension" />
            <col className="col-share" />
            <col className="col-levels" />
            <col className="col-supply" />
            <col className="col-gap" />
            <col className="col-courses" />
            <col className="col-occupations" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('skillGap.col.competency')}</th>
              <th scope="col">{t('skillGap.col.dimension')}</th>
              <th scope="col" className="cell-number">
                {t('skillGap.col.share')}
              </th>
              <th scope="col" className="cell-number" title={t('skillGap.col.levelsHint')}>
                {t('skillGap.col.levels')}
              </th>
              <th scope="col" className="cell-number">
                {t('skillGap.col.supply')}
              </th>
              <th scope="col">{t('skillGap.col.gap')}</th>
              <th scope="col">{t('skillGap.col.courses')}</th>
              <th scope="col">{t('skillGap.col.occupations')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.competencies.map((competency) => (
              <CompetencyRow
                key={competency.key}
                competency={competency}
                maxGap={maxGap}
                selected={competency.key === selected}
                onToggle={onToggle}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
