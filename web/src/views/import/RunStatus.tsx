/**
 * The current run under the buttons: uploading (all files' percentage), then the job's progress
 * bar, then its outcome — the counts it would write or wrote, the problems that rejected it, why
 * it failed — or the request that went wrong, with a retry.
 */
import { uploadsPercent, type ImportState } from '../../core/import/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { JobProgress } from './JobProgress.tsx';
import { JobResult } from './JobResult.tsx';
import { ProblemsTable } from './ProblemsTable.tsx';
import { RunErrorNotice } from './RunErrorNotice.tsx';

export function RunStatus({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const { run } = state;
  if (!run) return null;
  const job = run.job;
  const uploading = run.stage === 'uploading';
  return (
    <div
      className="import-run"
      data-testid="import-run-status"
      data-stage={run.stage}
      data-dry-run={run.dryRun}
    >
      {uploading && (
        <p className="import-stage" role="status" data-testid="import-stage">
          <span className="spinner spinner-inline" aria-hidden="true" />
          {t('import.stage.uploading', {
            percent: uploadsPercent(
              state.selection.files.map((p) => ({
                loaded: state.uploads[p.key]?.loaded ?? 0,
                total: state.uploads[p.key]?.total ?? p.file.size,
              })),
            ),
          })}
        </p>
      )}
      {run.stage === 'starting' && (
        <p className="import-stage" role="status" data-testid="import-stage">
          <span className="spinner spinner-inline" aria-hidden="true" />
          {t('import.stage.starting')}
        </p>
      )}
      {(job || run.stage === 'starting') && <JobProgress job={job} dryRun={run.dryRun} />}
      {run.error && <RunErrorNotice error={run.error} canResume={!!job} />}
      {job && job.state === 'done' && <JobResult job={job} />}
      {job && job.state === 'rejected' && <ProblemsTable job={job} />}
      {job && job.state !== 'running' && job.error && (
        <div
          className="notice notice-error import-notice"
          role="alert"
          data-testid="import-job-error"
          data-code={job.error.code}
        >
          {t('import.error.failed', { message: job.error.message })}
        </div>
      )}
    </div>
  );
}
