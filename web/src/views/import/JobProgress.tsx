/**
 * The job's progress bar (0–100 over both reading passes and the commit; `aria-valuenow` is the
 * percentage) with the phase, the bytes read of the total in this pass, and the rows and records
 * so far. Before the job exists (it is being started), it stands at 0; once the job is over, the
 * label says how it ended.
 */
import type { ImportJob } from '@chanjiao/graph-schema';
import { formatBytes, jobPercent } from '../../core/import/index.ts';
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function JobProgress({ job, dryRun }: { job: ImportJob | null; dryRun: boolean }) {
  const { language, t } = useTranslation();
  const percent = job ? jobPercent(job) : 0;
  const progress = job?.progress;
  const phase = progress?.phase ?? 'queued';
  const state = job?.state ?? 'starting';
  // Once the job is over, its outcome says more than the phase it stopped in.
  const label =
    state === 'done' || state === 'rejected' || state === 'failed'
      ? t(`import.state.${state}`)
      : t(`import.phase.${phase}`);
  return (
    <div className="import-progress-panel" data-state={state}>
      <div className="import-progress-head">
        <span className={dryRun ? 'run-badge run-badge-dry' : 'run-badge'}>
          {t(dryRun ? 'import.badge.dryRun' : 'import.badge.import')}
        </span>
        <span className="import-phase" data-testid="import-phase" data-phase={phase}>
          {label}
        </span>
        <span className="import-percent">{percent}%</span>
      </div>
      <div
        className={`meter import-progress import-progress-${state}`}
        role="progressbar"
        aria-label={t(dryRun ? 'import.progress.dryRun' : 'import.progress.import')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${label}`}
        data-testid="import-progress"
        data-phase={phase}
        data-state={state}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      {progress && (
        <dl className="import-progress-facts" data-testid="import-progress-facts">
          <div>
            <dt>{t('import.progress.bytes')}</dt>
            <dd>
              {formatBytes(language, progress.bytesRead)} /{' '}
              {formatBytes(language, progress.bytesTotal)}
            </dd>
          </div>
          <div>
            <dt>{t('import.progress.rows')}</dt>
            <dd data-testid="import-progress-rows">{formatNumber(language, progress.rows)}</dd>
          </div>
          <div>
            <dt>{t('import.progress.records')}</dt>
            <dd data-testid="import-progress-records">
              {formatNumber(language, progress.records)}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
