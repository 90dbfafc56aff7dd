/**
 * The view menu on phones and tablets: a button naming the current view opens the list of views,
 * grouped as the tabs are; picking one (or Escape, or a tap elsewhere) closes it.
 */
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { viewGroups, viewOrder, views, visitedAtom, type ViewId } from '../../core/router/views.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function ViewMenu({ current }: { current: ViewId | null }) {
  const { t } = useTranslation();
  const visited = useAtomValue(visitedAtom);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="view-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="view-menu-button"
        data-testid="view-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="view-menu-icon" aria-hidden="true">
          ☰
        </span>
        <span className="view-menu-current">
          {current ? t(views[current].label) : t('mode.label')}
        </span>
      </button>
      {open && (
        <nav id={panelId} className="view-menu-panel" aria-label={t('mode.label')}>
          {viewGroups.map((group) => {
            const members = viewOrder.filter((id) => views[id].group === group);
            if (members.length === 0) return null;
            return (
              <section key={group} className="view-menu-group">
                <h2 className="view-menu-heading">{t(`viewGroup.${group}` as MessageKey)}</h2>
                <ul className="view-menu-list">
                  {members.map((id) => (
                    <li key={id}>
                      <Link
                        to={views[id].path}
                        search={visited.get(id) ?? {}}
                        className={
                          id === current ? 'view-menu-item view-menu-item-active' : 'view-menu-item'
                        }
                        aria-current={id === current ? 'page' : undefined}
                        data-testid={`menu-${id}`}
                        onClick={() => setOpen(false)}
                      >
                        {t(views[id].label)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </nav>
      )}
    </div>
  );
}
