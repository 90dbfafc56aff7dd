/** Fetches a node's details for the panel; a newer node cancels the older request. */
import type { NodeDetail } from '@chanjiao/graph-schema';
import { useEffect, useState } from 'react';
import { api, isAbortError } from '../../core/api/index.ts';
import type { NodeRef } from '../../core/api/urls.ts';
import { errorCode } from '../../core/i18n/errors.ts';

export type NodeDetailState =
  | { type: 'loading' }
  | { type: 'ready'; detail: NodeDetail }
  | { type: 'error'; message: string; code: string | null };

export function useNodeDetail(ref: NodeRef | null): NodeDetailState {
  const [state, setState] = useState<{ id: string; value: NodeDetailState } | null>(null);
  const id = ref ? `${ref.kind}:${ref.key}` : null;
  const kind = ref?.kind;
  const key = ref?.key;

  useEffect(() => {
    if (kind === undefined || key === undefined || id === null) return;
    const controller = new AbortController();
    api
      .node({ kind, key }, controller.signal)
      .then((detail) => setState({ id, value: { type: 'ready', detail } }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        setState({
          id,
          value: {
            type: 'error',
            message: error instanceof Error ? error.message : String(error),
            code: errorCode(error),
          },
        });
      });
    return () => controller.abort();
  }, [id, kind, key]);

  // A result for another node (the previous selection) counts as still loading.
  return state && state.id === id ? state.value : { type: 'loading' };
}
