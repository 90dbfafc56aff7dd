/**
 * What the chain × region views (weak links, lists, trends) share besides the request pipeline:
 * the address changes — `change` adds a history entry, the defaults fill a bare address in place
 * (see `useSearchDefaults`) — and the chain and region named in the language, with the facts a
 * table export or a printed report states about them. The answer's own names win; until it
 * arrives, the names the pickers loaded.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { AnalysisDefaults } from '../../core/analysis/options.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useSearchDefaults } from './useAnalysis.ts';
import { useNodeNames } from './useNodeNames.ts';

type Named = { name_zh?: string; name_en?: string };

export interface ChainRegionFacts {
  chainName: string;
  regionName: string;
  /** `[label, value]` pairs: the chain and the region. */
  facts: [string, string][];
}

export function useChainRegionFacts(
  search: { chain?: string | undefined; region?: string | undefined },
  answer: { chain: Named; region: Named } | null | undefined,
): ChainRegionFacts {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const chainName = answer
    ? nodeName(answer.chain, language)
    : nameOf(`Chain:${search.chain ?? ''}`, search.chain ?? '');
  const regionName = answer
    ? nodeName(answer.region, language)
    : nameOf(`Region:${search.region ?? ''}`, search.region ?? '');
  const facts = useMemo(
    (): [string, string][] => [
      [t('facts.chain'), chainName],
      [t('facts.region'), regionName],
    ],
    [chainName, regionName, t],
  );
  return { chainName, regionName, facts };
}

/**
 * A view's address changes: the returned `change` navigates with a change of the search (a new
 * history entry); a bare address is completed with the defaults, replacing its entry. `go` is
 * the view's own typed navigation: `(next, replace) => void navigate({ search: next, replace })`.
 */
export function useSearchChanges<Search>(
  search: Search,
  fill: (defaults: AnalysisDefaults) => (search: Search) => Search,
  go: (next: Search | ((search: Search) => Search), replace: boolean) => void,
): (next: (search: Search) => Search) => void {
  const goRef = useRef(go);
  goRef.current = go;
  useSearchDefaults(
    search,
    fill,
    useCallback((next: Search) => goRef.current(next, true), []),
  );
  return useCallback((next: (search: Search) => Search) => goRef.current(next, false), []);
}
