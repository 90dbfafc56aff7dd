/**
 * A request of the run that went wrong: uploading a file, starting the job (a `MAPPING_INVALID`
 * answer lists where and why), or following it. Network failures say that nothing is lost. When
 * trying again may help (network or server trouble), the retry starts the run again — already uploaded files are not sent again — or, when contact with a
 * running job was lost, follows it again.
 */
import { retryRun, type RunError } from '../../core/import/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function RunErrorNotice({ error, canResume }: { error: RunError; canResume: boolean }) {
  const { t } = useTranslation();
  const headline =
    error.code === 'MAPPING_INVALID'
      ? error.issues.length > 0
        ? t('import.error.mappingIssues', { count: error.issues.length })
        : t('import.error.mapping', { message: error.message })
      : error.step === 'upload'
        ? t('import.error.upload', { file: error.file ?? '', message: error.message })
        : error.step === 'follow'
          ? t('import.error.follow', { message: error.message })
          : t('import.error.start', { message: error.message });
  const resume = error.step === 'follow' && canResume;
  return (
    <div
      className="notice notice-error import-notice import-error"
      role="alert"
      data-testid="import-error"
      data-code={error.code}
      data-step={error.step}
    >
      <div className="import-error-body">
        <p className="import-error-headline">{headline}</p>
        {error.code === 'NETWORK' && (
          <p className="import-error-hint">{t('import.error.network')}</p>
        )}
        {error.issues.length > 0 && (
          <ul className="import-issues" data-testid="import-mapping-errors">
            {error.issues.map((issue, index) => (
              <li key={index} data-testid="import-mapping-error">
                {issue.where && <code className="import-issue-where">{issue.where}</code>}
                <span>{issue.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error.retryable && (
        <button
          type="button"
          className="button"
          data-testid="import-retry"
          onClick={() => void retryRun()}
        >
          {t(resume ? 'import.reconnect' : 'import.retry')}
        </button>
      )}
    </div>
  );
}
