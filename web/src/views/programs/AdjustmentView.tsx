/**
 * Program adjustment (专业设置动态调整): how many programs to expand, maintain, reform or shrink;
 * every program with the numbers the rules test; for the picked program (the first listed by
 * default — shrink and reform come first) the rule that fired, the demand trend behind it as a
 * chart and its suggested micro-credentials; the rules themselves; on the side programs →
 * target occupations → suggested competencies.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { programAdjustment, adjustmentGraph } from '../../core/analysis/analyses.ts';
import { recommendations } from '../../core/analysis/answers.ts';
import { pickerOptionsAtom } from '../../core/analysis/index.ts';
import {
  adjustmentFocus,
  adjustmentQuery,
  adjustmentQueryChanged,
  adjustmentSearchSchema,
  institutionDefaultApplied,
  pickedProgram,
  type AdjustmentQuery,
  type AdjustmentSearch,
} from '../../core/analysis/programs.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { PeriodInput } from '../analysis/SkillGapControls.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { AdjustmentProgramsTable, RulesTable, SuggestionsTable } from './AdjustmentTables.tsx';
import { InstitutionPicker, ServedChainPicker } from './InstitutionPicker.tsx';
import { ProgramDecision } from './ProgramDecision.tsx';
import '../analysis/analysis.css';
import './programs.css';

const route = getRouteApi('/program-adjustment');

export function AdjustmentView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => adjustmentSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/program-adjustment' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(programAdjustment, search);
  const change = useCallback(
    (next: (search: AdjustmentSearch) => AdjustmentSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    institutionDefaultApplied,
    useCallback(
      (next: AdjustmentSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onQuery = useCallback(
    (query: Partial<AdjustmentQuery>) => change(adjustmentQueryChanged(query)),
    [change],
  );
  const onPickNode = useCallback(
    (node: string | null) =>
      change(picked(node && parseNodeId(node)?.kind === 'Program' ? node : null)),
    [change],
  );

  const query = adjustmentQuery(search);
  const program = answer ? pickedProgram(answer, search.sel) : null;
  const institutionName = answer ? nodeName(answer.institution, language) : query.institution;
  const facts = useMemo((): [string, string][] => {
    if (!answer) return [[t('facts.institution'), institutionName]];
    return [
      [t('facts.institution'), institutionName],
      [t('facts.region'), answer.region ?? t('facts.allRegions')],
      [t('adjustment.periods'), `${answer.previousPeriod ?? '—'} → ${answer.period ?? '—'}`],
      [t('adjustment.rulesFrom'), t(`adjustment.rulesFrom.${answer.rulesFrom}`)],
    ];
  }, [answer, institutionName, t]);
  const ready = options.type === 'ready';
  // The decision shows the first program when none is picked; the graph brings that one forward too.
  const shownFocus = useMemo(
    () => focus ?? (answer && program ? adjustmentFocus(answer, `Program:${program.key}`) : null),
    [focus, answer, program],
  );

  return (
    <main className="analysis" data-testid="adjustment-view" aria-label={t('adjustment.title')}>
      <PrintHeader title={`${t('adjustment.title')} · ${institutionName}`} facts={facts} />
      <div className="analysis-controls" data-testid="adjustment-controls">
        <InstitutionPicker
          value={query.institution}
          onChange={(institution) => onQuery({ institution })}
        />
        <Picker
          label={t('analysis.region')}
          value={query.region}
          choices={choicesOf(ready ? options.options.regions : [], language, true)}
          emptyLabel={t('adjustment.institutionCity')}
          onChange={(region) => onQuery({ region })}
          testId="picker-region"
          disabled={!ready}
        />
        <PeriodInput
          id="adjustment-previous"
          testId="picker-previous-period"
          label={t('adjustment.previousPeriod')}
          value={query.previousPeriod}
          disabled={!ready}
          onCommit={(previousPeriod) => onQuery({ previousPeriod })}
        />
        <PeriodInput
          id="adjustment-period"
          label={t('adjustment.period')}
          value={query.period}
          disabled={!ready}
          onCommit={(period) => onQuery({ period })}
        />
        <ServedChainPicker value={query.chain} onChange={(chain) => onQuery({ chain })} />
        <div className="analysis-actions">
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void programAdjustment.retry()}
          quietWhenInvalid={!ready}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <>
              <p className="view-intro" data-testid="adjustment-periods">
                {t('adjustment.intro', {
                  before: answer.previousPeriod ?? '—',
                  now: answer.period ?? '—',
                  region: answer.region ?? t('facts.allRegions'),
                })}
              </p>
              <div className="stat-cards" data-testid="adjustment-summary">
                {recommendations.map((r) => (
                  <StatCard
                    key={r}
                    label={t(`adjustment.recommendation.${r}`)}
                    value={formatNumber(language, answer.summary[r]?.length ?? 0)}
                    metric="recommendationCount"
                    testId={`adjustment-count-${r}`}
                    note={(answer.summary[r] ?? [])
                      .map((key) =>
                        nodeName(answer.programs.find((p) => p.key === key) ?? { key }, language),
                      )
                      .join('、')}
                  />
                ))}
              </div>
            </>
          )}
          {answer && (
            <AdjustmentProgramsTable
              answer={answer}
              picked={program?.key ?? null}
              onToggle={(key) => change(pickToggled(`Program:${key}`))}
              title={t('adjustment.table', { institution: institutionName })}
              about={facts}
            />
          )}
          {answer && program && <ProgramDecision answer={answer} program={program} />}
          {answer && program && (
            <SuggestionsTable
              program={program}
              title={t('adjustment.suggestions', { program: nodeName(program, language) })}
              about={facts}
            />
          )}
          {answer && <RulesTable answer={answer} title={t('adjustment.rules')} about={facts} />}
        </div>
        <AnalysisGraph
          graph={adjustmentGraph}
          focus={shownFocus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('adjustment.graph')}
          exportName={`${t('adjustment.title')} ${institutionName}`}
        />
      </div>
    </main>
  );
}
