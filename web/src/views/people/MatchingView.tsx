/**
 * Person–job matching (人岗匹配), both ways: the candidates ranked for a posting (or the postings
 * for a candidate), a chart of what each score is made of — fully met, partly met, lacking — the
 * ranked table with the matched, partial and missing competencies in words, the picked row's full
 * explanation, and on the side the ranked side → competencies → the posting or candidate.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { matching, matchingGraph } from '../../core/analysis/analyses.ts';
import { kindOptionsAtom } from '../../core/analysis/kindOptions.ts';
import {
  matchingDefaultsApplied,
  matchingQuery,
  matchingQueryChanged,
  matchingSearchSchema,
  matchRows,
  matchSubject,
  scoreParts,
  type MatchingQuery,
  type MatchingSearch,
} from '../../core/analysis/matching.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { horizontalBarHeight, horizontalBarsOption } from '../../core/charts/index.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { StatCard } from '../analysis/StatCard.tsx';
import { useAnalysis, useSearchDefaults } from '../analysis/useAnalysis.ts';
import { useKindDefaults } from '../analysis/useKindOptions.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { MatchingControls } from './MatchingControls.tsx';
import { MatchExplanationTable, MatchTable } from './MatchingTables.tsx';
import '../analysis/analysis.css';

const route = getRouteApi('/matching');
const kinds = ['Posting', 'Candidate'] as const;
/** Rows the chart shows: the best ones (the table lists them all). */
const chartRows = 10;

/** Region names for the pickers come with the picker options; nothing else needs defaults. */
const noDefaults = () => (search: MatchingSearch) => search;

export function MatchingView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => matchingSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/matching' });
  const { result, answer, focus } = useAnalysis(matching, search);
  const nameOf = useNodeNames();
  const replace = useCallback(
    (next: MatchingSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const options = useKindDefaults(search, kinds, matchingDefaultsApplied, replace);
  useSearchDefaults(search, noDefaults, replace);
  const change = useCallback(
    (next: (search: MatchingSearch) => MatchingSearch) => void navigate({ search: next }),
    [navigate],
  );
  const onQuery = useCallback(
    (query: Partial<MatchingQuery>) => change(matchingQueryChanged(query, kindOptionsAtom.get())),
    [change],
  );
  const onPickNode = useCallback(
    (node: string | null) => {
      const kind = node ? parseNodeId(node)?.kind : null;
      change(picked(kind === 'Candidate' || kind === 'Posting' ? node : null));
    },
    [change],
  );

  const rows = useMemo(() => (answer ? matchRows(answer) : []), [answer]);
  const subject = answer ? matchSubject(answer) : null;
  const subjectName = subject ? nodeName(subject, language) : '';
  const pickedRow = rows.find((r) => r.id === search.sel) ?? null;
  const query = matchingQuery(search);
  const facts = useMemo((): [string, string][] => {
    const q = matchingQuery(search);
    return [
      [q.direction === 'posting' ? t('matching.posting') : t('matching.candidate'), subjectName],
      [
        t('facts.region'),
        q.region ? nameOf(`Region:${q.region}`, q.region) : t('facts.allRegions'),
      ],
      ...(q.minScore ? [[t('matching.minScore'), q.minScore] as [string, string]] : []),
    ];
  }, [search, subjectName, nameOf, t]);

  const chart = useMemo(() => {
    const best = rows.slice(0, chartRows);
    const parts = best.map(scoreParts);
    return horizontalBarsOption(
      best.map((r) => ({ label: nodeName(r, language), nodeId: r.id })),
      [
        {
          name: t('matching.status.matched'),
          colour: '#16a34a',
          stack: 'score',
          values: parts.map((p) => p.matched),
        },
        {
          name: t('matching.status.partial'),
          colour: '#f59e0b',
          stack: 'score',
          values: parts.map((p) => p.partial),
        },
        {
          name: t('matching.lacking'),
          colour: '#fca5a5',
          stack: 'score',
          values: parts.map((p) => p.lacking),
        },
      ],
      language,
      { description: t('matching.chart.description'), format: 'percent', max: 1 },
    );
  }, [rows, language, t]);

  const excluded = answer
    ? answer.direction === 'posting'
      ? answer.result.excluded.region +
        answer.result.excluded.minLevel +
        answer.result.excluded.minScore
      : answer.result.excluded.region +
        answer.result.excluded.period +
        answer.result.excluded.minScore
    : 0;
  return (
    <main className="analysis" data-testid="matching-view" aria-label={t('matching.title')}>
      <PrintHeader title={`${t('matching.title')} · ${subjectName}`} facts={facts} />
      <MatchingControls query={query} options={options} onChange={onQuery}>
        <PrintButton />
      </MatchingControls>
      <div className="analysis-notices">
        <ResultStatus
          result={result}
          onRetry={() => void matching.retry()}
          quietWhenInvalid={options.get('Posting')?.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <div className="stat-cards" data-testid="matching-summary">
              <StatCard
                label={
                  answer.direction === 'posting' ? t('matching.posting') : t('matching.candidate')
                }
                value={subjectName}
                note={
                  answer.direction === 'posting'
                    ? [
                        answer.result.posting.enterprise &&
                          nameOf(
                            `Enterprise:${answer.result.posting.enterprise}`,
                            answer.result.posting.enterprise,
                          ),
                        answer.result.posting.headcount !== null &&
                          t('matching.headcount', { count: answer.result.posting.headcount }),
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : t('matching.holds', { count: answer.result.candidate.competencies.length })
                }
              />
              <StatCard
                label={t('matching.ranked')}
                value={formatNumber(language, answer.result.total)}
                metric="rankedCount"
                note={t('matching.considered', {
                  considered: answer.result.considered,
                  excluded,
                })}
                testId="matching-total"
              />
              {answer.direction === 'posting' && (
                <StatCard
                  label={t('matching.requirements')}
                  value={formatNumber(language, answer.result.requirements.length)}
                  metric="requirementCount"
                  note={t('matching.essentials', {
                    count: answer.result.requirements.filter((r) => r.essential).length,
                  })}
                />
              )}
            </div>
          )}
          {answer && rows.length > 0 && (
            <Chart
              title={t('matching.chart.title', { count: Math.min(chartRows, rows.length) })}
              option={chart}
              height={horizontalBarHeight(Math.min(chartRows, rows.length))}
              testId="matching-chart"
              onPick={(id) => change(picked(id))}
              caption={
                <>
                  {t('matching.chart.caption')}
                  <Explain metric="matchScore" />
                </>
              }
            />
          )}
          {answer && (
            <MatchTable
              direction={answer.direction}
              rows={rows}
              picked={search.sel ?? null}
              onToggle={(id) => change(pickToggled(id))}
              title={t(
                answer.direction === 'posting'
                  ? 'matching.tableCandidates'
                  : 'matching.tablePostings',
                {
                  subject: subjectName,
                },
              )}
              about={facts}
            />
          )}
          {answer && pickedRow && (
            <MatchExplanationTable
              row={pickedRow}
              title={t('matching.explanation', {
                row: nodeName(pickedRow, language),
                subject: subjectName,
              })}
              about={facts}
            />
          )}
        </div>
        <AnalysisGraph
          graph={matchingGraph}
          focus={focus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('matching.graph')}
          exportName={`${t('matching.title')} ${subjectName}`}
        />
      </div>
    </main>
  );
}
