/**
 * Changes to the picked node that every analysis view shares: its address holds the picked row or
 * graph node as `sel` (a node id), so a shared link opens with the same row highlighted.
 */
import { compact } from '../router/search.ts';
import type { PickedSearch } from './define.ts';

/** Picks a node, or un-picks it when it is picked already; null un-picks any. */
export const pickToggled =
  (id: string | null) =>
  <Search extends PickedSearch>(search: Search): Search => {
    const next: Search = { ...search, sel: id === null || search.sel === id ? undefined : id };
    return compact(next);
  };

export const picked =
  (id: string | null) =>
  <Search extends PickedSearch>(search: Search): Search => {
    if ((search.sel ?? null) === id) return search;
    const next: Search = { ...search, sel: id ?? undefined };
    return compact(next);
  };
