/**
 * The explorer's "Export graph" menu: the renderer the explorer's canvas creates is published here
 * (`explorerRendererAtom`), so the toolbar can export what the canvas shows without reaching into
 * the canvas component. The file is named after the explorer and the centre node.
 */
import { atlasGraph } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { atom } from '../../core/utils/atoms.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { GraphExport, type ExportableRenderer } from './GraphExport.tsx';

/** The explorer's sigma renderer while its canvas is mounted. */
export const explorerRendererAtom = atom<ExportableRenderer | null>(null);

export function ExplorerExport() {
  const { t } = useTranslation();
  const renderer = useAtomValue(explorerRendererAtom);
  const center = atlasGraph.getAttribute('center');
  return (
    <GraphExport
      graph={atlasGraph}
      renderer={renderer}
      name={`${t('mode.explorer')}${typeof center === 'string' ? ` ${center}` : ''}`}
    />
  );
}
