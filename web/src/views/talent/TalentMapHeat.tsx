/**
 * The talent map's heat map: competencies (the largest of each dimension, grouped 知识 / 技能 /
 * 素质) against the chain's segments or its occupations, each cell the part of the chain's
 * competency demand that column brings to that competency. Chips choose the cut and the dimension.
 */
import { useMemo } from 'react';
import type { TalentMap } from '../../core/analysis/answers.ts';
import { dimensions, heatMatrix, heatRows, type Dimension } from '../../core/analysis/talentMap.ts';
import { heatMapHeight, heatMapOption } from '../../core/charts/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { ChoiceChips } from '../analysis/ChoiceChips.tsx';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { useDimensionName } from '../table/cells.tsx';

/** Competencies per dimension in the heat map (all of one dimension when one is chosen). */
const perDimension = 12;

export function TalentMapHeat({
  answer,
  cut,
  dimension,
  onCut,
  onDimension,
  onPick,
}: {
  answer: TalentMap;
  cut: 'segment' | 'occupation';
  dimension: Dimension | undefined;
  onCut: (cut: 'segment' | 'occupation') => void;
  onDimension: (dimension: Dimension | null) => void;
  onPick: (nodeId: string) => void;
}) {
  const { language, t } = useTranslation();
  const dimensionName = useDimensionName();
  const matrix = useMemo(
    () => heatMatrix(answer, heatRows(answer, dimension, dimension ? 60 : perDimension), cut),
    [answer, dimension, cut],
  );
  const option = useMemo(
    () =>
      heatMapOption(matrix, language, {
        description: t('talentMap.heat.description'),
        cell: (column, row, value) => t('talentMap.heat.cell', { column, row, value }),
      }),
    [matrix, language, t],
  );
  const segmentCut = answer.demandMode === 'structural';
  return (
    <Chart
      title={t('talentMap.heat.title')}
      option={option}
      height={heatMapHeight(matrix.rows.length)}
      minWidth={220 + matrix.columns.length * 30}
      testId="talent-map-heat"
      onPick={onPick}
      caption={
        <>
          {t(dimension ? 'talentMap.heat.captionOne' : 'talentMap.heat.caption', {
            count: perDimension,
          })}
          <Explain metric="share" />
        </>
      }
      actions={
        <>
          {segmentCut && (
            <ChoiceChips
              label={t('talentMap.heat.cut')}
              value={cut}
              choices={[
                { value: 'segment', label: t('talentMap.heat.bySegment') },
                { value: 'occupation', label: t('talentMap.heat.byOccupation') },
              ]}
              onChange={onCut}
              testId="talent-map-cut"
            />
          )}
          <ChoiceChips
            label={t('talentMap.heat.dimension')}
            value={dimension ?? 'all'}
            choices={[
              { value: 'all', label: t('talentMap.heat.allDimensions') },
              ...dimensions.map((d) => ({ value: d, label: dimensionName(d) })),
            ]}
            onChange={(value) => onDimension(value === 'all' ? null : (value as Dimension))}
            testId="talent-map-dimension"
          />
        </>
      }
    />
  );
}
