/**
 * The router: one route per view of the registry (`core/router/views.ts`), each reading its state
 * from the address with the view's schema, under the app shell. TanStack Router keeps the history
 * (real entries: Back and Forward step through what the reader did) and types every view's search;
 * the address is written and read by our own plain-text serialiser (see `core/router/search.ts`).
 * The explorer, where every visit starts, is in the first chunk; every other view is its own chunk,
 * loaded when its route is first matched, so the first load carries the explorer only. The search
 * schemas stay here (they are small), so addresses are validated before a view's code arrives.
 */
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { loginPath, loginSearchSchema, setupPath, setupSearchSchema } from '../core/auth/routes.ts';
import { parseSearch, stringifySearch } from '../core/router/search.ts';
import { views } from '../core/router/views.ts';
import { editorOnly } from './auth/EditorOnly.tsx';
import { ExplorerView } from './graph/ExplorerView.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { NotFoundView } from './shell/NotFoundView.tsx';

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundView });

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.explorer.path,
  validateSearch: views.explorer.search,
  component: ExplorerView,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.overview.path,
  validateSearch: views.overview.search,
  component: lazyRouteComponent(() => import('./overview/OverviewView.tsx'), 'OverviewView'),
});

const weakLinksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['weak-links'].path,
  validateSearch: views['weak-links'].search,
  component: lazyRouteComponent(() => import('./analysis/WeakLinksView.tsx'), 'WeakLinksView'),
});

const skillGapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['skill-gap'].path,
  validateSearch: views['skill-gap'].search,
  component: lazyRouteComponent(() => import('./analysis/SkillGapView.tsx'), 'SkillGapView'),
});

const talentMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['talent-map'].path,
  validateSearch: views['talent-map'].search,
  component: lazyRouteComponent(() => import('./talent/TalentMapView.tsx'), 'TalentMapView'),
});

const alignmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.alignment.path,
  validateSearch: views.alignment.search,
  component: lazyRouteComponent(() => import('./programs/AlignmentView.tsx'), 'AlignmentView'),
});

const adjustmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['program-adjustment'].path,
  validateSearch: views['program-adjustment'].search,
  component: lazyRouteComponent(() => import('./programs/AdjustmentView.tsx'), 'AdjustmentView'),
});

const matchingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.matching.path,
  validateSearch: views.matching.search,
  component: lazyRouteComponent(() => import('./people/MatchingView.tsx'), 'MatchingView'),
});

const relatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.related.path,
  validateSearch: views.related.search,
  component: lazyRouteComponent(() => import('./people/RelatedView.tsx'), 'RelatedView'),
});

const expertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.experts.path,
  validateSearch: views.experts.search,
  component: lazyRouteComponent(() => import('./people/ExpertsView.tsx'), 'ExpertsView'),
});

const trendsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.trends.path,
  validateSearch: views.trends.search,
  component: lazyRouteComponent(() => import('./trends/TrendsView.tsx'), 'TrendsView'),
});

const listsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.lists.path,
  validateSearch: views.lists.search,
  component: lazyRouteComponent(() => import('./lists/ListsView.tsx'), 'ListsView'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.import.path,
  validateSearch: views.import.search,
  component: editorOnly(lazyRouteComponent(() => import('./import/ImportView.tsx'), 'ImportView')),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: loginPath,
  validateSearch: loginSearchSchema,
  component: lazyRouteComponent(() => import('./auth/LoginView.tsx'), 'LoginView'),
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: setupPath,
  validateSearch: setupSearchSchema,
  component: lazyRouteComponent(() => import('./auth/SetupView.tsx'), 'SetupView'),
});

const routeTree = rootRoute.addChildren([
  explorerRoute,
  overviewRoute,
  weakLinksRoute,
  skillGapRoute,
  talentMapRoute,
  alignmentRoute,
  adjustmentRoute,
  matchingRoute,
  relatedRoute,
  expertsRoute,
  trendsRoute,
  listsRoute,
  importRoute,
  loginRoute,
  setupRoute,
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  // The views keep their own scroll positions (tables, panels); the page itself does not scroll.
  scrollRestoration: false,
  defaultPreload: false,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
