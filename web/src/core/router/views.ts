/**
 * The registry of views: each view's path, the menu group it sits in, its label, and the schema
 * that reads its state from the address. The router's routes, the tab bar and the phone menu are
 * all built from this table, so adding a view is one entry here, one route component and its
 * dictionary label. Also kept here, as pure changes: the last address of each view (a tab brings
 * the reader back to where they left that view) and the ARIA tabs keyboard model.
 */
import { z } from 'zod';
import { expertsSearchSchema } from '../analysis/experts.ts';
import { listsSearchSchema } from '../analysis/lists.ts';
import { trendsSearchSchema } from '../analysis/trends.ts';
import { matchingSearchSchema } from '../analysis/matching.ts';
import { overviewSearchSchema } from '../analysis/overview.ts';
import { relatedSearchSchema } from '../analysis/related.ts';
import { adjustmentSearchSchema, alignmentSearchSchema } from '../analysis/programs.ts';
import { skillGapSearchSchema } from '../analysis/skillGap.ts';
import { talentMapSearchSchema } from '../analysis/talentMap.ts';
import { weakLinksSearchSchema } from '../analysis/weakLinks.ts';
import { explorerSearchSchema } from '../graph/url.ts';
import type { MessageKey } from '../i18n/index.ts';
import { atom } from '../utils/atoms.ts';
import { searchKey } from './search.ts';

/** Menu groups, in menu order: what a view is about. */
export const viewGroups = ['explore', 'industry', 'education', 'people', 'data'] as const;
export type ViewGroup = (typeof viewGroups)[number];

export interface ViewDefinition {
  path: `/${string}`;
  group: ViewGroup;
  label: MessageKey;
  /** Reads the view's state from the address; lenient (see `search.ts`). */
  search: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
}

/** A view with no state in its address. */
export const noSearchSchema = z.object({});

export const views = {
  explorer: {
    path: '/',
    group: 'explore',
    label: 'mode.explorer',
    search: explorerSearchSchema,
  },
  overview: {
    path: '/overview',
    group: 'industry',
    label: 'mode.overview',
    search: overviewSearchSchema,
  },
  'weak-links': {
    path: '/weak-links',
    group: 'industry',
    label: 'mode.weakLinks',
    search: weakLinksSearchSchema,
  },
  'talent-map': {
    path: '/talent-map',
    group: 'industry',
    label: 'mode.talentMap',
    search: talentMapSearchSchema,
  },
  trends: {
    path: '/trends',
    group: 'industry',
    label: 'mode.trends',
    search: trendsSearchSchema,
  },
  lists: {
    path: '/lists',
    group: 'industry',
    label: 'mode.lists',
    search: listsSearchSchema,
  },
  'skill-gap': {
    path: '/skill-gap',
    group: 'education',
    label: 'mode.skillGap',
    search: skillGapSearchSchema,
  },
  alignment: {
    path: '/alignment',
    group: 'education',
    label: 'mode.alignment',
    search: alignmentSearchSchema,
  },
  'program-adjustment': {
    path: '/program-adjustment',
    group: 'education',
    label: 'mode.programAdjustment',
    search: adjustmentSearchSchema,
  },
  matching: {
    path: '/matching',
    group: 'people',
    label: 'mode.matching',
    search: matchingSearchSchema,
  },
  related: {
    path: '/related',
    group: 'people',
    label: 'mode.related',
    search: relatedSearchSchema,
  },
  experts: {
    path: '/experts',
    group: 'people',
    label: 'mode.experts',
    search: expertsSearchSchema,
  },
  import: {
    path: '/import',
    group: 'data',
    label: 'mode.import',
    search: noSearchSchema,
  },
} as const satisfies Record<string, ViewDefinition>;

export type ViewId = keyof typeof views;

/** Every view in menu order: by group, then as listed. */
export const viewOrder: readonly ViewId[] = viewGroups.flatMap((group) =>
  (Object.keys(views) as ViewId[]).filter((id) => views[id].group === group),
);

/** The view a path shows; null for a path no view has (the router's not-found). */
export function viewOfPath(pathname: string): ViewId | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return viewOrder.find((id) => views[id].path === path) ?? null;
}

// ── Where each view was left ─────────────────────────────────────────────

export type VisitedSearches = ReadonlyMap<ViewId, Record<string, unknown>>;

/** The last search each view had this session; a tab opens its view as it was left. */
export const visitedAtom = atom<VisitedSearches>(new Map());

export const viewVisited =
  (id: ViewId, search: Record<string, unknown>) =>
  (visited: VisitedSearches): VisitedSearches => {
    const known = visited.get(id);
    if (known && searchKey(known) === searchKey(search)) return visited;
    return new Map(visited).set(id, search);
  };

// ── Tabs keyboard model (WAI-ARIA tabs, manual activation) ──────────────

/**
 * Where focus goes from tab `index` of `count` on a key: ←/→ to the previous/next tab, wrapping;
 * Home/End to the first/last. Null for any other key. Focus moves without opening the view (a
 * view may fetch); Enter or Space opens it.
 */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
