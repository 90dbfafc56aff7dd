/**
 * What a table is made of, before React: columns that say how to read a row (the value sorted,
 * filtered and exported; the text a reader sees), a sort and a filter. Every analysis table is
 * described this way, so sorting, filtering and the CSV / XLSX exports are written once.
 */

/** A cell's value: what sorts, filters and goes into an export. */
export type CellValue = string | number | boolean | null;

/**
 * How a value is written: `percent` values are fractions (0.25 reads 25 %; an XLSX cell keeps the
 * fraction and formats it), `number` and `integer` are plain numbers, `text` anything else.
 */
export type CellFormat = 'text' | 'number' | 'integer' | 'percent';

export interface TableColumn<Row> {
  /** Stable id (the sort refers to it). */
  id: string;
  /** The header, already in the reader's language. */
  label: string;
  value(row: Row): CellValue;
  /** The cell as the reader sees it; defaults to the value written in the column's format. */
  text?(row: Row): string;
  format?: CellFormat;
  /** False for columns that only decorate (a bar, a button). */
  sortable?: boolean;
  /** False for columns left out of CSV / XLSX. */
  exported?: boolean;
}

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  column: string;
  direction: SortDirection;
}
