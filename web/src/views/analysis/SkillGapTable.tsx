/**
 * The competencies of a skill gap, largest gap first: name, dimension, demand share, required and
 * taught level, supply, gap (with a bar scaled to the largest gap), and the courses and occupations
 * behind the numbers. Sorts, filters and exports (CSV, Excel) like every analysis table; a row is
 * picked by click or keyboard and then lists its courses and occupations one per line.
 */
import { useMemo } from 'react';
import type { CompetencyGap, SkillGapAnswer } from '../../core/analysis/index.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { supplyColour } from '../../core/analysis/visuals.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { BarCell, DimensionChip, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { ItemList, joinLabels, type ListedItem } from '../table/ItemList.tsx';
import { useNodeNames } from './useNodeNames.ts';

export function SkillGapTable({
  answer,
  selected,
  onToggle,
  title,
  about,
  filter,
  onFilterChange,
}: {
  answer: SkillGapAnswer;
  /** Key of the picked competency. */
  selected: string | null;
  /** Picks a competency, or un-picks it when it is picked already. */
  onToggle: (key: string) => void;
  /** The export's name: the table and its subject. */
  title: string;
  about: [string, string][];
  filter: string;
  onFilterChange: (filter: string) => void;
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const dimensionName = useDimensionName();

  const columns = useMemo((): DataColumn<CompetencyGap>[] => {
    const maxGap = Math.max(0, ...answer.competencies.map((c) => c.gap));
    const courses = (c: CompetencyGap): ListedItem[] =>
      c.courses.map((k) => ({
        id: `${k.kind}:${k.key}`,
        label: `${nameOf(`${k.kind}:${k.key}`, k.key)} ${formatLevel(k.level)}`,
      }));
    const occupations = (c: CompetencyGap): ListedItem[] =>
      [...c.occupations]
        .sort((a, b) => b.contribution - a.contribution)
        .map((o) => ({ id: `Occupation:${o.key}`, label: nameOf(`Occupation:${o.key}`, o.key) }));
    return [
      {
        id: 'competency',
        label: t('skillGap.col.competency'),
        value: (c) => nodeName(c, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'dimension',
        label: t('skillGap.col.dimension'),
        value: (c) => dimensionName(c.dimension),
        render: (c) => (
          <DimensionChip dimension={c.dimension}>{dimensionName(c.dimension)}</DimensionChip>
        ),
      },
      {
        id: 'share',
        label: t('skillGap.col.share'),
        value: (c) => c.share,
        format: 'percent',
        className: 'cell-number',
        explain: 'share',
      },
      {
        id: 'required',
        label: t('skillGap.col.required'),
        value: (c) => c.requiredLevel,
        text: (c) => formatLevel(c.requiredLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'requiredLevel',
      },
      {
        id: 'taught',
        label: t('skillGap.col.taught'),
        value: (c) => c.taughtLevel,
        text: (c) => formatLevel(c.taughtLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'taughtLevel',
      },
      {
        id: 'supply',
        label: t('skillGap.col.supply'),
        value: (c) => c.supply,
        text: (c) => formatPercent(language, c.supply, 0),
        format: 'percent',
        className: 'cell-number',
        explain: 'supply',
        render: (c) => (
          <>
            <span className="supply-dot" style={{ background: supplyColour(c.supply) }} />
            {formatPercent(language, c.supply, 0)}
          </>
        ),
      },
      {
        id: 'gap',
        label: t('skillGap.col.gap'),
        value: (c) => c.gap,
        text: (c) => formatPercent(language, c.gap, 2),
        format: 'percent',
        className: 'cell-gap',
        explain: 'gap',
        render: (c) => (
          <BarCell
            value={c.gap}
            max={maxGap}
            text={formatPercent(language, c.gap, 2)}
            colour="#dc2626"
          />
        ),
      },
      {
        id: 'courses',
        label: t('skillGap.col.courses'),
        // "Not taught" is a value too: it filters and exports.
        value: (c) =>
          c.courses.length > 0 ? joinLabels(courses(c), language) : t('skillGap.notTaught'),
        className: 'cell-list',
        render: (c, picked) => (
          <ItemList items={courses(c)} expanded={picked} empty={t('skillGap.notTaught')} />
        ),
      },
      {
        id: 'occupations',
        label: t('skillGap.col.occupations'),
        value: (c) => joinLabels(occupations(c), language),
        className: 'cell-list',
        render: (c, picked) => <ItemList items={occupations(c)} expanded={picked} />,
      },
    ];
  }, [answer, language, t, nameOf, dimensionName]);

  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.competencies}
      rowKey={(c) => c.key}
      testId="skill-gap-table"
      rowTestId="skill-gap-row"
      picked={selected}
      onToggle={onToggle}
      empty={t('skillGap.empty')}
      about={about}
      filter={filter}
      onFilterChange={onFilterChange}
      className="gap-table"
    />
  );
}
