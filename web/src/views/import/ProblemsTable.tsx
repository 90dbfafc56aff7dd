/**
 * A rejected job's problems: how many and in which files, then a table of the ones listed (file,
 * row, column, field, reason; row 0 is the file as a whole) and how many more were not listed.
 */
import type { ImportJob } from '@chanjiao/graph-schema';
import { problemRow, problemsSummary } from '../../core/import/index.ts';
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function ProblemsTable({ job }: { job: ImportJob }) {
  const { language, t } = useTranslation();
  const summary = problemsSummary(job);
  return (
    <section className="import-problems-panel" data-testid="import-problems-panel">
      <h3 className="import-problems-title" data-testid="import-problems-title">
        {t('import.problems.title', { total: summary.total })}
      </h3>
      <p className="import-hint">
        {summary.files.length > 1 &&
          `${t('import.problems.listed', {
            files: summary.files
              .map(({ file, count }) => t('import.problems.byFile', { file, count }))
              .join(' · '),
          })} — `}
        {t('import.problems.hint')}
      </p>
      {summary.shown > 0 && (
        <div className="import-problems-wrap">
          <table
            className="analysis-table import-problems"
            data-testid="import-problems"
            data-total={summary.total}
          >
            <thead>
              <tr>
                <th scope="col">{t('import.problems.col.file')}</th>
                <th scope="col" className="cell-number">
                  {t('import.problems.col.row')}
                </th>
                <th scope="col">{t('import.problems.col.column')}</th>
                <th scope="col">{t('import.problems.col.field')}</th>
                <th scope="col">{t('import.problems.col.message')}</th>
              </tr>
            </thead>
            <tbody>
              {job.problems.map((problem, index) => {
                const row = problemRow(problem);
                return (
                  <tr key={index} data-testid="import-problem-row">
                    <td className="cell-file">{problem.file}</td>
                    <td className="cell-number">
                      {row === null ? (
                        <span className="cell-empty">{t('import.problems.wholeFile')}</span>
                      ) : (
                        formatNumber(language, row)
                      )}
                    </td>
                    <td className="cell-code">{problem.column ?? ''}</td>
                    <td className="cell-code">{problem.field ?? ''}</td>
                    <td className="cell-message">{problem.message}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {summary.hidden > 0 && (
        <p className="import-problems-more" data-testid="import-problems-more">
          {t('import.problems.more', { count: summary.hidden })}
        </p>
      )}
    </section>
  );
}
