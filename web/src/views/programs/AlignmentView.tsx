/**
 * Program–chain alignment (专业群与产业链适配): an institution's programs ranked by how much of
 * their chains' competency demand their courses cover, as bars and a table; for the picked program
 * (the best ranked by default) its largest gaps per chain, with links to its full skill gap and to
 * the program-adjustment view; on the side programs → chains → largest gaps.
 */
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { alignment, alignmentGraph } from '../../core/analysis/analyses.ts';
import { pickerOptionsAtom } from '../../core/analysis/index.ts';
import {
  alignmentFocus,
  alignmentQuery,
  alignmentQueryChanged,
  alignmentSearchSchema,
  institutionDefaultApplied,
  type AlignmentQuery,
  type AlignmentSearch,
} from '../../core/analysis/programs.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { categorical, horizontalBarHeight, horizontalBarsOption } from '../../core/charts/index.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { PeriodInput } from '../analysis/SkillGapControls.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { ProgramGapsTable, ProgramRankTable } from './AlignmentTables.tsx';
import { InstitutionPicker, ServedChainPicker } from './InstitutionPicker.tsx';
import '../analysis/analysis.css';
import './programs.css';

const route = getRouteApi('/alignment');
const demandModes = ['structural', 'postings'] as const;

export function AlignmentView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => alignmentSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/alignment' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(alignment, search);
  const change = useCallback(
    (next: (search: AlignmentSearch) => AlignmentSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    institutionDefaultApplied,
    useCallback(
      (next: AlignmentSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onQuery = useCallback(
    (query: Partial<AlignmentQuery>) => change(alignmentQueryChanged(query)),
    [change],
  );
  const onPickNode = useCallback(
    (node: string | null) =>
      change(picked(node && parseNodeId(node)?.kind === 'Program' ? node : null)),
    [change],
  );

  const query = alignmentQuery(search);
  const program =
    answer?.programs.find((p) => `Program:${p.key}` === search.sel) ?? answer?.programs[0] ?? null;
  const institutionName = answer ? nodeName(answer.institution, language) : query.institution;
  const facts = useMemo(
    (): [string, string][] => [
      [t('facts.institution'), institutionName],
      [t('facts.demand'), t(`analysis.demand.${query.demand}`)],
    ],
    [institutionName, query.demand, t],
  );

  const chart = useMemo(() => {
    if (!answer) return null;
    const programs = answer.programs;
    return horizontalBarsOption(
      programs.map((p) => ({ label: nodeName(p, language), nodeId: `Program:${p.key}` })),
      answer.chains.map((c, i) => ({
        name: nodeName(c, language),
        colour: categorical[i % categorical.length] as string,
        values: programs.map((p) => p.chains.find((x) => x.chain === c.key)?.coverage ?? null),
      })),
      language,
      { description: t('alignment.chart.description'), format: 'percent', max: 1 },
    );
  }, [answer, language, t]);

  // The detail shows the first program when none is picked; the graph brings that one forward too.
  const shownFocus = useMemo(
    () => focus ?? (answer && program ? alignmentFocus(answer, `Program:${program.key}`) : null),
    [focus, answer, program],
  );
  const bestChain = program?.best?.chain ?? program?.chains[0]?.chain;
  return (
    <main className="analysis" data-testid="alignment-view" aria-label={t('alignment.title')}>
      <PrintHeader title={`${t('alignment.title')} · ${institutionName}`} facts={facts} />
      <div className="analysis-controls" data-testid="alignment-controls">
        <InstitutionPicker
          value={query.institution}
          onChange={(institution) => onQuery({ institution })}
        />
        <ServedChainPicker value={query.chain} onChange={(chain) => onQuery({ chain })} />
        <Picker
          label={t('analysis.demand')}
          value={query.demand}
          choices={demandModes.map((mode) => ({
            value: mode,
            label: t(`analysis.demand.${mode}`),
          }))}
          onChange={(demand) => onQuery({ demand: demand as AlignmentQuery['demand'] })}
          testId="picker-demand"
          disabled={options.type !== 'ready'}
        />
        <Picker
          label={t('analysis.region')}
          value={query.region}
          choices={choicesOf(
            options.type === 'ready' ? options.options.regions : [],
            language,
            true,
          )}
          emptyLabel={t('analysis.allRegions')}
          onChange={(region) => onQuery({ region })}
          testId="picker-region"
          disabled={options.type !== 'ready' || query.demand !== 'postings'}
        />
        <PeriodInput
          id="alignment-period"
          value={query.period}
          disabled={options.type !== 'ready' || query.demand !== 'postings'}
          onCommit={(period) => onQuery({ period })}
        />
        <div className="analysis-actions">
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void alignment.retry()}
          quietWhenInvalid={options.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && chart && answer.programs.length > 0 && (
            <Chart
              title={t('alignment.chart.title')}
              option={chart}
              height={horizontalBarHeight(answer.programs.length, answer.chains.length > 1)}
              testId="alignment-chart"
              onPick={(id) => change(picked(id))}
              caption={
                <>
                  {t('alignment.chart.caption')}
                  <Explain metric="alignmentCoverage" />
                </>
              }
            />
          )}
          {answer && (
            <ProgramRankTable
              answer={answer}
              picked={program?.key ?? null}
              onToggle={(key) => change(pickToggled(`Program:${key}`))}
              title={t('alignment.table', { institution: institutionName })}
              about={facts}
            />
          )}
          {answer && program && (
            <section className="program-detail" data-testid="alignment-detail">
              <div className="program-links">
                {bestChain && (
                  <Link
                    to="/skill-gap"
                    search={{ chain: bestChain, program: program.key }}
                    className="link-button"
                    data-testid="alignment-skill-gap-link"
                  >
                    {t('alignment.openSkillGap', { program: nodeName(program, language) })}
                  </Link>
                )}
                <Link
                  to="/program-adjustment"
                  search={{ institution: answer.institution.key, sel: `Program:${program.key}` }}
                  className="link-button"
                >
                  {t('alignment.openAdjustment')}
                </Link>
              </div>
              <ProgramGapsTable
                answer={answer}
                program={program}
                title={t('alignment.gaps', { program: nodeName(program, language) })}
                about={facts}
              />
            </section>
          )}
        </div>
        <AnalysisGraph
          graph={alignmentGraph}
          focus={shownFocus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('alignment.graph')}
          exportName={`${t('alignment.title')} ${institutionName}`}
        />
      </div>
    </main>
  );
}
