/**
 * The router: one route per view of the registry (`core/router/views.ts`), each reading its state
 * from the address with the view's schema, under the app shell. TanStack Router keeps the history
 * (real entries: Back and Forward step through what the reader did) and types every view's search;
 * the address is written and read by our own plain-text serialiser (see `core/router/search.ts`).
 */
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { loginPath, loginSearchSchema, setupPath, setupSearchSchema } from '../core/auth/routes.ts';
import { parseSearch, stringifySearch } from '../core/router/search.ts';
import { views } from '../core/router/views.ts';
import { SkillGapView } from './analysis/SkillGapView.tsx';
import { WeakLinksView } from './analysis/WeakLinksView.tsx';
import { editorOnly } from './auth/EditorOnly.tsx';
import { LoginView } from './auth/LoginView.tsx';
import { SetupView } from './auth/SetupView.tsx';
import { ExplorerView } from './graph/ExplorerView.tsx';
import { ImportView } from './import/ImportView.tsx';
import { ListsView } from './lists/ListsView.tsx';
import { TrendsView } from './trends/TrendsView.tsx';
import { OverviewView } from './overview/OverviewView.tsx';
import { ExpertsView } from './people/ExpertsView.tsx';
import { MatchingView } from './people/MatchingView.tsx';
import { RelatedView } from './people/RelatedView.tsx';
import { AdjustmentView } from './programs/AdjustmentView.tsx';
import { AlignmentView } from './programs/AlignmentView.tsx';
import { TalentMapView } from './talent/TalentMapView.tsx';
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
  component: OverviewView,
});

const weakLinksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['weak-links'].path,
  validateSearch: views['weak-links'].search,
  component: WeakLinksView,
});

const skillGapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['skill-gap'].path,
  validateSearch: views['skill-gap'].search,
  component: SkillGapView,
});

const talentMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['talent-map'].path,
  validateSearch: views['talent-map'].search,
  component: TalentMapView,
});

const alignmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.alignment.path,
  validateSearch: views.alignment.search,
  component: AlignmentView,
});

const adjustmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views['program-adjustment'].path,
  validateSearch: views['program-adjustment'].search,
  component: AdjustmentView,
});

const matchingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.matching.path,
  validateSearch: views.matching.search,
  component: MatchingView,
});

const relatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.related.path,
  validateSearch: views.related.search,
  component: RelatedView,
});

const expertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.experts.path,
  validateSearch: views.experts.search,
  component: ExpertsView,
});

const trendsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.trends.path,
  validateSearch: views.trends.search,
  component: TrendsView,
});

const listsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.lists.path,
  validateSearch: views.lists.search,
  component: ListsView,
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: views.import.path,
  validateSearch: views.import.search,
  component: editorOnly(ImportView),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: loginPath,
  validateSearch: loginSearchSchema,
  component: LoginView,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: setupPath,
  validateSearch: setupSearchSchema,
  component: SetupView,
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
