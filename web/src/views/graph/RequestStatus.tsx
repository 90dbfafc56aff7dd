/** A neighbourhood being fetched, or why fetching it failed. */
import { dismissError, explorerAtom, retryExplorer } from '../../core/graph/index.ts';
import { errorText } from '../../core/i18n/errors.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function RequestStatus() {
  const { language, t } = useTranslation();
  const { request } = useAtomValue(explorerAtom);
  const schemaState = useAtomValue(schemaAtom);
  return (
    <>
      {schemaState.type === 'error' && !readySchema(schemaState) && (
        <div className="notice notice-error" role="alert" data-graph-overlay="">
          {t('schema.failed', { message: schemaState.message })}
        </div>
      )}
      {request.type === 'loading' && (
        <div
          className="notice notice-info"
          role="status"
          data-testid="graph-loading"
          data-graph-overlay=""
        >
          <span className="spinner" aria-hidden="true" />
          {t('graph.loading')}
        </div>
      )}
      {request.type === 'error' && (
        <div
          className="notice notice-error"
          role="alert"
          data-testid="graph-error"
          data-graph-overlay=""
        >
          <span title={t('error.detail', { message: request.message })}>
            {t('graph.failed', { message: errorText(language, request) })}
          </span>
          <button type="button" className="link-button" onClick={() => void retryExplorer()}>
            {t('analysis.retry')}
          </button>
          <button type="button" className="link-button" onClick={dismissError}>
            {t('truncated.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
