import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors.ts';
import { createSearchClient, readSearchPage, searchPath } from './api.ts';
import {
  activeMoved,
  allKindsSearched,
  facetChips,
  hasMore,
  hitToOpen,
  hitsReceived,
  initialSearchState,
  kindToggled,
  listClosed,
  moreRequested,
  queryChanged,
  searchFailed,
  searchLimit,
  type SearchHit,
  type SearchPage,
  type SearchState,
} from './index.ts';

const hit = (key: string, kind = 'Chain'): SearchHit =>
  ({ kind, key, name_zh: key, score: 1 }) as SearchHit;
const hits = (n: number, from = 0) => Array.from({ length: n }, (_, i) => hit(`h${from + i}`));
const page = (list: SearchHit[], extra: Partial<SearchPage> = {}): SearchPage => ({
  hits: list,
  total: null,
  totalExact: true,
  facets: null,
  ...extra,
});
const apply = (state: SearchState, ...changes: ((s: SearchState) => SearchState)[]) =>
  changes.reduce((s, change) => change(s), state);

describe('search state', () => {
  it('starts a request per query and takes only the answer to the latest one', () => {
    const typed = apply(initialSearchState, queryChanged('电'), queryChanged('电池'));
    expect(typed).toMatchObject({ status: 'loading', open: true, requestId: 2 });
    expect(typed.request).toEqual({ q: '电池', kinds: [], limit: searchLimit, offset: 0 });
    const stale = hitsReceived(1, page([hit('old')]))(typed);
    expect(stale).toBe(typed);
    const fresh = hitsReceived(2, page([hit('a'), hit('b')]))(typed);
    expect(fresh).toMatchObject({ status: 'done', active: 0 });
    expect(fresh.hits.map((h) => h.key)).toEqual(['a', 'b']);
  });

  it('clears and closes on an empty query', () => {
    const state = apply(
      initialSearchState,
      queryChanged('x'),
      hitsReceived(1, page([hit('a')])),
      queryChanged('  '),
    );
    expect(state).toMatchObject({
      status: 'idle',
      open: false,
      hits: [],
      active: -1,
      request: null,
    });
  });

  it('moves the keyboard focus with wrap-around', () => {
    const state = apply(
      initialSearchState,
      queryChanged('x'),
      hitsReceived(1, page([hit('a'), hit('b'), hit('c')])),
    );
    expect(activeMoved(1)(state).active).toBe(1);
    expect(activeMoved(-1)(state).active).toBe(2);
    expect(apply(state, activeMoved(1), activeMoved(1), activeMoved(1)).active).toBe(0);
    expect(hitToOpen(activeMoved(1)(state))?.key).toBe('b');
  });

  it('records a failure of the latest request with its code and closes on Escape', () => {
    const state = apply(initialSearchState, queryChanged('x'), searchFailed(1, 'boom', 'NETWORK'));
    expect(state).toMatchObject({ status: 'error', error: 'boom', errorCode: 'NETWORK', hits: [] });
    expect(listClosed()(state).open).toBe(false);
    expect(hitToOpen(state)).toBeNull();
  });
});

describe('facets and paging', () => {
  const facets = { Chain: 1, Segment: 3, Posting: 40 };
  const answered = apply(
    initialSearchState,
    queryChanged('电池'),
    hitsReceived(1, page(hits(12), { total: 44, facets })),
  );

  it('pages by offset when the server says how many there are, appending in order', () => {
    expect(hasMore(answered)).toBe(true);
    const asking = moreRequested()(answered);
    expect(asking).toMatchObject({ status: 'loadingMore', requestId: 2 });
    expect(asking.request).toMatchObject({ offset: 12, limit: searchLimit });
    const moved = activeMoved(3)(asking);
    const more = hitsReceived(2, page(hits(12, 12), { total: 44, facets }))(moved);
    expect(more.hits.map((h) => h.key)).toEqual(hits(24).map((h) => h.key));
    expect(more.active).toBe(3);
    const last = apply(
      more,
      moreRequested(),
      hitsReceived(3, page(hits(12, 24), { total: 44 })),
      moreRequested(),
      hitsReceived(4, page(hits(8, 36), { total: 44 })),
    );
    expect(last.hits).toHaveLength(44);
    expect(hasMore(last)).toBe(false);
    expect(moreRequested()(last)).toBe(last);
  });

  it('without a total, asks again for a longer first page, and stops at the server’s cap', () => {
    const old = apply(initialSearchState, queryChanged('电池'), hitsReceived(1, page(hits(12))));
    expect(hasMore(old)).toBe(true);
    const asking = moreRequested()(old);
    expect(asking.request).toMatchObject({ offset: 0, limit: 24 });
    const longer = hitsReceived(2, page(hits(20)))(asking);
    expect(longer.hits).toHaveLength(20);
    expect(hasMore(longer)).toBe(false);
  });

  it('narrows to a kind with a new first page and keeps the facets of the whole query', () => {
    const narrowed = kindToggled('Posting')(answered);
    expect(narrowed.request).toEqual({ q: '电池', kinds: ['Posting'], limit: 12, offset: 0 });
    // An answer without facets keeps the ones of the unrestricted query.
    const received = hitsReceived(2, page(hits(12), { total: 40, facets: null }))(narrowed);
    expect(received.facets).toEqual(facets);
    expect(allKindsSearched()(received).kinds).toEqual([]);
    expect(kindToggled('Posting')(received).kinds).toEqual([]);
  });

  it('offers facet chips in kind order, keeping a chosen kind without matches', () => {
    const rank = (kind: string) => ['Chain', 'Segment', 'Course', 'Posting'].indexOf(kind);
    expect(facetChips(answered, rank)).toEqual([
      { kind: 'Chain', count: 1, selected: false },
      { kind: 'Segment', count: 3, selected: false },
      { kind: 'Posting', count: 40, selected: false },
    ]);
    const chosen = kindToggled('Course')(answered);
    expect(facetChips(chosen, rank).map((c) => [c.kind, c.selected])).toEqual([
      ['Chain', false],
      ['Segment', false],
      ['Course', true],
      ['Posting', false],
    ]);
    expect(facetChips(apply(initialSearchState, queryChanged('x')), rank)).toEqual([]);
  });

  it('keeps the hits when a page of more fails, and says why', () => {
    const failed = apply(answered, moreRequested(), searchFailed(2, 'offline', 'NETWORK'));
    expect(failed).toMatchObject({ status: 'done', error: 'offline', errorCode: 'NETWORK' });
    expect(failed.hits).toHaveLength(12);
  });
});

describe('search API', () => {
  it('writes several kinds as repeated parameters and the offset only when paging', () => {
    expect(searchPath({ q: '动力电池 产业链', kinds: [], limit: 12, offset: 0 })).toBe(
      '/api/search?q=%E5%8A%A8%E5%8A%9B%E7%94%B5%E6%B1%A0%20%E4%BA%A7%E4%B8%9A%E9%93%BE&limit=12',
    );
    expect(searchPath({ q: 'a', kinds: ['Chain', 'Segment'], limit: 12, offset: 24 })).toBe(
      '/api/search?q=a&limit=12&kind=Chain&kind=Segment&offset=24',
    );
  });

  it('reads the agreed answer, and an older one without total or facets', () => {
    expect(
      readSearchPage('/p', {
        hits: [hit('a')],
        total: 41,
        totalExact: false,
        facets: { Chain: 1, Posting: 40, Bad: 'x' },
      }),
    ).toEqual({
      hits: [hit('a')],
      total: 41,
      totalExact: false,
      facets: { Chain: 1, Posting: 40 },
    });
    expect(readSearchPage('/p', { hits: [] })).toEqual({
      hits: [],
      total: null,
      totalExact: true,
      facets: null,
    });
    expect(() => readSearchPage('/p', { hits: [{ kind: 'Chain' }] })).toThrow(ApiError);
  });

  it('asks the server and keeps its error code', async () => {
    const calls: string[] = [];
    const client = createSearchClient(async (url) => {
      calls.push(url);
      return new Response(
        JSON.stringify({ statusCode: 400, code: 'BAD_REQUEST', message: 'q too long' }),
        {
          status: 400,
        },
      );
    });
    const error = await client
      .page({ q: 'x', kinds: [], limit: 12, offset: 0 })
      .catch((e: unknown) => e);
    expect(calls).toEqual(['/api/search?q=x&limit=12']);
    expect(error).toMatchObject({ name: 'ApiError', code: 'BAD_REQUEST' });
  });
});
