/**
 * React bindings of the shared analysis pipeline (`core/analysis/define.ts`): `useAnalysis` asks
 * for the answer whenever the address's parameters change (not when only the pick changes) and
 * returns what the view renders; `useSearchDefaults` lists the pickers' choices and completes a
 * bare address with the defaults, replacing the history entry (the reader did nothing yet), so a
 * copied link always holds every parameter.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  analysisView,
  loadPickerOptions,
  pickerOptionsAtom,
  type Analysis,
  type AnalysisViewState,
  type PickedSearch,
} from '../../core/analysis/index.ts';
import type { AnalysisDefaults } from '../../core/analysis/options.ts';
import { checkedKey } from '../../core/analysis/request.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function useAnalysis<Search extends PickedSearch, Params, Answer>(
  analysis: Analysis<Search, Params, Answer>,
  search: Search,
): AnalysisViewState<Answer> {
  const state = useAtomValue(analysis.atom);
  const key = checkedKey(analysis.definition.params(search));
  const latest = useRef(search);
  latest.current = search;

  useEffect(() => {
    void analysis.ask(latest.current);
  }, [analysis, key]);

  return useMemo(
    () => analysisView(analysis.definition, state, search.sel),
    [analysis, state, search.sel],
  );
}

export function useSearchDefaults<Search>(
  search: Search,
  fill: (defaults: AnalysisDefaults) => (search: Search) => Search,
  replaceSearch: (next: Search) => void,
): void {
  const options = useAtomValue(pickerOptionsAtom);
  const replaceRef = useRef(replaceSearch);
  replaceRef.current = replaceSearch;

  useEffect(() => {
    void loadPickerOptions();
  }, []);

  useEffect(() => {
    if (options.type !== 'ready') return;
    const next = fill(options.defaults)(search);
    if (next !== search) replaceRef.current(next);
  }, [options, search, fill]);
}
