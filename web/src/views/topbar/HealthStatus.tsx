/**
 * The graph's size from `/api/health` (the database behind it, by its plain name, in the tooltip),
 * refreshed every minute and after an import.
 */
import type { Health } from '@chanjiao/graph-schema';
import { useEffect, useState } from 'react';
import { api, isAbortError } from '../../core/api/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { graphChangedEvent } from '../../core/import/index.ts';

type HealthState = { type: 'checking' } | { type: 'ok'; health: Health } | { type: 'offline' };

const refreshMs = 60_000;

export function HealthStatus() {
  const { t } = useTranslation();
  const [state, setState] = useState<HealthState>({ type: 'checking' });

  useEffect(() => {
    let controller = new AbortController();
    const check = () => {
      controller.abort();
      controller = new AbortController();
      api
        .health(controller.signal)
        .then((health) => setState({ type: 'ok', health }))
        .catch((error: unknown) => {
          if (!isAbortError(error)) setState({ type: 'offline' });
        });
    };
    check();
    const timer = setInterval(check, refreshMs);
    window.addEventListener(graphChangedEvent, check);
    return () => {
      clearInterval(timer);
      window.removeEventListener(graphChangedEvent, check);
      controller.abort();
    };
  }, []);

  if (state.type === 'checking')
    return <div className="health health-checking">{t('health.checking')}</div>;
  if (state.type === 'offline')
    return (
      <div className="health health-offline" role="status">
        <span className="health-dot" aria-hidden="true" />
        {t('health.offline')}
      </div>
    );
  const { health } = state;
  const store = t(health.store === 'neo4j' ? 'health.store.neo4j' : 'health.store.embedded');
  return (
    <div
      className="health"
      data-testid="health"
      title={t('health.online', { store, nodes: health.nodes, edges: health.edges })}
    >
      <span className="health-dot health-dot-ok" aria-hidden="true" />
      <span className="health-counts">
        {t('health.counts', { nodes: health.nodes, edges: health.edges })}
      </span>
    </div>
  );
}
