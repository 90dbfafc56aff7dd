/**
 * Relatedness tables: the related occupations or segments ranked by similarity, and for the picked
 * one what the two share and — for an occupation — what a move there would have to learn.
 */
import { useMemo } from 'react';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import type { RelatedAnswer, RelatedRow } from '../../core/analysis/related.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { BarCell, DimensionChip, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

export function RelatedTable({
  answer,
  rows,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: RelatedAnswer;
  rows: readonly RelatedRow[];
  picked: string | null;
  onToggle: (id: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const columns = useMemo((): DataColumn<RelatedRow>[] => {
    const occupations = answer.kind === 'occupation';
    const learn = (key: string) =>
      answer.kind === 'occupation'
        ? (answer.result.related.find((r) => r.key === key)?.missing ?? [])
            .map((c) => nodeName(c, language))
            .join(language === 'zh' ? '、' : ', ')
        : '';
    return [
      {
        id: 'rank',
        label: t('alignment.col.rank'),
        value: (r) => r.rank,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'name',
        label: occupations ? t('talentMap.col.occupation') : t('weakLinks.col.segment'),
        value: (r) => nodeName(r, language),
        rowHeader: true,
        className: 'cell-name',
      },
      ...(!occupations
        ? [
            {
              id: 'chain',
              label: t('facts.chain'),
              value: (r: RelatedRow) => (r.chain ? nameOf(`Chain:${r.chain}`, r.chain) : ''),
            },
          ]
        : []),
      {
        id: 'similarity',
        label: t('related.col.similarity'),
        value: (r) => r.similarity,
        text: (r) => formatPercent(language, r.similarity, 1),
        format: 'percent',
        explain: occupations ? 'occupationSimilarity' : 'segmentSimilarity',
        render: (r) => (
          <BarCell value={r.similarity} max={1} text={formatPercent(language, r.similarity, 1)} />
        ),
      },
      {
        id: 'shared',
        label: t('related.col.shared'),
        value: (r) => r.shared,
        format: 'integer',
        className: 'cell-number',
      },
      ...(occupations
        ? [
            {
              id: 'missing',
              label: t('related.col.missing'),
              value: (r: RelatedRow) => r.missing,
              format: 'integer' as const,
              className: 'cell-number',
            },
            {
              id: 'learn',
              label: t('related.col.learn'),
              value: (r: RelatedRow) => learn(r.key),
              className: 'cell-list',
            },
          ]
        : []),
    ];
  }, [answer, language, t, nameOf]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      testId="related-rows"
      picked={picked}
      onToggle={onToggle}
      empty={answer.result.reason ?? t('related.empty')}
      about={about}
    />
  );
}

interface DetailRow {
  key: string;
  name_zh: string;
  name_en?: string;
  dimension: string;
  standing: 'shared' | 'learn';
  /** Occupations: the subject's and the target's weights and levels. */
  weight?: number;
  targetWeight?: number;
  level?: number;
  targetLevel?: number;
  levelGap?: number;
  /** Segments: both shares. */
  share?: number;
  targetShare?: number;
}

export function RelatedDetailTable({
  answer,
  pickedKey,
  title,
  about,
}: {
  answer: RelatedAnswer;
  pickedKey: string;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const dimensionName = useDimensionName();
  const rows = useMemo((): DetailRow[] => {
    if (answer.kind === 'occupation') {
      const r = answer.result.related.find((x) => x.key === pickedKey);
      if (!r) return [];
      return [
        ...r.missing.map((c) => ({
          ...c,
          standing: 'learn' as const,
          targetWeight: c.weight,
          targetLevel: c.level,
          weight: 0,
          level: 0,
          levelGap: c.level,
        })),
        ...r.shared.map((c) => ({ ...c, standing: 'shared' as const })),
      ];
    }
    const r = answer.result.related.find((x) => x.key === pickedKey);
    return r ? r.shared.map((c) => ({ ...c, standing: 'shared' as const })) : [];
  }, [answer, pickedKey]);
  const columns = useMemo((): DataColumn<DetailRow>[] => {
    const base: DataColumn<DetailRow>[] = [
      {
        id: 'competency',
        label: t('skillGap.col.competency'),
        value: (c) => nodeName(c, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'standing',
        label: t('matching.col.standing'),
        value: (c) => t(`related.standing.${c.standing}`),
        render: (c) => (
          <span className={`cell-tag cell-tag-${c.standing === 'learn' ? 'missing' : 'matched'}`}>
            {t(`related.standing.${c.standing}`)}
          </span>
        ),
      },
      {
        id: 'dimension',
        label: t('skillGap.col.dimension'),
        value: (c) => dimensionName(c.dimension),
        render: (c) => (
          <DimensionChip dimension={c.dimension}>{dimensionName(c.dimension)}</DimensionChip>
        ),
      },
    ];
    if (answer.kind === 'segment')
      return [
        ...base,
        {
          id: 'share',
          label: t('related.col.share'),
          value: (c) => c.share ?? null,
          format: 'percent',
          className: 'cell-number',
          explain: 'share',
        },
        {
          id: 'targetShare',
          label: t('related.col.targetShare'),
          value: (c) => c.targetShare ?? null,
          format: 'percent',
          className: 'cell-number',
          explain: 'share',
        },
      ];
    const level = (value: number | undefined) => (value ? formatLevel(value) : '—');
    return [
      ...base,
      {
        id: 'level',
        label: t('related.col.level'),
        value: (c) => c.level ?? null,
        text: (c) => level(c.level),
        format: 'number',
        className: 'cell-number',
      },
      {
        id: 'targetLevel',
        label: t('related.col.targetLevel'),
        value: (c) => c.targetLevel ?? null,
        text: (c) => level(c.targetLevel),
        format: 'number',
        className: 'cell-number',
      },
      {
        id: 'levelGap',
        label: t('related.col.levelGap'),
        value: (c) => c.levelGap ?? null,
        text: (c) => formatNumber(language, c.levelGap ?? 0),
        format: 'number',
        className: 'cell-number',
      },
      {
        id: 'targetWeight',
        label: t('matching.col.weight'),
        value: (c) => c.targetWeight ?? null,
        format: 'number',
        className: 'cell-number',
      },
    ];
  }, [answer.kind, language, t, dimensionName]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(c) => `${c.standing}|${c.key}`}
      testId="related-detail"
      rowData={(c) => ({ 'data-standing': c.standing })}
      about={about}
    />
  );
}
