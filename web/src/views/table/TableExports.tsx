/**
 * The CSV and Excel buttons of a table. CSV is written at once; the Excel workbook loads its
 * writer (ExcelJS) on first use. Both hold the rows as shown and name the file after the table.
 */
import { useState } from 'react';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import {
  downloadBlob,
  exportGrid,
  fileNameOf,
  gridToCsv,
  gridToXlsx,
  mimeTypes,
  type TableColumn,
} from '../../core/table/index.ts';

export function TableExports<Row>({
  title,
  columns,
  rows,
  testId,
  about,
}: {
  title: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  testId: string;
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const exportCsv = () => {
    const csv = gridToCsv(exportGrid(columns, rows, language));
    downloadBlob(new Blob([csv], { type: mimeTypes.csv }), fileNameOf(title, 'csv'));
  };
  const exportXlsx = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const bytes = await gridToXlsx(exportGrid(columns, rows, language), {
        title,
        sheet: t('table.about'),
        lines: [
          [t('table.about.link'), window.location.href],
          [
            t('table.about.exported'),
            new Date().toLocaleString(language === 'zh' ? 'zh-CN' : 'en'),
          ],
          [t('table.about.rows'), String(rows.length)],
          ...about,
          ['', t('table.about.note')],
        ],
      });
      downloadBlob(new Blob([bytes], { type: mimeTypes.xlsx }), fileNameOf(title, 'xlsx'));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="table-exports">
      <button type="button" className="button" data-testid={`${testId}-csv`} onClick={exportCsv}>
        {t('table.exportCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid={`${testId}-xlsx`}
        onClick={() => void exportXlsx()}
        disabled={busy}
      >
        {busy ? t('table.exporting') : t('table.exportXlsx')}
      </button>
      {failure && (
        <span className="table-export-failed" role="alert">
          {t('table.exportFailed', { message: failure })}
        </span>
      )}
    </span>
  );
}
