/**
 * An XLSX workbook of a table, written with ExcelJS — loaded only when a reader asks for a
 * workbook, so the first page stays small. The first sheet is the table (bold, frozen header with
 * an auto-filter; percentages as fractions formatted `0.0%`; widths from the longest text, CJK
 * characters counting double); a second sheet says what the table is: its title, the link that
 * shows it, when it was exported.
 */
import type { ExportGrid } from './exports.ts';
import type { CellFormat } from './types.ts';

const numberFormats: Partial<Record<CellFormat, string>> = {
  percent: '0.0%',
  number: '0.00',
  integer: '0',
};

/** Display width of a text: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

export interface WorkbookAbout {
  title: string;
  /** Label / value lines: the link, the time, the parameters. */
  lines: [string, string][];
  /** The name of the second sheet, in the reader's language. */
  sheet: string;
}

/** The workbook's bytes. */
export async function gridToXlsx(grid: ExportGrid, about: WorkbookAbout): Promise<ArrayBuffer> {
  const module: {
    Workbook?: typeof import('exceljs').Workbook;
    default?: typeof import('exceljs');
  } = await import('exceljs');
  // The browser build is CommonJS: its exports may arrive as the default export.
  const Workbook = module.Workbook ?? module.default?.Workbook;
  if (!Workbook) throw new Error('the spreadsheet writer did not load');
  const workbook = new Workbook();
  workbook.creator = 'Chanjiao Atlas';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(sheetName(about.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(grid.header).font = { bold: true };
  for (const cells of grid.rows) sheet.addRow(cells);
  grid.formats.forEach((format, i) => {
    const column = sheet.getColumn(i + 1);
    const numFmt = numberFormats[format];
    if (numFmt) column.numFmt = numFmt;
    const widest = Math.max(
      textWidth(grid.header[i] ?? ''),
      ...grid.rows.map((cells) => textWidth(String(cells[i] ?? ''))),
    );
    column.width = Math.min(60, Math.max(8, numFmt ? 10 : widest + 2));
  });
  if (grid.header.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, grid.rows.length + 1), column: grid.header.length },
    };

  const info = workbook.addWorksheet(sheetName(about.sheet));
  info.addRow([about.title]).font = { bold: true, size: 13 };
  for (const line of about.lines) info.addRow(line);
  info.getColumn(1).width = 16;
  info.getColumn(2).width = 100;

  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
