/**
 * The explorer (search → neighbourhood → details), drawn from its address: every change of the
 * address is applied to the graph (fetching, merging or retracting neighbourhoods) and to the
 * selection and legend filter. On wide screens the selected node's details are a column on the
 * right (not an overlay: the canvas never hides nodes under it, and it does not resize when the
 * selection changes, which would move a node between the two clicks of a double-click); on phones
 * and tablets they rise in a bottom sheet.
 */
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { applyExplorerSearch, graphSummaryAtom } from '../../core/graph/index.ts';
import { explorerSearchSchema } from '../../core/graph/url.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { searchKey } from '../../core/router/search.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { compactQuery, useMediaQuery } from '../common/useMediaQuery.ts';
import { DetailsSheet } from '../panels/DetailsSheet.tsx';
import { Sidebar } from '../panels/Sidebar.tsx';
import { GraphArea } from './GraphArea.tsx';

const explorerRoute = getRouteApi('/');

export function ExplorerView() {
  const { t } = useTranslation();
  // Through the schema again: the router's match also carries parameters no schema knows.
  const search = explorerRoute.useSearch({
    select: (raw) => explorerSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const compact = useMediaQuery(compactQuery);
  const hasGraph = useAtomValue(graphSummaryAtom).order > 0;
  const latest = useRef(search);
  latest.current = search;
  const key = searchKey(search);

  useEffect(() => {
    void applyExplorerSearch(latest.current);
  }, [key]);

  const wide = hasGraph && !compact;
  return (
    <main
      className={wide ? 'workspace workspace-with-sidebar' : 'workspace'}
      data-testid="explorer-view"
      aria-label={t('mode.explorer')}
    >
      <GraphArea />
      {wide && <Sidebar />}
      {compact && search.sel && <DetailsSheet id={search.sel} />}
    </main>
  );
}
