/**
 * A node's history in the details panel: its changes and its relationships', oldest first, a page
 * at a time ("more" reads the next page from where the last ended) — who, when, what (each
 * property before → after, or the relationship) — and, for an administrator looking at a removed
 * node, the restore that brings it back with its relationships.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../core/api/index.ts';
import type { NodeRef } from '../../core/api/urls.ts';
import { hasRole } from '../../core/auth/index.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import {
  changesApi,
  pageAdded,
  propChanges,
  type ChangeRecord,
  type HistoryPages,
} from '../../core/changes/index.ts';
import { errorText, errorCode } from '../../core/i18n/errors.ts';
import { htmlLang } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

interface HistoryState {
  pages: HistoryPages | null;
  loading: boolean;
  error: { message: string; code: string | null } | null;
}

/** The history read so far, and `more()` to read its next page. */
function useHistory(ref: NodeRef): HistoryState & { more: () => void } {
  const { kind, key } = ref;
  const [state, setState] = useState<HistoryState>({ pages: null, loading: true, error: null });
  const controller = useRef<AbortController | null>(null);

  const read = useCallback(
    (pages: HistoryPages | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ pages, loading: true, error: null });
      changesApi
        .history({ kind, key }, pages?.next ?? undefined, current.signal)
        .then((feed) => setState({ pages: pageAdded(pages, feed), loading: false, error: null }))
        .catch((error: unknown) => {
          if (isAbortError(error)) return;
          const message = error instanceof Error ? error.message : String(error);
          setState({ pages, loading: false, error: { message, code: errorCode(error) } });
        });
    },
    [kind, key],
  );

  useEffect(() => {
    read(null);
    return () => controller.current?.abort();
  }, [read]);

  const more = useCallback(() => {
    if (state.pages?.next != null && !state.loading) read(state.pages);
  }, [read, state]);
  return { ...state, more };
}

function ChangeLine({ change, self }: { change: ChangeRecord; self: string }) {
  const { language, t } = useTranslation();
  const when = new Date(change.at).toLocaleString(htmlLang[language]);
  const edge = change.edge;
  const other = edge && (`${edge.from.kind}:${edge.from.key}` === self ? edge.to : edge.from);
  const props = edge ? [] : propChanges(change);
  return (
    <li className="history-item" data-testid="history-item" data-action={change.action}>
      <span className="history-what">
        {t(`history.${change.action}`)}
        {edge && other && ` · ${t('history.relationship', { rel: edge.rel, other: other.key })}`}
      </span>
      <span className="history-who">
        <span data-testid="history-by">{change.by}</span> · <time dateTime={change.at}>{when}</time>
      </span>
      {props.length > 0 && (
        <ul className="history-props" aria-label={t('history.propsLabel')}>
          {props.map((prop) => (
            <li key={prop.name} data-testid="history-prop" data-prop={prop.name}>
              <span className="history-prop-name">{prop.name}</span>{' '}
              <span className="history-before">{prop.before}</span>
              {' → '}
              <span className="history-after">{prop.after}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function NodeHistory({
  nodeRef,
  removed,
  onRestored,
}: {
  nodeRef: NodeRef;
  /** The node is not there (any more): an administrator may restore it. */
  removed: boolean;
  onRestored: () => void;
}) {
  const { language, t } = useTranslation();
  const history = useHistory(nodeRef);
  const changes = history.pages?.changes ?? [];
  const complete = history.pages !== null && history.pages.next === null;
  const admin = hasRole(useAuth(), 'admin');
  const [restoring, setRestoring] = useState<'idle' | 'busy' | { failed: string }>('idle');
  const self = `${nodeRef.kind}:${nodeRef.key}`;
  // A node not there may be restored unless its history, read to the end, ends otherwise (it was
  // never created, or a removal was undone by a new write); the server refuses a node with no
  // removal recorded anyway.
  const restorable = !complete || changes.at(-1)?.action === 'remove';

  const restore = () => {
    setRestoring('busy');
    changesApi
      .restore(nodeRef)
      .then(() => {
        setRestoring('idle');
        onRestored();
      })
      .catch((error: unknown) => {
        const message = errorText(language, {
          message: error instanceof Error ? error.message : String(error),
          code: errorCode(error),
        });
        setRestoring({ failed: message });
      });
  };

  return (
    <section className="details-section" data-testid="node-history">
      <h3 className="panel-heading">{t('history.title')}</h3>
      {removed && admin && restorable && (
        <div className="details-actions">
          <button
            type="button"
            className="button button-solid"
            data-testid="history-restore"
            disabled={restoring === 'busy'}
            onClick={restore}
          >
            {restoring === 'busy' ? t('history.restoring') : t('history.restore')}
          </button>
        </div>
      )}
      {typeof restoring === 'object' && (
        <p className="details-message details-error" role="alert">
          {t('history.restoreFailed', { message: restoring.failed })}
        </p>
      )}
      {history.error && (
        <p className="details-message details-error">
          {t('history.failed', { message: errorText(language, history.error) })}
        </p>
      )}
      {complete && changes.length === 0 && <p className="details-message">{t('history.empty')}</p>}
      {changes.length > 0 && (
        <>
          <p className="details-message history-order">{t('history.order')}</p>
          <ol className="history-list" data-testid="history-list">
            {changes.map((change) => (
              <ChangeLine key={change.seq} change={change} self={self} />
            ))}
          </ol>
        </>
      )}
      {history.loading && <p className="details-message">{t('history.loading')}</p>}
      {!history.loading && history.pages?.next != null && (
        <button type="button" className="button" data-testid="history-more" onClick={history.more}>
          {t('history.more', { count: changes.length })}
        </button>
      )}
    </section>
  );
}
