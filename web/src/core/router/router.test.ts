import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
} from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { nodeExpanded, nodeOpened, type ExplorerSearch } from '../graph/url.ts';
import { parseSearch, stringifySearch } from './search.ts';
import { viewOfPath, viewOrder, views } from './views.ts';

/**
 * The router the app builds (`views/router.tsx`) with the registry's paths, schemas and our
 * serialiser, minus the components, over an in-memory history: what the address does with
 * history entries, tested without a browser.
 */
async function routerAt(href: string) {
  const root = createRootRoute();
  const routes = viewOrder.map((id) =>
    createRoute({
      getParentRoute: () => root,
      path: views[id].path,
      validateSearch: views[id].search,
    }),
  );
  const router = createRouter({
    routeTree: root.addChildren(routes),
    history: createMemoryHistory({ initialEntries: [href] }),
    parseSearch,
    stringifySearch,
    // A browser's router without the browser: in-memory history, a fixed origin.
    isServer: false,
    origin: 'http://localhost',
  });
  await router.load();
  return router;
}

type TestRouter = Awaited<ReturnType<typeof routerAt>>;

/**
 * The search of the view on screen as the view reads it. The router's match also carries the
 * parameters no schema knows (it merges the raw search in), so views read theirs through their
 * schema again, and every change they make builds on that.
 */
function viewSearch(router: TestRouter): Record<string, unknown> {
  const match = router.state.matches[router.state.matches.length - 1];
  const view = viewOfPath(router.state.location.pathname);
  return view ? views[view].search.parse(match?.search ?? {}) : {};
}

async function back(router: TestRouter) {
  router.history.back();
  await router.load();
}

describe('router over the view registry', () => {
  it('reads a shared link through the view’s schema: codes stay text, junk is dropped', async () => {
    const router = await routerAt(
      '/skill-gap?chain=nev&region=350900&institution=ndvc&demand=weird&junk=1&sel=Competency:x',
    );
    expect(router.state.location.pathname).toBe('/skill-gap');
    expect(viewSearch(router)).toEqual({
      chain: 'nev',
      region: '350900',
      institution: 'ndvc',
      sel: 'Competency:x',
    });
  });

  it('adds a history entry per change, steps back through them, and replaces when asked', async () => {
    const router = await routerAt('/');
    const start = router.history.length;
    const go = (change: (search: ExplorerSearch) => ExplorerSearch, replace = false) =>
      router.navigate({ to: '/', search: change(viewSearch(router)), replace });

    await go(nodeOpened('Chain:nev'));
    expect(router.state.location.href).toBe('/?node=Chain:nev&sel=Chain:nev');
    await go(nodeExpanded('Segment:cells'));
    expect(router.state.location.href).toBe(
      '/?node=Chain:nev&expand=Segment:cells&sel=Segment:cells',
    );
    expect(router.history.length).toBe(start + 2);

    // The same address again is no new step.
    await go((search) => ({ ...search }));
    expect(router.history.length).toBe(start + 2);

    await back(router);
    expect(viewSearch(router)).toEqual({ node: 'Chain:nev', sel: 'Chain:nev' });
    await back(router);
    expect(viewSearch(router)).toEqual({});
    router.history.forward();
    await router.load();
    expect(viewSearch(router)).toEqual({ node: 'Chain:nev', sel: 'Chain:nev' });

    // Filling in defaults replaces the entry: Back does not return to the bare address.
    await router.navigate({ to: '/weak-links', search: {} });
    await router.navigate({
      to: '/weak-links',
      search: { chain: 'nev', region: '350900' },
      replace: true,
    });
    await back(router);
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the same view from the copied address in a fresh router', async () => {
    const router = await routerAt('/');
    await router.navigate({
      to: '/weak-links',
      search: { chain: 'nev-power-battery-chain', region: '350900', sel: 'Segment:separator' },
    });
    const copied = router.state.location.href;
    expect(copied).toBe(
      '/weak-links?chain=nev-power-battery-chain&region=350900&sel=Segment:separator',
    );
    const fresh = await routerAt(copied);
    expect(fresh.state.location.pathname).toBe('/weak-links');
    expect(viewSearch(fresh)).toEqual(viewSearch(router));
  });
});
