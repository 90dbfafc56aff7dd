/**
 * The skill-gap view: pickers on top; coverage and the competency table on the left; on the right
 * the gap subgraph (occupations → competencies ← courses) where the picked row's nodes stand out.
 * Everything it shows follows from its address (chain, region, supplier, demand, period, mappings,
 * picked competency); a bare address is completed with the defaults.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
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
  skillGapFilterChanged,
  skillGapQuery,
  skillGapQueryChanged,
  skillGapSearchSchema,
  supplierOf,
} from '../../core/analysis/skillGap.ts';
import { parseNodeId } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { AnalysisGraph } from './AnalysisGraph.tsx';
import { CoverageCard } from './CoverageCard.tsx';
import { OptionsStatus } from './OptionsStatus.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { SkillGapControls } from './SkillGapControls.tsx';
import { SkillGapLegend } from './SkillGapLegend.tsx';
import { SkillGapTable } from './SkillGapTable.tsx';
import { useAnalysis, useSearchDefaults } from './useAnalysis.ts';
import { useNodeNames } from './useNodeNames.ts';
import './analysis.css';

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

  // The question in words, for the printed header and the workbook's about sheet.
  const nameOf = useNodeNames();
  const supplier = supplierOf(search);
  const supplierName = supplier ? nameOf(`${supplier.kind}:${supplier.key}`, supplier.key) : '';
  const facts = useMemo((): [string, string][] => {
    const query = skillGapQuery(search);
    return [
      [t('facts.chain'), query.chain ? nameOf(`Chain:${query.chain}`, query.chain) : ''],
      [
        t('facts.region'),
        query.region ? nameOf(`Region:${query.region}`, query.region) : t('facts.allRegions'),
      ],
      [t('facts.supplier'), supplierName],
      [t('facts.demand'), t(`analysis.demand.${query.demand}`)],
      ...(query.demand === 'postings'
        ? [[t('facts.period'), query.period || t('facts.allPeriods')] as [string, string]]
        : []),
    ];
  }, [search, nameOf, supplierName, t]);

  return (
    <main className="analysis" data-testid="skill-gap-view" aria-label={t('skillGap.title')}>
      <PrintHeader title={t('skillGap.title')} facts={facts} />
      <SkillGapControls query={skillGapQuery(search)} onChange={onQueryChange}>
        <PrintButton />
      </SkillGapControls>
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
            <SkillGapTable
              answer={answer}
              selected={selectedKey}
              onToggle={onToggleRow}
              title={t('skillGap.export', { supplier: supplierName })}
              about={facts}
              filter={search.filter ?? ''}
              onFilterChange={(filter) =>
                void navigate({ search: skillGapFilterChanged(filter), replace: true })
              }
            />
          )}
        </div>
        <AnalysisGraph
          graph={skillGapGraph}
          focus={focus}
          onPickNode={onPickNode}
          canRelayout
          fitRatio={1.1}
          label={t('skillGap.graph')}
          exportName={t('skillGap.export', { supplier: supplierName })}
        >
          {answer && answer.competencies.length > 0 && <SkillGapLegend />}
        </AnalysisGraph>
      </div>
    </main>
  );
}
