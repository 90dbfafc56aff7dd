/** A neighbourhood being fetched, or why fetching it failed. */
import { dismissError, explorerAtom, retryExplorer } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function RequestStatus() {
  const { t } = useTranslation();
  const { request } = useAtomValue(explorerAtom);
  const schemaState = useAtomValue(schemaAtom);
  return (
    <>
      {schemaState.type === 'error' && !readySchema(schemaState) && (
        <div className="notice notice-error" role="alert">
          {t('schema.failed', { message: schemaState.message })}
        </div>
      )}
      {request.type === 'loading' && (
        <div className="notice notice-info" role="status" data-testid="graph-loading">
          <span className="spinner" aria-hidden="true" />
          {t('graph.loading')}
        </div>
      )}
      {request.type === 'error' && (
        <div className="notice notice-error" role="alert" data-testid="graph-error">
          <span>{t('graph.failed', { message: request.message })}</span>
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
