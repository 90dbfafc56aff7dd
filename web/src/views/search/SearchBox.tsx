/**
 * Search as you type (zh, en or code): debounced requests, newest answer wins, ↑↓ to move through
 * the hits, Enter to open one, Esc to close. Opening a hit loads its neighbourhood into the graph
 * (switching to the explorer when an analysis is on screen).
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { useEffect, useId, useReducer, useRef, type KeyboardEvent } from 'react';
import { api, isAbortError } from '../../core/api/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import {
  activeMoved,
  activeSet,
  hitPicked,
  hitToOpen,
  hitsReceived,
  initialSearchState,
  isSearchable,
  listClosed,
  listOpened,
  queryChanged,
  searchDebounceMs,
  searchFailed,
  searchLimit,
  type SearchState,
} from '../../core/search/index.ts';
import { useExplorerActions } from '../shell/navigation.ts';
import { SearchHitItem } from './SearchHitItem.tsx';

const apply = (state: SearchState, change: (state: SearchState) => SearchState) => change(state);

export function SearchBox() {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(apply, initialSearchState);
  const { open } = useExplorerActions();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const { query, requestId } = state;
  useEffect(() => {
    if (!isSearchable(query)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .search({ q: query.trim(), limit: searchLimit }, controller.signal)
        .then((hits) => dispatch(hitsReceived(requestId, hits)))
        .catch((error: unknown) => {
          if (isAbortError(error)) return;
          dispatch(searchFailed(requestId, error instanceof Error ? error.message : String(error)));
        });
    }, searchDebounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, requestId]);

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
        if (hit && state.status === 'done') {
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

  const showList = state.open && isSearchable(state.query);
  const activeId = state.active >= 0 ? `${listId}-${state.active}` : undefined;

  return (
    <div className="search">
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
        onBlur={() => dispatch(listClosed())}
      />
      {showList && (
        <div className="search-results" data-testid="search-results">
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
          {state.status === 'error' && (
            <p className="search-message search-error" role="alert">
              {t('search.failed', { message: state.error ?? '' })}
            </p>
          )}
          {state.hits.length > 0 && <p className="search-hint">{t('search.hint')}</p>}
        </div>
      )}
    </div>
  );
}
