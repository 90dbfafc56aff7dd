/**
 * How views change the address. Every change is a pure function of a view's search (see
 * `core/graph/url.ts`, `core/analysis/*`); these hooks hand it to the router, which adds a history
 * entry (or replaces the current one when asked) — Back and Forward step through what the reader
 * did. Going to the explorer from elsewhere starts from the explorer's search as it was left.
 */
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import { atlasGraph, bringIntoView } from '../../core/graph/index.ts';
import {
  explorerSearchSchema,
  nodeExpanded,
  nodeFocused,
  nodeOpened,
  nodeSelected,
  type ExplorerSearch,
} from '../../core/graph/url.ts';
import { viewOfPath, visitedAtom } from '../../core/router/views.ts';

export type ExplorerChange = (search: ExplorerSearch) => ExplorerSearch;

/** Applies a change to the explorer's search and goes there (staying when already there). */
export function useExplorerNavigate(): (
  change: ExplorerChange,
  options?: { replace?: boolean },
) => void {
  const navigate = useNavigate();
  const router = useRouter();
  return useCallback(
    (change, options = {}) => {
      const location = router.state.location;
      const here = viewOfPath(location.pathname) === 'explorer';
      const raw = here ? location.search : (visitedAtom.get().get('explorer') ?? {});
      const next = change(explorerSearchSchema.parse(raw));
      void navigate({ to: '/', search: next, replace: options.replace ?? false });
    },
    [navigate, router],
  );
}

/** The explorer's gestures as address changes. */
export function useExplorerActions() {
  const go = useExplorerNavigate();
  return {
    open: useCallback((id: string) => go(nodeOpened(id)), [go]),
    expand: useCallback((id: string) => go(nodeExpanded(id)), [go]),
    select: useCallback((id: string | null) => go(nodeSelected(id)), [go]),
    /** Selects a node reached from the details panel and brings it into view. */
    focus: useCallback(
      (id: string) => {
        go(nodeFocused(id, atlasGraph.hasNode(id)));
        bringIntoView(id);
      },
      [go],
    ),
    change: go,
  };
}
