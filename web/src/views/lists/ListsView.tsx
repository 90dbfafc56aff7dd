/**
 * The N lists (1 图 N 清单) of a chain in a region: chain and region pickers and the list shown in
 * the address, every list as the shared table (sort, filter, CSV / Excel of the rows shown), and
 * a link to the server's workbook holding every list at once. One request answers every list, so
 * switching lists asks nothing.
 */
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { lists } from '../../core/analysis/analyses.ts';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import {
  listNames,
  listsDefaultsApplied,
  listsParams,
  listsQueryChanged,
  listsSearchSchema,
  shownLists,
  type ListName,
  type ListsSearch,
} from '../../core/analysis/lists.ts';
import { analysisPaths } from '../../core/api/analysisPaths.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { ChoiceChips } from '../analysis/ChoiceChips.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { OptionsStatus } from '../analysis/OptionsStatus.tsx';
import { Picker } from '../analysis/Picker.tsx';
import { ResultStatus } from '../analysis/ResultStatus.tsx';
import { useAnalysis } from '../analysis/useAnalysis.ts';
import { useChainRegionFacts, useSearchChanges } from '../analysis/useChainRegion.ts';
import { PrintButton, PrintHeader } from '../print/PrintReport.tsx';
import { ListTable } from './ListTable.tsx';
import '../analysis/analysis.css';
import './lists.css';

const route = getRouteApi('/lists');

export function ListsView() {
  const { language, t } = useTranslation();
  const search: ListsSearch = route.useSearch({
    select: (raw) => listsSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/lists' });
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const { result, answer } = useAnalysis(lists, search);
  const change = useSearchChanges(search, listsDefaultsApplied, (next, replace) =>
    navigate({ search: next, replace }),
  );
  const { chainName, regionName, facts } = useChainRegionFacts(search, answer);
  const checked = listsParams(search);
  const workbook =
    'params' in checked
      ? analysisPaths.lists(checked.params, { format: 'xlsx', lang: language })
      : null;
  const listTitle = (list: ListName) => {
    const entry = answer?.lists[list];
    return entry ? (language === 'zh' ? entry.zh : entry.en) : list;
  };

  return (
    <main className="analysis" data-testid="lists-view" aria-label={t('lists.title')}>
      <PrintHeader title={`${t('lists.title')} · ${chainName} · ${regionName}`} facts={facts} />
      <div className="analysis-controls" data-testid="lists-controls">
        <Picker
          label={t('analysis.chain')}
          value={search.chain ?? ''}
          choices={choicesOf(pickers?.chains ?? [], language)}
          onChange={(chain) => change(listsQueryChanged({ chain }))}
          testId="picker-chain"
          disabled={!pickers}
        />
        <Picker
          label={t('analysis.region')}
          value={search.region ?? ''}
          choices={choicesOf(pickers?.regions ?? [], language, true)}
          onChange={(region) => change(listsQueryChanged({ region }))}
          testId="picker-region"
          disabled={!pickers}
        />
        <div className="analysis-actions">
          {workbook && (
            <a
              className="button"
              href={workbook}
              download
              title={t('lists.downloadAllHint')}
              data-testid="lists-download-all"
            >
              {t('lists.downloadAll')}
            </a>
          )}
          <PrintButton />
        </div>
      </div>
      <div className="analysis-notices">
        <OptionsStatus />
        <ResultStatus
          result={result}
          onRetry={() => void lists.retry()}
          quietWhenInvalid={!pickers}
        />
      </div>
      <div className="analysis-body lists-body">
        <div className="analysis-main analysis-scroll">
          {answer && (
            <>
              <p className="view-intro">
                {t('lists.intro', { chain: chainName, region: regionName })}
              </p>
              <ChoiceChips<ListName | 'all'>
                label={t('lists.show')}
                value={search.list ?? 'all'}
                choices={[
                  { value: 'all', label: t('lists.all') },
                  ...listNames.map((list) => ({ value: list, label: listTitle(list) })),
                ]}
                onChange={(list) =>
                  change(listsQueryChanged({ list: list === 'all' ? null : list }))
                }
                testId="lists-picker"
              />
            </>
          )}
          {answer &&
            shownLists(search).map((list) => (
              <ListTable key={list} list={list} answer={answer.lists[list]} about={facts} />
            ))}
        </div>
      </div>
    </main>
  );
}
