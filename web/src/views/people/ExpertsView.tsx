/**
 * The expert finder (专家库): say what is needed — competencies, chains, segments, industries —
 * and where; experts are charted by score (its competency and field parts) and tabled with what
 * ranked them and what they do not cover; on the side the request ← experts → their employers.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { experts, expertsGraph } from '../../core/analysis/analyses.ts';
import {
  expertScoreParts,
  expertsDefaultsApplied,
  expertsRegionChanged,
  expertsSearchSchema,
  requestSize,
  requestToggled,
  type ExpertsSearch,
} from '../../core/analysis/experts.ts';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { horizontalBarHeight, horizontalBarsOption } from '../../core/charts/index.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { useKindOptions } from '../analysis/useKindOptions.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { ExpertRequest } from './ExpertRequest.tsx';
import { ExpertsTable } from './ExpertsTable.tsx';
import '../analysis/analysis.css';
import './people.css';

const route = getRouteApi('/experts');
const kinds = ['Competency', 'Segment', 'Industry'] as const;

export function ExpertsView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => expertsSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/experts' });
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const options = useKindOptions(kinds);
  const nameOf = useNodeNames();
  const { result, answer, focus } = useAnalysis(experts, search);
  const change = useCallback(
    (next: (search: ExpertsSearch) => ExpertsSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    expertsDefaultsApplied,
    useCallback(
      (next: ExpertsSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onPickNode = useCallback(
    (node: string | null) =>
      change(picked(node && parseNodeId(node)?.kind === 'Expert' ? node : null)),
    [change],
  );

  const requestText = useMemo(
    () =>
      (answer
        ? [
            ...answer.request.competencies.map((k) => `Competency:${k}`),
            ...answer.request.chains.map((k) => `Chain:${k}`),
            ...answer.request.segments.map((k) => `Segment:${k}`),
            ...answer.request.industries.map((k) => `Industry:${k}`),
          ]
        : []
      )
        .map((id) => nameOf(id, id.slice(id.indexOf(':') + 1)))
        .join(language === 'zh' ? '、' : ', '),
    [answer, nameOf, language],
  );
  const facts = useMemo(
    (): [string, string][] => [
      [t('experts.requested'), requestText],
      [
        t('facts.region'),
        search.region ? nameOf(`Region:${search.region}`, search.region) : t('facts.allRegions'),
      ],
    ],
    [requestText, search.region, nameOf, t],
  );
  const chart = useMemo(() => {
    if (!answer) return null;
    const size = requestSize(answer);
    const parts = answer.experts.map((e) => expertScoreParts(e, size));
    return horizontalBarsOption(
      answer.experts.map((e) => ({ label: nodeName(e, language), nodeId: `Expert:${e.key}` })),
      [
        {
          name: t('experts.part.competencies'),
          colour: '#0072B2',
          stack: 'score',
          values: parts.map((p) => p.competencies),
        },
        {
          name: t('experts.part.fields'),
          colour: '#E69F00',
          stack: 'score',
          values: parts.map((p) => p.fields),
        },
      ],
      language,
      { description: t('experts.chart.description'), format: 'percent', max: 1 },
    );
  }, [answer, language, t]);

  return (
    <main className="analysis" data-testid="experts-view" aria-label={t('experts.title')}>
      <PrintHeader title={t('experts.title')} facts={facts} />
      <div className="analysis-controls" data-testid="experts-controls">
        <ExpertRequest
          search={search}
          options={options}
          onToggle={(id) => change(requestToggled(id))}
        />
        <Picker
          label={t('analysis.region')}
          value={search.region ?? ''}
          choices={choicesOf(pickers?.regions ?? [], language, true)}
          emptyLabel={t('analysis.allRegions')}
          onChange={(region) => change(expertsRegionChanged(region))}
          testId="picker-region"
          disabled={!pickers}
        />
        <div className="analysis-actions">
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void experts.retry()}
          quietWhenInvalid={!pickers}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <div className="stat-cards" data-testid="experts-summary">
              <StatCard
                label={t('experts.found')}
                value={formatNumber(language, answer.total)}
                metric="expertScore"
                note={t('experts.considered', {
                  considered: answer.considered,
                  excluded: answer.excludedByRegion,
                })}
                testId="experts-total"
              />
            </div>
          )}
          {answer && chart && answer.experts.length > 0 && (
            <Chart
              title={t('experts.chart.title')}
              option={chart}
              height={horizontalBarHeight(answer.experts.length)}
              testId="experts-chart"
              onPick={(id) => change(picked(id))}
              caption={
                <>
                  {t('experts.chart.caption')}
                  <Explain metric="expertScore" />
                </>
              }
            />
          )}
          {answer && (
            <ExpertsTable
              answer={answer}
              picked={
                search.sel && parseNodeId(search.sel)?.kind === 'Expert'
                  ? parseNodeId(search.sel)!.key
                  : null
              }
              onToggle={(key) => change(pickToggled(`Expert:${key}`))}
              title={t('experts.table', { request: requestText })}
              about={facts}
            />
          )}
        </div>
        <AnalysisGraph
          graph={expertsGraph}
          focus={focus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('experts.graph')}
          exportName={`${t('experts.title')} ${requestText}`}
        />
      </div>
    </main>
  );
}
