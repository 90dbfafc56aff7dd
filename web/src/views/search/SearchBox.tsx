/**
 * Search as you type (zh, en or code; several words must all match): debounced requests, newest
 * answer wins, ↑↓ to move through the hits, Enter to open one, Esc to close. Above the hits, one
 * chip per kind that matched with its count (产业链 1 · 招聘需求 40) narrows the list to that
 * kind; below, how many are shown of how many, and "more" for the next page. Opening a hit loads
 * its neighbourhood into the graph (switching to the explorer when an analysis is on screen).
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { useEffect, useId, useReducer, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { isAbortError } from '../../core/api/index.ts';
import { errorCode, errorText } from '../../core/i18n/errors.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { searchClient } from '../../core/search/api.ts';
import {
  activeMoved,
  activeSet,
  allKindsSearched,
  facetChips,
  hasMore,
  hitPicked,
  hitToOpen,
  hitsReceived,
  initialSearchState,
  isSearchable,
  kindToggled,
  listClosed,
  listOpened,
  moreRequested,
  queryChanged,
  searchDebounceMs,
  searchFailed,
  type SearchState,
} from '../../core/search/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { useExplorerActions } from '../shell/navigation.ts';
import { SearchFacets } from './SearchFacets.tsx';
import { SearchHitItem } from './SearchHitItem.tsx';

const apply = (state: SearchState, change: (state: SearchState) => SearchState) => change(state);

/** Keeps the focus in the input when a button of the list is pressed with the pointer. */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

export function SearchBox() {
  const { language, t } = useTranslation();
  const [state, dispatch] = useReducer(apply, initialSearchState);
  const schema = readySchema(useAtomValue(schemaAtom));
  const { open } = useExplorerActions();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const { request, requestId, status } = state;
  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    // Typing waits for a pause; "more" and facet chips ask at once.
    const delay = status === 'loading' && request.offset === 0 ? searchDebounceMs : 0;
    const timer = setTimeout(() => {
      searchClient
        .page(request, controller.signal)
        .then((page) => dispatch(hitsReceived(requestId, page)))
        .catch((error: unknown) => {
          if (isAbortError(error)) return;
          const message = error instanceof Error ? error.message : String(error);
          dispatch(searchFailed(requestId, message, errorCode(error)));
        });
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // A new request id is a new request; the status read above only chooses the delay.
  }, [request, requestId]);

  const pick = (hit: SearchHit) => {
    dispatch(hitPicked());
    inputRef.current?.blur();
    open(`${hit.kind}:${hit.key}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        dispatch(activeMoved(1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        dispatch(activeMoved(-1));
        break;
      case 'Enter': {
        const hit = hitToOpen(state);
        if (hit && (state.status === 'done' || state.status === 'loadingMore')) {
          event.preventDefault();
          pick(hit);
        }
        break;
      }
      case 'Escape':
        dispatch(listClosed());
        break;
    }
  };

  // The list stays open while the focus is anywhere in the search (a chip, "more").
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) dispatch(listClosed());
  };

  const showList = state.open && isSearchable(state.query);
  const activeId = state.active >= 0 ? `${listId}-${state.active}` : undefined;
  const rank = (kind: string) => schema?.kindOrder.get(kind) ?? Number.MAX_SAFE_INTEGER;
  const chips = facetChips(state, rank);
  const failure = state.error === null ? null : errorText(language, { code: state.errorCode });

  return (
    <div className="search" onBlur={onBlur}>
      <input
        ref={inputRef}
        className="search-input"
        data-testid="search-input"
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? activeId : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={state.query}
        onChange={(event) => dispatch(queryChanged(event.target.value))}
        onKeyDown={onKeyDown}
        onFocus={() => dispatch(listOpened())}
      />
      {showList && (
        <div className="search-results" data-testid="search-results">
          {chips.length > 0 && (
            <SearchFacets
              chips={chips}
              narrowed={state.kinds.length > 0}
              onToggle={(kind) => dispatch(kindToggled(kind))}
              onAll={() => dispatch(allKindsSearched())}
              onPointerDown={keepFocus}
            />
          )}
          <ul id={listId} role="listbox" aria-label={t('search.label')}>
            {state.hits.map((hit, index) => (
              <SearchHitItem
                key={`${hit.kind}:${hit.key}`}
                id={`${listId}-${index}`}
                hit={hit}
                active={index === state.active}
                onHover={() => dispatch(activeSet(index))}
                onPick={() => pick(hit)}
              />
            ))}
          </ul>
          {state.status === 'loading' && state.hits.length === 0 && (
            <p className="search-message">{t('search.searching')}</p>
          )}
          {state.status === 'done' && state.hits.length === 0 && (
            <p className="search-message">{t('search.noResults')}</p>
          )}
          {failure && (
            <p
              className="search-message search-error"
              role="alert"
              title={state.error ? t('error.detail', { message: state.error }) : undefined}
            >
              {t('search.failed', { message: failure })}
            </p>
          )}
          {state.hits.length > 0 && (
            <div className="search-footer">
              <span className="search-count" data-testid="search-count">
                {state.total === null
                  ? t('search.shown', { shown: state.hits.length })
                  : t(state.totalExact ? 'search.shownOf' : 'search.shownOfAtLeast', {
                      shown: state.hits.length,
                      total: state.total,
                    })}
              </span>
              {(hasMore(state) || state.status === 'loadingMore') && (
                <button
                  type="button"
                  className="link-button search-more"
                  data-testid="search-more"
                  disabled={state.status === 'loadingMore'}
                  onMouseDown={keepFocus}
                  onClick={() => dispatch(moreRequested())}
                >
                  {state.status === 'loadingMore' ? t('search.loadingMore') : t('search.more')}
                </button>
              )}
              <span className="search-hint">{t('search.hint')}</span>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
