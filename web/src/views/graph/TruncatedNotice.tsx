/** Says so when the server returned fewer nodes than were reachable (the request's limit). */
import { dismissTruncation, explorerAtom } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function TruncatedNotice() {
  const { t } = useTranslation();
  const { truncation } = useAtomValue(explorerAtom);
  if (!truncation) return null;
  return (
    <div className="notice notice-warning" data-testid="truncated-notice" role="status">
      <span>{t('truncated.notice', { shown: truncation.shown, limit: truncation.limit })}</span>
      <button type="button" className="link-button" onClick={dismissTruncation}>
        {t('truncated.dismiss')}
      </button>
    </div>
  );
}
