/**
 * Related occupations (career transitions) and related segments: pick an occupation or a segment;
 * the nearest ones are charted and tabled by similarity; for the picked one, what the two share
 * and what a move would have to learn; on the side the subject → related → competencies.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { related, relatedGraph } from '../../core/analysis/analyses.ts';
import { kindOptionsAtom, optionsOfKind } from '../../core/analysis/kindOptions.ts';
import {
  relatedDefaultsApplied,
  relatedKind,
  relatedRows,
  relatedSearchSchema,
  relatedSubject,
  relatedSubjectChanged,
  type RelatedSearch,
} from '../../core/analysis/related.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import { horizontalBarHeight, horizontalBarsOption } from '../../core/charts/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { AnalysisGraph } from '../analysis/AnalysisGraph.tsx';
import { ChoiceChips } from '../analysis/ChoiceChips.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { useAnalysis } from '../analysis/useAnalysis.ts';
import { useKindDefaults } from '../analysis/useKindOptions.ts';
import { Chart } from '../chart/Chart.tsx';
import { Explain } from '../explain/Explain.tsx';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { RelatedDetailTable, RelatedTable } from './RelatedTables.tsx';
import '../analysis/analysis.css';

const route = getRouteApi('/related');
const kinds = ['Occupation', 'Segment'] as const;
const chartRows = 15;

export function RelatedView() {
  const { language, t } = useTranslation();
  const search = route.useSearch({
    select: (raw) => relatedSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/related' });
  const { result, answer, focus } = useAnalysis(related, search);
  const replace = useCallback(
    (next: RelatedSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const options = useKindDefaults(search, kinds, relatedDefaultsApplied, replace);
  const change = useCallback(
    (next: (search: RelatedSearch) => RelatedSearch) => void navigate({ search: next }),
    [navigate],
  );
  const kind = relatedKind(search);
  const onPickNode = useCallback(
    (node: string | null) => {
      const rows = answer ? relatedRows(answer) : [];
      change(picked(node && rows.some((r) => r.id === node) ? node : null));
    },
    [answer, change],
  );

  const rows = useMemo(() => (answer ? relatedRows(answer) : []), [answer]);
  const subject = answer ? relatedSubject(answer) : null;
  const subjectName = subject ? nodeName(subject, language) : '';
  const pickedRow = rows.find((r) => r.id === search.sel) ?? null;
  const facts = useMemo(
    (): [string, string][] => [
      [
        t(kind === 'occupation' ? 'talentMap.col.occupation' : 'weakLinks.col.segment'),
        subjectName,
      ],
    ],
    [kind, subjectName, t],
  );
  const chart = useMemo(() => {
    const best = rows.slice(0, chartRows);
    return horizontalBarsOption(
      best.map((r) => ({ label: nodeName(r, language), nodeId: r.id })),
      [
        {
          name: t('related.col.similarity'),
          colour: '#0072B2',
          values: best.map((r) => r.similarity),
        },
      ],
      language,
      { description: t('related.chart.description'), format: 'percent', max: 1 },
    );
  }, [rows, language, t]);

  const subjectOptions = optionsOfKind(options, kind === 'occupation' ? 'Occupation' : 'Segment');
  return (
    <main className="analysis" data-testid="related-view" aria-label={t('related.title')}>
      <PrintHeader title={`${t('related.title')} · ${subjectName}`} facts={facts} />
      <div className="analysis-controls" data-testid="related-controls">
        <div className="picker">
          <span className="picker-label">{t('related.kind')}</span>
          <ChoiceChips
            label={t('related.kind')}
            value={kind}
            choices={[
              { value: 'occupation', label: t('related.kind.occupation') },
              { value: 'segment', label: t('related.kind.segment') },
            ]}
            onChange={(next) =>
              change(relatedSubjectChanged({ kind: next }, kindOptionsAtom.get()))
            }
            testId="related-kind"
          />
        </div>
        <Picker
          label={kind === 'occupation' ? t('talentMap.col.occupation') : t('weakLinks.col.segment')}
          value={(kind === 'occupation' ? search.occupation : search.segment) ?? ''}
          choices={choicesOf(subjectOptions, language)}
          onChange={(key) => change(relatedSubjectChanged({ key }, kindOptionsAtom.get()))}
          testId="picker-subject"
          disabled={subjectOptions.length === 0}
        />
        <div className="analysis-actions">
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <ResultStatus
          result={result}
          onRetry={() => void related.retry()}
          quietWhenInvalid={options.get('Occupation')?.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <p className="view-intro" data-testid="related-intro">
              {answer.result.reason ??
                t(
                  answer.kind === 'occupation'
                    ? 'related.intro.occupation'
                    : 'related.intro.segment',
                  {
                    subject: subjectName,
                    count:
                      answer.kind === 'occupation'
                        ? answer.result.occupation.competencies
                        : answer.result.segment.competencies,
                    total: answer.result.total,
                  },
                )}
            </p>
          )}
          {answer && rows.length > 0 && (
            <Chart
              title={t('related.chart.title', { count: Math.min(chartRows, rows.length) })}
              option={chart}
              height={horizontalBarHeight(Math.min(chartRows, rows.length), false)}
              testId="related-chart"
              onPick={(id) => change(picked(id))}
              caption={
                <>
                  {t('related.chart.caption')}
                  <Explain
                    metric={
                      answer.kind === 'occupation' ? 'occupationSimilarity' : 'segmentSimilarity'
                    }
                  />
                </>
              }
            />
          )}
          {answer && (
            <RelatedTable
              answer={answer}
              rows={rows}
              picked={search.sel ?? null}
              onToggle={(id) => change(pickToggled(id))}
              title={t('related.table', { subject: subjectName })}
              about={facts}
            />
          )}
          {answer && pickedRow && (
            <RelatedDetailTable
              answer={answer}
              pickedKey={pickedRow.key}
              title={t('related.detail', { from: subjectName, to: nodeName(pickedRow, language) })}
              about={facts}
            />
          )}
        </div>
        <AnalysisGraph
          graph={relatedGraph}
          focus={focus}
          onPickNode={onPickNode}
          fitRatio={1.5}
          label={t('related.graph')}
          exportName={`${t('related.title')} ${subjectName}`}
        />
      </div>
    </main>
  );
}
