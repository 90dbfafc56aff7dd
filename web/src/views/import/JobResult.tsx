/**
 * A job that ended well: the nodes and relationships it would create or update (a dry run) or did
 * (an import), the records, skipped rows and seconds; after an import, the way to the explorer.
 */
import type { ImportCounts, ImportJob } from '@chanjiao/graph-schema';
import { formatNumber, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useExplorerNavigate } from '../shell/navigation.ts';

const countLabels: [keyof ImportCounts, MessageKey][] = [
  ['nodesCreated', 'import.result.nodesCreated'],
  ['nodesUpdated', 'import.result.nodesUpdated'],
  ['edgesCreated', 'import.result.edgesCreated'],
  ['edgesUpdated', 'import.result.edgesUpdated'],
];

/** Puts the cursor in the search box, once the explorer is shown. */
function focusSearch(): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus(),
  );
}

export function JobResult({ job }: { job: ImportJob }) {
  const { language, t } = useTranslation();
  const go = useExplorerNavigate();
  const result = job.result;
  return (
    <section
      className={job.dryRun ? 'import-result import-result-dry' : 'import-result'}
      data-testid="import-result"
      data-dry-run={job.dryRun}
    >
      <h3 className="import-result-title">
        {t(job.dryRun ? 'import.result.dryRun' : 'import.result.done')}
      </h3>
      {result && (
        <>
          <dl className="import-counts">
            {countLabels.map(([name, label]) => (
              <div
                key={name}
                className="import-count"
                data-testid={`import-count-${name}`}
                data-value={result.counts[name]}
              >
                <dt>{t(label)}</dt>
                <dd>{formatNumber(language, result.counts[name])}</dd>
              </div>
            ))}
          </dl>
          <p className="import-hint" data-testid="import-result-summary">
            {t('import.result.summary', {
              records: result.records,
              skipped: result.rowsSkipped,
              seconds: result.seconds.toLocaleString(language === 'zh' ? 'zh-CN' : 'en', {
                maximumFractionDigits: 1,
              }),
            })}
          </p>
        </>
      )}
      {!job.dryRun && (
        <div className="import-explore">
          <button
            type="button"
            className="button button-primary"
            data-testid="import-explore"
            onClick={() => {
              go((search) => search);
              focusSearch();
            }}
          >
            {t('import.result.explore')} →
          </button>
          <span className="import-hint">{t('import.result.exploreHint')}</span>
        </div>
      )}
    </section>
  );
}
