/**
 * Says so when the server returned fewer nodes than were reachable (the request's limit): how
 * many of the node's relationships are drawn out of how many it has ("N of M"), once its degree is
 * known, else that there are more.
 */
import { useEffect, useState } from 'react';
import {
  atlasGraph,
  dismissTruncation,
  explorerAtom,
  graphSummaryAtom,
  parseNodeId,
} from '../../core/graph/index.ts';
import { api, isAbortError } from '../../core/api/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

/** How many relationships a node has in the store (null until known, or when asking failed). */
function useDegree(id: string | null): number | null {
  const [degree, setDegree] = useState<{ id: string; value: number } | null>(null);
  useEffect(() => {
    const ref = id ? parseNodeId(id) : null;
    if (!id || !ref) return;
    const controller = new AbortController();
    api
      .node(ref, controller.signal, { relationships: 0 })
      .then((detail) => setDegree({ id, value: detail.degree }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setDegree(null);
      });
    return () => controller.abort();
  }, [id]);
  return degree && degree.id === id ? degree.value : null;
}

export function TruncatedNotice() {
  const { language, t } = useTranslation();
  const { truncation } = useAtomValue(explorerAtom);
  // Re-read the drawn relationships whenever the graph changes.
  useAtomValue(graphSummaryAtom);
  const center = truncation?.center ?? null;
  const degree = useDegree(center);
  if (!truncation || !center) return null;
  const drawn = atlasGraph.hasNode(center) ? atlasGraph.degree(center) : null;
  const name = atlasGraph.hasNode(center)
    ? nodeName(atlasGraph.getNodeAttributes(center), language)
    : center;
  const text =
    degree !== null && drawn !== null
      ? t('truncated.ofTotal', { name, shown: drawn, total: degree, limit: truncation.limit })
      : t('truncated.notice', { shown: truncation.shown, limit: truncation.limit });
  return (
    <div
      className="notice notice-warning"
      data-testid="truncated-notice"
      role="status"
      data-graph-overlay=""
    >
      <span>{text}</span>
      <button type="button" className="link-button" onClick={dismissTruncation}>
        {t('truncated.dismiss')}
      </button>
    </div>
  );
}
