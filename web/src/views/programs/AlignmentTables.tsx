/**
 * The alignment's tables: programs ranked by their best coverage (with the chain it is best
 * against, their program groups and largest gaps), and for the picked program its largest gaps
 * per chain — the competencies a program would have to teach to serve its chain better.
 */
import { useMemo } from 'react';
import type { Alignment, GapSummary, ProgramAlignment } from '../../core/analysis/answers.ts';
import { formatLevel, formatPercent } from '../../core/analysis/format.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { BarCell, DimensionChip, useDimensionName } from '../table/cells.tsx';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';
import { ItemList, joinLabels, type ListedItem } from '../table/ItemList.tsx';

export function ProgramRankTable({
  answer,
  picked,
  onToggle,
  title,
  about,
}: {
  answer: Alignment;
  picked: string | null;
  onToggle: (key: string) => void;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const columns = useMemo((): DataColumn<ProgramAlignment>[] => {
    const chainName = new Map(answer.chains.map((c) => [c.key, nodeName(c, language)]));
    const gaps = (p: ProgramAlignment): ListedItem[] => {
      const best = p.chains.find((c) => c.chain === p.best?.chain) ?? p.chains[0];
      return (best?.topGaps ?? []).map((g) => ({
        id: `Competency:${g.key}`,
        label: `${nodeName(g, language)} ${formatPercent(language, g.gap, 1)}`,
      }));
    };
    return [
      {
        id: 'rank',
        label: t('alignment.col.rank'),
        value: (p) => p.rank,
        format: 'integer',
        className: 'cell-number',
      },
      {
        id: 'program',
        label: t('alignment.col.program'),
        value: (p) => nodeName(p, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'groups',
        label: t('alignment.col.groups'),
        value: (p) => p.programGroups.map((g) => nameOf(`ProgramGroup:${g}`, g)).join('、'),
      },
      {
        id: 'chain',
        label: t('alignment.col.bestChain'),
        value: (p) => (p.best ? (chainName.get(p.best.chain) ?? p.best.chain) : ''),
      },
      {
        id: 'coverage',
        label: t('alignment.col.coverage'),
        value: (p) => p.best?.coverage ?? null,
        text: (p) =>
          p.best ? formatPercent(language, p.best.coverage) : t('alignment.noCoverage'),
        format: 'percent',
        explain: 'alignmentCoverage',
        render: (p) =>
          p.best ? (
            <BarCell
              value={p.best.coverage}
              max={1}
              text={formatPercent(language, p.best.coverage)}
            />
          ) : (
            <span className="cell-empty" title={p.reason}>
              {t('alignment.noCoverage')}
            </span>
          ),
      },
      {
        id: 'gaps',
        label: t('alignment.col.topGaps'),
        value: (p) => joinLabels(gaps(p), language),
        className: 'cell-list',
        render: (p, isPicked) => <ItemList items={gaps(p)} expanded={isPicked} />,
      },
    ];
  }, [answer, language, t, nameOf]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={answer.programs}
      rowKey={(p) => p.key}
      testId="alignment-programs"
      picked={picked}
      onToggle={onToggle}
      empty={t('alignment.empty')}
      about={about}
    />
  );
}

interface GapRow extends GapSummary {
  chain: string;
}

export function ProgramGapsTable({
  answer,
  program,
  title,
  about,
}: {
  answer: Alignment;
  program: ProgramAlignment;
  title: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const dimensionName = useDimensionName();
  const rows = useMemo(
    (): GapRow[] => program.chains.flatMap((c) => c.topGaps.map((g) => ({ ...g, chain: c.chain }))),
    [program],
  );
  const columns = useMemo((): DataColumn<GapRow>[] => {
    const chainName = new Map(answer.chains.map((c) => [c.key, nodeName(c, language)]));
    return [
      {
        id: 'competency',
        label: t('skillGap.col.competency'),
        value: (g) => nodeName(g, language),
        rowHeader: true,
        className: 'cell-name',
      },
      {
        id: 'dimension',
        label: t('skillGap.col.dimension'),
        value: (g) => dimensionName(g.dimension),
        render: (g) => (
          <DimensionChip dimension={g.dimension}>{dimensionName(g.dimension)}</DimensionChip>
        ),
      },
      { id: 'chain', label: t('facts.chain'), value: (g) => chainName.get(g.chain) ?? g.chain },
      {
        id: 'share',
        label: t('skillGap.col.share'),
        value: (g) => g.share,
        format: 'percent',
        className: 'cell-number',
        explain: 'share',
      },
      {
        id: 'required',
        label: t('skillGap.col.required'),
        value: (g) => g.requiredLevel,
        text: (g) => formatLevel(g.requiredLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'requiredLevel',
      },
      {
        id: 'taught',
        label: t('skillGap.col.taught'),
        value: (g) => g.taughtLevel,
        text: (g) => formatLevel(g.taughtLevel),
        format: 'number',
        className: 'cell-number',
        explain: 'taughtLevel',
      },
      {
        id: 'gap',
        label: t('skillGap.col.gap'),
        value: (g) => g.gap,
        text: (g) => formatPercent(language, g.gap, 2),
        format: 'percent',
        className: 'cell-number',
        explain: 'gap',
      },
    ];
  }, [answer, language, t, dimensionName]);
  return (
    <DataTable
      title={title}
      columns={columns}
      rows={rows}
      rowKey={(g) => `${g.chain}|${g.key}`}
      testId="alignment-gaps"
      empty={program.reason ?? t('alignment.noGaps')}
      about={about}
    />
  );
}
