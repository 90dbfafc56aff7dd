/**
 * The explorer's frame: the top bar (product, search, server status, language) over the graph
 * area and, once a graph is drawn, a sidebar on the right for the selected node's details (a
 * column, not an overlay: the canvas never hides nodes under it, and it does not resize when the
 * selection changes, which would move a node between the two clicks of a double-click). Loads the schema once and keeps `<html lang>` in
 * step with the chosen language.
 */
import { useEffect } from 'react';
import { api, isAbortError } from '../core/api/index.ts';
import { htmlLang } from '../core/i18n/index.ts';
import { useTranslation } from '../core/i18n/useTranslation.ts';
import { schemaAtom, schemaFailed, schemaLoaded } from '../core/schema/index.ts';
import { graphSummaryAtom } from '../core/graph/index.ts';
import { useAtomValue } from '../core/utils/useAtom.ts';
import { GraphArea } from './graph/GraphArea.tsx';
import { TopBar } from './topbar/TopBar.tsx';
import { Sidebar } from './panels/Sidebar.tsx';

export function App() {
  const { language } = useTranslation();
  const hasGraph = useAtomValue(graphSummaryAtom).order > 0;

  useEffect(() => {
    document.documentElement.lang = htmlLang[language];
  }, [language]);

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

  return (
    <div className="app">
      <TopBar />
      <main className={hasGraph ? 'workspace workspace-with-sidebar' : 'workspace'}>
        <GraphArea />
        {hasGraph && <Sidebar />}
      </main>
    </div>
  );
}
