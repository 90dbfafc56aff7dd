/**
 * The skill-gap view: pickers on top; coverage and the competency table on the left; on the right
 * the gap subgraph (occupations → competencies ← courses) where the picked row's nodes stand out.
 * Everything it shows follows from its address (chain, region, supplier, demand, period, mappings,
 * picked competency); a bare address is completed with the defaults.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import {
  pickerOptionsAtom,
  readyOptions,
  skillGap,
  skillGapGraph,
  type SkillGapQuery,
  type SkillGapSearch,
} from '../../core/analysis/index.ts';
import { picked, pickToggled } from '../../core/analysis/search.ts';
import {
  skillGapDefaultsApplied,
  skillGapQuery,
  skillGapQueryChanged,
  skillGapSearchSchema,
} from '../../core/analysis/skillGap.ts';
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
import { useAnalysis, useSearchDefaults } from './useAnalysis.ts';

const route = getRouteApi('/skill-gap');

export function SkillGapView() {
  const { t } = useTranslation();
  // Through the schema again: the router's match also carries parameters no schema knows.
  const search = route.useSearch({
    select: (raw) => skillGapSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/skill-gap' });
  const options = useAtomValue(pickerOptionsAtom);
  const { result, answer, focus } = useAnalysis(skillGap, search);

  const change = useCallback(
    (next: (search: SkillGapSearch) => SkillGapSearch) => void navigate({ search: next }),
    [navigate],
  );
  useSearchDefaults(
    search,
    skillGapDefaultsApplied,
    useCallback(
      (next: SkillGapSearch) => void navigate({ search: next, replace: true }),
      [navigate],
    ),
  );
  const onQueryChange = useCallback(
    (query: Partial<SkillGapQuery>) =>
      change(skillGapQueryChanged(query, readyOptions(pickerOptionsAtom.get()))),
    [change],
  );

  // A competency node picks its row; any other node or the background un-picks.
  const onPickNode = useCallback(
    (node: string | null) => {
      const ref = node ? parseNodeId(node) : null;
      change(picked(ref?.kind === 'Competency' ? node : null));
    },
    [change],
  );
  const onToggleRow = useCallback(
    (key: string) => change(pickToggled(`Competency:${key}`)),
    [change],
  );
  const selectedRef = search.sel ? parseNodeId(search.sel) : null;
  const selectedKey = selectedRef?.kind === 'Competency' ? selectedRef.key : null;

  return (
    <main className="analysis" data-testid="skill-gap-view" aria-label={t('skillGap.title')}>
      <SkillGapControls query={skillGapQuery(search)} onChange={onQueryChange} />
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void skillGap.retry()}
          quietWhenInvalid={options.type !== 'ready'}
        />
      </div>
      <div className="analysis-body">
        <div className="analysis-main">
          {answer && <CoverageCard answer={answer} />}
          {answer && (
            <SkillGapTable answer={answer} selected={selectedKey} onToggle={onToggleRow} />
          )}
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
