/**
 * The app's frame, the router's root: the top bar (product, search, server status, language; on
 * phones and tablets also the view menu), the view tabs on wider screens, and the view the address
 * names. Loads the schema once, keeps `<html lang>` and the page title in step with the language
 * and the view, and remembers where each view was left so its tab returns there.
 */
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { api, isAbortError } from '../../core/api/index.ts';
import { htmlLang } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { viewOfPath, views, viewVisited, visitedAtom } from '../../core/router/views.ts';
import { schemaAtom, schemaFailed, schemaLoaded } from '../../core/schema/index.ts';
import { compactQuery, useMediaQuery } from '../common/useMediaQuery.ts';
import { TopBar } from '../topbar/TopBar.tsx';
import { viewPanelId, ViewTabs } from './ViewTabs.tsx';

export function AppShell() {
  const { language, t } = useTranslation();
  const compact = useMediaQuery(compactQuery);
  const location = useRouterState({ select: (state) => state.location });
  const view = viewOfPath(location.pathname);

  useEffect(() => {
    document.documentElement.lang = htmlLang[language];
  }, [language]);

  useEffect(() => {
    document.title = view ? `${t(views[view].label)} · ${t('app.name')}` : t('app.name');
  }, [view, t]);

  useEffect(() => {
    if (view) visitedAtom.set(viewVisited(view, views[view].search.parse(location.search)));
  }, [view, location.search]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .schema(controller.signal)
      .then((description) => schemaAtom.set(schemaLoaded(description)))
      .catch((error: unknown) => {
        if (!isAbortError(error))
          schemaAtom.set(schemaFailed(error instanceof Error ? error.message : String(error)));
      });
    return () => controller.abort();
  }, []);

  // The tabs control the view panel (aria-controls); the panel is not itself a labelled
  // tabpanel: each view is a `main` landmark named after the view, and a labelled panel around it
  // would be page content outside any landmark.
  return (
    <div className={compact ? 'app app-compact' : 'app'} data-layout={compact ? 'compact' : 'wide'}>
      <TopBar compact={compact} view={view} />
      {!compact && <ViewTabs current={view} />}
      <div className="view-panel" id={viewPanelId}>
        <Outlet />
      </div>
    </div>
  );
}
