/**
 * The talent map's tables: every competency with its dimension, demand D_c, share δ_c, required
 * level and the occupations behind it; every occupation with its demand d_o, the segments that
 * employ it and, under postings demand, the postings counted.
 */
import { useMemo } from 'react';
import type { CompetencyDemand, OccupationDemand, TalentMap } from '../../core/analysis/answers.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { BarCell, DimensionChip, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { ItemList, joinLabels, type ListedItem } from '../table/ItemList.tsx';

export function CompetencyDemandTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: TalentMap;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const dimensionName = useDimensionName();
  const columns = useMemo((): DataColumn<CompetencyDemand>[] => {
    const occupationName = new Map(answer.occupations.map((o) => [o.key, nodeName(o, language)]));
    const maxShare = Math.max(0, ...answer.competencies.map((c) => c.share));
    const occupations = (c: CompetencyDemand): ListedItem[] =>
      [...c.occupations]
        .sort((a, b) => b.contribution - a.contribution)
        .map((o) => ({ id: `Occupation:${o.key}`, label: occupationName.get(o.key) ?? o.key }));
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
        id: 'demand',
        label: t('talentMap.col.competencyDemand'),
        value: (c) => c.demand,
        text: (c) => formatNumber(language, Math.round(c.demand)),
        format: 'number',
        className: 'cell-number',
        explain: 'competencyDemand',
      },
      {
        id: 'share',
        label: t('skillGap.col.share'),
        value: (c) => c.share,
        text: (c) => formatPercent(language, c.share, 2),
        format: 'percent',
        explain: 'share',
        render: (c) => (
          <BarCell value={c.share} max={maxShare} text={formatPercent(language, c.share, 2)} />
        ),
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
        id: 'occupations',
        label: t('skillGap.col.occupations'),
        value: (c) => joinLabels(occupations(c), language),
        className: 'cell-list',
        render: (c, isPicked) => <ItemList items={occupations(c)} expanded={isPicked} />,
      },
    ];
  }, [answer, language, t, dimensionName]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.competencies}
      rowKey={(c) => c.key}
      testId="talent-map-competencies"
      picked={picked}
      onToggle={onToggle}
      empty={t('talentMap.empty')}
      about={about}
    />
  );
}

export function OccupationDemandTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: TalentMap;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const columns = useMemo((): DataColumn<OccupationDemand>[] => {
    const segmentName = new Map(answer.segments.map((s) => [s.key, nodeName(s, language)]));
    const maxDemand = Math.max(0, ...answer.occupations.map((o) => o.demand));
    const segments = (o: OccupationDemand): ListedItem[] =>
      o.segments.map((key) => ({ id: `Segment:${key}`, label: segmentName.get(key) ?? key }));
    return [
      {
        id: 'occupation',
        label: t('talentMap.col.occupation'),
        value: (o) => nodeName(o, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'demand',
        label: t('talentMap.col.occupationDemand'),
        value: (o) => o.demand,
        text: (o) => formatNumber(language, o.demand),
        format: 'number',
        explain: 'occupationDemand',
        render: (o) => (
          <BarCell value={o.demand} max={maxDemand} text={formatNumber(language, o.demand)} />
        ),
      },
      {
        id: 'segments',
        label: t('talentMap.col.segments'),
        value: (o) => joinLabels(segments(o), language),
        className: 'cell-list',
        render: (o, isPicked) => <ItemList items={segments(o)} expanded={isPicked} />,
      },
      {
        id: 'postings',
        label: t('talentMap.col.postings'),
        value: (o) => o.postings.length,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'profile',
        label: t('talentMap.col.profileFrom'),
        value: (o) => (o.profileFrom ? `${o.profileFrom.rel} ${o.profileFrom.key}` : ''),
      },
    ];
  }, [answer, language, t]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.occupations}
      rowKey={(o) => o.key}
      testId="talent-map-occupations"
      picked={picked}
      onToggle={onToggle}
      about={about}
    />
  );
}
