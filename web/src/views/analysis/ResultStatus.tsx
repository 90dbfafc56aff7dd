/**
 * What an analysis request is doing when it is not showing an answer: loading, failed, not
 * askable. "Not askable" stays quiet while the pickers' choices (and so the defaults) are still
 * being listed.
 */
import type { AnalysisResult } from '../../core/analysis/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function ResultStatus({
  result,
  onRetry,
  quietWhenInvalid = false,
}: {
  result: AnalysisResult<unknown>;
  onRetry: () => void;
  quietWhenInvalid?: boolean;
}) {
  const { t } = useTranslation();
  switch (result.type) {
    case 'loading':
      return (
        <div className="notice notice-info" role="status" data-testid="analysis-loading">
          <span className="spinner" aria-hidden="true" />
          {t('analysis.loading')}
        </div>
      );
    case 'error':
      return (
        <div className="notice notice-error" role="alert" data-testid="analysis-error">
          <span>{t('analysis.failed', { message: result.message })}</span>
          <button type="button" className="link-button" onClick={onRetry}>
            {t('analysis.retry')}
          </button>
        </div>
      );
    case 'invalid':
      if (quietWhenInvalid) return null;
      return (
        <div className="notice notice-warning" role="status" data-testid="analysis-invalid">
          {t(`analysis.problem.${result.problem}`)}
        </div>
      );
    default:
      return null;
  }
}
