/**
 * The app's frame: the top bar (product, view switch, search, server status, language) over the
 * view picked in it. The explorer is the graph area and, once a graph is drawn, a sidebar on the
 * right for the selected node's details (a column, not an overlay: the canvas never hides nodes
 * under it, and it does not resize when the selection changes, which would move a node between
 * the two clicks of a double-click). The
 * analyses (skill gap, weak links) and the import replace it while they are picked; the explorer's
 * graph waits for the reader's return. Loads the schema once and keeps `<html lang>` in step with the language.
 */
import { useEffect } from 'react';
import { followHash, modeAtom } from '../core/analysis/mode.ts';
import { api, isAbortError } from '../core/api/index.ts';
import { htmlLang } from '../core/i18n/index.ts';
import { useTranslation } from '../core/i18n/useTranslation.ts';
import { schemaAtom, schemaFailed, schemaLoaded } from '../core/schema/index.ts';
import { graphSummaryAtom } from '../core/graph/index.ts';
import { useAtomValue } from '../core/utils/useAtom.ts';
import { SkillGapView } from './analysis/SkillGapView.tsx';
import { WeakLinksView } from './analysis/WeakLinksView.tsx';
import { GraphArea } from './graph/GraphArea.tsx';
import { ImportView } from './import/ImportView.tsx';
import { TopBar } from './topbar/TopBar.tsx';
import { Sidebar } from './panels/Sidebar.tsx';

export function App() {
  const { language } = useTranslation();
  const hasGraph = useAtomValue(graphSummaryAtom).order > 0;
  const mode = useAtomValue(modeAtom);

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

  useEffect(() => followHash(), []);

  return (
    <div className="app">
      <TopBar />
      {mode === 'skill-gap' && <SkillGapView />}
      {mode === 'weak-links' && <WeakLinksView />}
      {mode === 'import' && <ImportView />}
      {mode === 'explorer' && (
        <main className={hasGraph ? 'workspace workspace-with-sidebar' : 'workspace'}>
          <GraphArea />
          {hasGraph && <Sidebar />}
        </main>
      )}
    </div>
  );
}
