/**
 * The experts ranked for a request: name, title, affiliations, score (and its competency and field
 * parts), the competencies and fields that ranked them, and the requested items they do not cover.
 */
import { useMemo } from 'react';
import type { ExpertFinder, ExpertMatch } from '../../core/analysis/answers.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { BarCell, Tags } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

type ExpertRow = ExpertMatch & { rank: number };

export function ExpertsTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: ExpertFinder;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const rows = useMemo(() => answer.experts.map((e, i) => ({ ...e, rank: i + 1 })), [answer]);
  const columns = useMemo((): DataColumn<ExpertRow>[] => {
    const separator = language === 'zh' ? '、' : ', ';
    const competencyTags = (e: ExpertRow) =>
      e.competencies.map((c) => ({
        key: c.key,
        label: `${nodeName(c, language)} ${formatLevel(c.level)}`,
      }));
    const fieldTags = (e: ExpertRow) =>
      e.fields.map((f) => ({
        key: `${f.kind}:${f.key}`,
        label: `${nodeName(f, language)}${f.via.hops > 0 ? ` (${t('experts.hops', { hops: f.via.hops })})` : ''}`,
        title: `${f.via.kind}:${f.via.key}`,
      }));
    const uncovered = (e: ExpertRow) =>
      e.uncovered.map((id) => ({ key: id, label: nameOf(id, id.slice(id.indexOf(':') + 1)) }));
    return [
      {
        id: 'rank',
        label: t('alignment.col.rank'),
        value: (e) => e.rank,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'expert',
        label: t('experts.col.expert'),
        value: (e) => nodeName(e, language),
        rowHeader: true,
        className: 'cell-name',
      },
      { id: 'title', label: t('experts.col.title'), value: (e) => e.title ?? '' },
      {
        id: 'affiliations',
        label: t('experts.col.affiliations'),
        value: (e) => e.affiliations.map((a) => nodeName(a, language)).join(separator),
        className: 'cell-list',
      },
      {
        id: 'score',
        label: t('experts.col.score'),
        value: (e) => e.score,
        text: (e) => formatPercent(language, e.score, 0),
        format: 'percent',
        explain: 'expertScore',
        render: (e) => (
          <BarCell value={e.score} max={1} text={formatPercent(language, e.score, 0)} />
        ),
      },
      {
        id: 'competencies',
        label: t('experts.col.competencies'),
        value: (e) =>
          competencyTags(e)
            .map((x) => x.label)
            .join(separator),
        className: 'cell-list',
        render: (e) => <Tags items={competencyTags(e)} tone="matched" />,
      },
      {
        id: 'fields',
        label: t('experts.col.fields'),
        value: (e) =>
          fieldTags(e)
            .map((x) => x.label)
            .join(separator),
        className: 'cell-list',
        render: (e) => <Tags items={fieldTags(e)} tone="matched" />,
      },
      {
        id: 'uncovered',
        label: t('experts.col.uncovered'),
        value: (e) =>
          uncovered(e)
            .map((x) => x.label)
            .join(separator),
        className: 'cell-list',
        render: (e) => <Tags items={uncovered(e)} tone="missing" />,
      },
    ];
  }, [language, t, nameOf]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(e) => e.key}
      testId="experts-rows"
      picked={picked}
      onToggle={onToggle}
      empty={t('experts.empty')}
      about={about}
    />
  );
}
