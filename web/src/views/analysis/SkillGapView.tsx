/**
 * The skill-gap view: pickers on top; coverage and the competency table on the left; on the right
 * the gap subgraph (occupations → competencies ← courses) where the picked row's nodes stand out.
 * Opening the view lists the pickers' choices and runs the analysis for the defaults.
 */
import { useCallback, useEffect, useMemo } from 'react';
import {
  answerOf,
  openSkillGap,
  pickCompetency,
  runSkillGap,
  skillGapAtom,
  skillGapGraph,
} from '../../core/analysis/index.ts';
import { competencyFocus } from '../../core/analysis/graphs.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { AnalysisGraph } from './AnalysisGraph.tsx';
import { CoverageCard } from './CoverageCard.tsx';
import { OptionsStatus } from './OptionsStatus.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { SkillGapControls } from './SkillGapControls.tsx';
import { SkillGapLegend } from './SkillGapLegend.tsx';
import { SkillGapTable } from './SkillGapTable.tsx';

export function SkillGapView() {
  const { t } = useTranslation();
  const state = useAtomValue(skillGapAtom);
  const answer = answerOf(state.result);
  const focus = useMemo(
    () => (answer && state.selected ? competencyFocus(answer, state.selected) : null),
    [answer, state.selected],
  );

  useEffect(() => {
    void openSkillGap();
  }, []);

  // A competency node picks its row; any other node or the background un-picks.
  const onPickNode = useCallback((node: string | null) => {
    const ref = node ? parseNodeId(node) : null;
    pickCompetency(ref?.kind === 'Competency' ? ref.key : null);
  }, []);

  return (
    <main className="analysis" data-testid="skill-gap-view" aria-label={t('skillGap.title')}>
      <SkillGapControls />
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus result={state.result} onRetry={() => void runSkillGap()} />
      </div>
      <div className="analysis-body">
        <div className="analysis-main">
          {answer && <CoverageCard answer={answer} />}
          {answer && <SkillGapTable answer={answer} selected={state.selected} />}
        </div>
        <AnalysisGraph
          graph={skillGapGraph}
          focus={focus}
          onPickNode={onPickNode}
          canRelayout
          fitRatio={1.1}
          label={t('skillGap.graph')}
        >
          {answer && answer.competencies.length > 0 && <SkillGapLegend />}
        </AnalysisGraph>
      </div>
    </main>
  );
}
