/**
 * The explorer's state as it lives in the address: the node the view was opened on (`node`), the
 * nodes expanded since, in order (`expand`), the selected node (`sel`) and the kinds hidden in the
 * legend (`hide`). The graph on screen is rebuilt from these alone (see `sync.ts`), so a reload, a
 * shared link and Back all show what the address says. What the person does is written as pure
 * `(args) => (search) => search` changes that the views hand to the router's `navigate`.
 */
import { z } from 'zod';
import { compact, kindItem, listParam, nodeIdItem, nodeIdParam } from '../router/search.ts';
import { writeExpansion, type ExpansionOptions } from './expansion.ts';

export const explorerSearchSchema = z.object({
  node: nodeIdParam,
  expand: listParam(nodeIdItem),
  sel: nodeIdParam,
  hide: listParam(kindItem),
});

export type ExplorerSearch = z.output<typeof explorerSearchSchema>;

/** A search in the schema's order, without absent fields: equal states write equal addresses. */
function explorerSearch({ node, expand, sel, hide }: ExplorerSearch): ExplorerSearch {
  return compact({ node, expand, sel, hide });
}

/** The expansions a search asks for, without the opened node and without repeats. */
export function expansionsOf(search: ExplorerSearch): string[] {
  if (!search.node) return [];
  return [...new Set(search.expand ?? [])].filter((id) => id !== search.node);
}

/** Opens a node's neighbourhood in place of the graph and selects it; hidden kinds stay hidden. */
export const nodeOpened =
  (id: string) =>
  (search: ExplorerSearch): ExplorerSearch =>
    explorerSearch({ node: id, sel: id, hide: search.hide });

/**
 * Adds a node's neighbourhood to the graph and selects it. Expanding the opened node or one
 * expanded before only selects it; with nothing open, it opens the node.
 */
export const nodeExpanded =
  (id: string) =>
  (search: ExplorerSearch): ExplorerSearch => {
    if (!search.node) return nodeOpened(id)(search);
    const expand = search.expand ?? [];
    const known = id === search.node || expand.includes(id);
    return explorerSearch({ ...search, expand: known ? search.expand : [...expand, id], sel: id });
  };

/**
 * Expands a node with options (depth, limit, relationship types, kinds; see `expansion.ts`): a
 * new expansion even when the node was expanded before with other options. With the default
 * options it is `nodeExpanded`.
 */
export const nodeExpandedWith =
  (id: string, options: Partial<ExpansionOptions>) =>
  (search: ExplorerSearch): ExplorerSearch => {
    const item = writeExpansion(id, options);
    if (item === id) return nodeExpanded(id)(search);
    const expand = search.expand ?? [];
    if (!search.node)
      return explorerSearch({ node: id, expand: [item], sel: id, hide: search.hide });
    return explorerSearch({
      ...search,
      expand: expand.includes(item) ? expand : [...expand, item],
      sel: id,
    });
  };

export const nodeSelected =
  (id: string | null) =>
  (search: ExplorerSearch): ExplorerSearch =>
    explorerSearch({ ...search, sel: id ?? undefined });

/**
 * Goes to a node reached from the details panel: selects it when it is drawn, else brings its
 * neighbourhood in first.
 */
export const nodeFocused =
  (id: string, drawn: boolean) =>
  (search: ExplorerSearch): ExplorerSearch =>
    drawn ? nodeSelected(id)(search) : nodeExpanded(id)(search);

export const kindToggled =
  (kind: string) =>
  (search: ExplorerSearch): ExplorerSearch => {
    const hidden = search.hide ?? [];
    const hide = hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind];
    return explorerSearch({ ...search, hide: hide.length > 0 ? hide : undefined });
  };

export const allKindsShown =
  () =>
  (search: ExplorerSearch): ExplorerSearch =>
    explorerSearch({ ...search, hide: undefined });

/** Empties the graph; the legend's hidden kinds are the reader's and stay. */
export const graphCleared =
  () =>
  (search: ExplorerSearch): ExplorerSearch =>
    explorerSearch({ hide: search.hide });
