/**
 * A node's history in the details panel: its latest changes and its relationships', newest first —
 * who, when, what (the properties changed, or the relationship) — and, for an administrator
 * looking at a removed node, the restore that brings it back with its relationships.
 */
import { useEffect, useState } from 'react';
import { isAbortError } from '../../core/api/index.ts';
import type { NodeRef } from '../../core/api/urls.ts';
import { hasRole } from '../../core/auth/index.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import {
  changedProps,
  changesApi,
  latestFirst,
  type ChangeRecord,
} from '../../core/changes/index.ts';
import { errorText, errorCode } from '../../core/i18n/errors.ts';
import { htmlLang } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

/** Changes the panel lists; the rest are counted. */
const shown = 20;

type HistoryState =
  | { type: 'loading' }
  | { type: 'ready'; changes: ChangeRecord[] }
  | { type: 'error'; message: string; code: string | null };

function useHistory(ref: NodeRef): HistoryState {
  const [state, setState] = useState<HistoryState>({ type: 'loading' });
  const { kind, key } = ref;
  useEffect(() => {
    const controller = new AbortController();
    changesApi
      .history({ kind, key }, controller.signal)
      .then((feed) => setState({ type: 'ready', changes: feed.changes }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ type: 'error', message, code: errorCode(error) });
      });
    return () => controller.abort();
  }, [kind, key]);
  return state;
}

function ChangeLine({ change, self }: { change: ChangeRecord; self: string }) {
  const { language, t } = useTranslation();
  const when = new Date(change.at).toLocaleString(htmlLang[language]);
  const edge = change.edge;
  const other = edge && (`${edge.from.kind}:${edge.from.key}` === self ? edge.to : edge.from);
  const props = changedProps(change);
  return (
    <li className="history-item" data-testid="history-item">
      <span className="history-what">
        {t(`history.${change.action}`)}
        {edge && other && ` · ${t('history.relationship', { rel: edge.rel, other: other.key })}`}
      </span>
      <span className="history-who">
        {change.by} · <time dateTime={change.at}>{when}</time>
      </span>
      {!edge && props.length > 0 && (
        <span className="history-props">{t('history.props', { list: props.join(', ') })}</span>
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
  const state = useHistory(nodeRef);
  const admin = hasRole(useAuth(), 'admin');
  const [restoring, setRestoring] = useState<'idle' | 'busy' | { failed: string }>('idle');
  const self = `${nodeRef.kind}:${nodeRef.key}`;
  const lastRemoved = state.type === 'ready' && state.changes.at(-1)?.action === 'remove';

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
      {removed && admin && lastRemoved && (
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
      {state.type === 'loading' && <p className="details-message">{t('history.loading')}</p>}
      {state.type === 'error' && (
        <p className="details-message details-error">
          {t('history.failed', { message: errorText(language, state) })}
        </p>
      )}
      {state.type === 'ready' && state.changes.length === 0 && (
        <p className="details-message">{t('history.empty')}</p>
      )}
      {state.type === 'ready' && state.changes.length > 0 && (
        <ol className="history-list">
          {latestFirst(state.changes, shown).map((change) => (
            <ChangeLine key={change.seq} change={change} self={self} />
          ))}
        </ol>
      )}
      {state.type === 'ready' && state.changes.length > shown && (
        <p className="details-message">
          {t('history.more', { count: state.changes.length - shown })}
        </p>
      )}
    </section>
  );
}
