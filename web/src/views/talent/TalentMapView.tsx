/**
 * The chain talent map (职业能力图谱): pickers on top; in the main column the demand per dimension
 * (知识 / 技能 / 素质), the heat map of competencies against segments or occupations, and the
 * competency and occupation tables; on the side the explaining graph, segments → occupations →
 * competencies, where a picked row's links stand out. Everything follows from the address.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { talentMap, talentMapGraph } from '../../core/analysis/analyses.ts';
import { pickerOptionsAtom } from '../../core/analysis/index.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import {
  dimensions,
  heatMapCut,
  talentMapDefaultsApplied,
  talentMapQuery,
  talentMapQueryChanged,
  talentMapSearchSchema,
  talentMapViewChanged,
  type TalentMapQuery,
  type TalentMapSearch,
} from '../../core/analysis/talentMap.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { useDimensionName } from '../table/cells.tsx';
import { TalentMapControls } from './TalentMapControls.tsx';
import { TalentMapHeat } from './TalentMapHeat.tsx';
import { CompetencyDemandTable, OccupationDemandTable } from './TalentMapTables.tsx';
import '../analysis/analysis.css';

const route = getRouteApi('/talent-map');

export function TalentMapView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => talentMapSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/talent-map' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(talentMap, search);
  const dimensionName = useDimensionName();
  const nameOf = useNodeNames();

  const change = useCallback(
    (next: (search: TalentMapSearch) => TalentMapSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    talentMapDefaultsApplied,
    useCallback(
      (next: TalentMapSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onQueryChange = useCallback(
    (query: Partial<TalentMapQuery>) => change(talentMapQueryChanged(query)),
    [change],
  );
  const onPickNode = useCallback(
    (node: string | null) => {
      const kind = node ? parseNodeId(node)?.kind : null;
      change(
        picked(kind === 'Competency' || kind === 'Occupation' || kind === 'Segment' ? node : null),
      );
    },
    [change],
  );
  const pickedRef = search.sel ? parseNodeId(search.sel) : null;
  const pickedKey = (kind: string) => (pickedRef?.kind === kind ? pickedRef.key : null);

  const query = talentMapQuery(search);
  const chainName = answer
    ? nodeName(answer.chain, language)
    : nameOf(`Chain:${query.chain}`, query.chain);
  const facts = useMemo((): [string, string][] => {
    const q = talentMapQuery(search);
    return [
      [t('facts.chain'), chainName],
      [
        t('facts.region'),
        q.region ? nameOf(`Region:${q.region}`, q.region) : t('facts.allRegions'),
      ],
      [t('facts.demand'), t(`analysis.demand.${q.demand}`)],
      ...(q.demand === 'postings'
        ? [[t('facts.period'), q.period || t('facts.allPeriods')] as [string, string]]
        : []),
    ];
  }, [search, chainName, nameOf, t]);

  return (
    <main className="analysis" data-testid="talent-map-view" aria-label={t('talentMap.title')}>
      <PrintHeader title={`${t('talentMap.title')} · ${chainName}`} facts={facts} />
      <TalentMapControls query={query} onChange={onQueryChange}>
        <PrintButton />
      </TalentMapControls>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void talentMap.retry()}
          quietWhenInvalid={options.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <div className="stat-cards" data-testid="talent-map-dimensions">
              <StatCard
                label={t('talentMap.totalDemand')}
                value={formatNumber(language, Math.round(answer.totalDemand))}
                metric="competencyDemand"
                note={t('talentMap.totalNote', {
                  competencies: answer.competencies.length,
                  occupations: answer.occupations.length,
                })}
                testId="talent-map-total"
              />
              {dimensions.map((d) => {
                const entry = answer.dimensions[d];
                return (
                  <StatCard
                    key={d}
                    label={dimensionName(d)}
                    value={formatPercent(language, entry?.share ?? 0)}
                    metric="dimensionShare"
                    note={t('talentMap.dimensionNote', { count: entry?.competencies ?? 0 })}
                    testId={`talent-map-dimension-${d}`}
                  />
                );
              })}
            </div>
          )}
          {answer && answer.competencies.length > 0 && (
            <TalentMapHeat
              answer={answer}
              cut={heatMapCut(search)}
              dimension={search.dim}
              onCut={(by) => change(talentMapViewChanged({ by }))}
              onDimension={(dim) => change(talentMapViewChanged({ dim }))}
              onPick={(id) => change(picked(id))}
            />
          )}
          {answer && (
            <CompetencyDemandTable
              answer={answer}
              picked={pickedKey('Competency')}
              onToggle={(key) => change(pickToggled(`Competency:${key}`))}
              title={t('talentMap.competencies', { chain: chainName })}
              about={facts}
            />
          )}
          {answer && (
            <OccupationDemandTable
              answer={answer}
              picked={pickedKey('Occupation')}
              onToggle={(key) => change(pickToggled(`Occupation:${key}`))}
              title={t('talentMap.occupations', { chain: chainName })}
              about={facts}
            />
          )}
        </div>
        <AnalysisGraph
          graph={talentMapGraph}
          focus={focus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('talentMap.graph')}
          exportName={`${t('talentMap.title')} ${chainName}`}
        />
      </div>
    </main>
  );
}
