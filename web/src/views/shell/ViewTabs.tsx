/**
 * The view tabs on wider screens (WAI-ARIA tabs, manual activation): one tab per view of the
 * registry, grouped by what the view is about. ←/→, Home and End move focus between tabs; Enter
 * or Space opens the focused view (a view may fetch, so focus alone does not). Each tab is a link
 * to its view as it was last left, so it also opens in a new browser tab.
 */
import { Link } from '@tanstack/react-router';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import {
  tabAfterKey,
  viewOrder,
  views,
  visitedAtom,
  type ViewId,
} from '../../core/router/views.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export const viewPanelId = 'view-panel';
export const tabId = (id: ViewId) => `view-tab-${id}`;

export function ViewTabs({ current }: { current: ViewId | null }) {
  const { t } = useTranslation();
  const visited = useAtomValue(visitedAtom);
  const tabs = useRef(new Map<ViewId, HTMLAnchorElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const next = tabAfterKey(event.key, index, viewOrder.length);
    if (next !== null) {
      event.preventDefault();
      const id = viewOrder[next];
      if (id) tabs.current.get(id)?.focus();
    } else if (event.key === ' ') {
      // Enter follows a link by itself; Space must too, as on a tab.
      event.preventDefault();
      event.currentTarget.click();
    }
  };

  return (
    <nav className="view-tabs" aria-label={t('mode.label')}>
      <div className="view-tablist" role="tablist" aria-label={t('mode.label')}>
        {viewOrder.map((id, index) => {
          const selected = id === current;
          const previous = viewOrder[index - 1];
          const groupStart = previous !== undefined && views[previous].group !== views[id].group;
          return (
            <Link
              key={id}
              ref={(element: HTMLAnchorElement | null) => {
                if (element) tabs.current.set(id, element);
                else tabs.current.delete(id);
              }}
              to={views[id].path}
              search={visited.get(id) ?? {}}
              id={tabId(id)}
              role="tab"
              aria-selected={selected}
              aria-controls={viewPanelId}
              tabIndex={selected || (current === null && index === 0) ? 0 : -1}
              className={[
                'view-tab',
                selected ? 'view-tab-active' : '',
                groupStart ? 'view-tab-group-start' : '',
              ].join(' ')}
              data-testid={`mode-${id}`}
              onKeyDown={(event: KeyboardEvent<HTMLAnchorElement>) => onKeyDown(event, index)}
            >
              {t(views[id].label)}
            </Link>
          );
        })}
      </div>
    </nav>
  );
}
