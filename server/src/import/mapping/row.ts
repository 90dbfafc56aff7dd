/**
 * One row of a data file as the mapping engine sees it, whatever the format: cells looked up by
 * column name (CSV/TSV header) or field name (NDJSON/JSON, nested fields by dot path).
 */

/** A value that cannot be a cell (a JSON object where text was expected). */
export interface InvalidCell {
  invalid: string;
}

/**
 * A cell: text (trimmed when the file mapping says so), a list of texts (a JSON array), or
 * `undefined` when the column or field is missing or null.
 */
export type Cell = string | string[] | undefined | InvalidCell;

export interface RowView {
  cell(column: string): Cell;
}

export function isInvalidCell(cell: Cell): cell is InvalidCell {
  return typeof cell === 'object' && !Array.isArray(cell);
}

/** Missing, null, blank text or an empty list. */
export function isBlankCell(cell: Cell): boolean {
  if (cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  if (Array.isArray(cell)) return cell.every((c) => c.trim() === '');
  return false;
}
