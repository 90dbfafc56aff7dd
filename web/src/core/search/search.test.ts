import { describe, expect, it } from 'vitest';
import {
  activeMoved,
  hitToOpen,
  hitsReceived,
  initialSearchState,
  listClosed,
  queryChanged,
  searchFailed,
  type SearchHit,
  type SearchState,
} from './index.ts';

const hit = (key: string): SearchHit => ({ kind: 'Chain', key, name_zh: key, score: 1 });
const apply = (state: SearchState, ...changes: ((s: SearchState) => SearchState)[]) =>
  changes.reduce((s, change) => change(s), state);

describe('search state', () => {
  it('starts a request per query and takes only the answer to the latest one', () => {
    const typed = apply(initialSearchState, queryChanged('电'), queryChanged('电池'));
    expect(typed).toMatchObject({ status: 'loading', open: true, requestId: 2 });
    const stale = hitsReceived(1, [hit('old')])(typed);
    expect(stale).toBe(typed);
    const fresh = hitsReceived(2, [hit('a'), hit('b')])(typed);
    expect(fresh).toMatchObject({ status: 'done', active: 0 });
    expect(fresh.hits.map((h) => h.key)).toEqual(['a', 'b']);
  });

  it('clears and closes on an empty query', () => {
    const state = apply(
      initialSearchState,
      queryChanged('x'),
      hitsReceived(1, [hit('a')]),
      queryChanged('  '),
    );
    expect(state).toMatchObject({ status: 'idle', open: false, hits: [], active: -1 });
  });

  it('moves the keyboard focus with wrap-around', () => {
    const state = apply(
      initialSearchState,
      queryChanged('x'),
      hitsReceived(1, [hit('a'), hit('b'), hit('c')]),
    );
    expect(activeMoved(1)(state).active).toBe(1);
    expect(activeMoved(-1)(state).active).toBe(2);
    expect(apply(state, activeMoved(1), activeMoved(1), activeMoved(1)).active).toBe(0);
    expect(hitToOpen(activeMoved(1)(state))?.key).toBe('b');
  });

  it('records a failure of the latest request and closes on Escape', () => {
    const state = apply(initialSearchState, queryChanged('x'), searchFailed(1, 'boom'));
    expect(state).toMatchObject({ status: 'error', error: 'boom', hits: [] });
    expect(listClosed()(state).open).toBe(false);
    expect(hitToOpen(state)).toBeNull();
  });
});
