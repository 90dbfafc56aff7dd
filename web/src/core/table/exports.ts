/**
 * A table's rows as files a report can use: CSV (UTF-8 with a byte-order mark, so Excel opens
 * Chinese correctly; CRLF lines; RFC 4180 quoting) and the cell grid an XLSX sheet is written from.
 * Both hold what the table shows — the filtered rows in the shown order — with numbers at full
 * precision: a percentage is its fraction (0.25), which the XLSX sheet formats as 25 %. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
import { cellText } from './text.ts';
import type { CellFormat, TableColumn } from './types.ts';

export type ExportCell = string | number | null;

export interface ExportGrid {
  header: string[];
  formats: CellFormat[];
  rows: ExportCell[][];
}

const numeric = (format: CellFormat | undefined) =>
  format === 'number' || format === 'integer' || format === 'percent';

/** Guards against formula injection (OWASP: CSV injection). */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The grid of an export: the exported columns' labels, formats and the rows' cells. */
export function exportGrid<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  language: 'zh' | 'en',
): ExportGrid {
  const exported = columns.filter((column) => column.exported !== false);
  return {
    header: exported.map((column) => column.label),
    formats: exported.map((column) => column.format ?? 'text'),
    rows: rows.map((row) =>
      exported.map((column): ExportCell => {
        const value = column.value(row);
        if (numeric(column.format))
          return typeof value === 'number' && Number.isFinite(value) ? value : null;
        const text = cellText(column, row, language);
        return text === '' ? null : safeText(text);
      }),
    ),
  };
}

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const byteOrderMark = '\uFEFF';

/** CSV text of a grid: BOM, header, rows; a percentage column says its values are fractions. */
export function gridToCsv(grid: ExportGrid): string {
  const header = grid.header.map((label, i) =>
    grid.formats[i] === 'percent' ? `${label} (0–1)` : label,
  );
  const lines = [header, ...grid.rows].map((cells) => cells.map(csvField).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

export function toCsv<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  language: 'zh' | 'en',
): string {
  return gridToCsv(exportGrid(columns, rows, language));
}

/**
 * Parses CSV as `gridToCsv` writes it (quoted fields, doubled quotes, CRLF), for tests and for
 * reading an export back; the BOM is dropped.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(byteOrderMark) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A file name from a title: spaces and characters that file systems refuse become `-`. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'table'}.${extension}`;
}
