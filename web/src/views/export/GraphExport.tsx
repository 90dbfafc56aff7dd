/**
 * "Export graph": the graph on screen as a PNG image (what the canvas shows), or as GEXF (Gephi)
 * and GraphML (yEd, Cytoscape) files with each node's label, colour, size and position as drawn
 * and every property it holds. A small menu in a graph's toolbar; the file is named after the view.
 */
import { useRef, useState } from 'react';
import {
  graphToGexf,
  graphToGraphml,
  stageToPng,
  type DrawnNodes,
} from '../../core/export/index.ts';
import type { AtlasGraph } from '../../core/graph/types.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { downloadBlob, fileNameOf, mimeTypes } from '../../core/table/index.ts';
import './export.css';

/** What the export needs of a sigma renderer (any attribute types). */
export interface ExportableRenderer {
  refresh(): unknown;
  getStageCanvas(): HTMLCanvasElement;
  getNodeDisplayData(
    node: string,
  ): { label?: string | null; color?: unknown; size?: unknown } | undefined;
}

function drawnNodes(renderer: ExportableRenderer | null): DrawnNodes {
  return (node) => {
    const data = renderer?.getNodeDisplayData(node);
    if (!data) return null;
    return {
      label: data.label ?? '',
      color: String(data.color ?? ''),
      size: Number(data.size ?? 1),
    };
  };
}

export function GraphExport({
  graph,
  renderer,
  name,
}: {
  graph: AtlasGraph;
  renderer: ExportableRenderer | null;
  /** The file name without extension (the view and its subject). */
  name: string;
}) {
  const { t } = useTranslation();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const empty = graph.order === 0;

  const run = async (format: 'png' | 'gexf' | 'graphml') => {
    setFailure(null);
    if (menuRef.current) menuRef.current.open = false;
    try {
      if (format === 'png') {
        if (!renderer) return;
        downloadBlob(await stageToPng(renderer), fileNameOf(name, 'png'));
      } else {
        const text =
          format === 'gexf'
            ? graphToGexf(graph, drawnNodes(renderer))
            : graphToGraphml(graph, drawnNodes(renderer));
        downloadBlob(new Blob([text], { type: mimeTypes[format] }), fileNameOf(name, format));
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <details className="graph-export" ref={menuRef}>
      <summary className="button" data-testid="graph-export">
        {t('graphExport.label')}
      </summary>
      <div className="graph-export-menu" role="group" aria-label={t('graphExport.label')}>
        <button
          type="button"
          className="button"
          data-testid="graph-export-png"
          disabled={empty || !renderer}
          onClick={() => void run('png')}
        >
          {t('graphExport.png')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="graph-export-gexf"
          disabled={empty}
          onClick={() => void run('gexf')}
        >
          {t('graphExport.gexf')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="graph-export-graphml"
          disabled={empty}
          onClick={() => void run('graphml')}
        >
          {t('graphExport.graphml')}
        </button>
        {empty && <p className="graph-export-note">{t('graphExport.empty')}</p>}
      </div>
      {failure && (
        <span className="graph-export-failed" role="alert">
          {t('table.exportFailed', { message: failure })}
        </span>
      )}
    </details>
  );
}
