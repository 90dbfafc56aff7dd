/**
 * Sorting and filtering of table rows, as pure functions of the rows, the columns and the reader's
 * choices. Sorting is stable (equal values keep the answer's order, which is itself meaningful —
 * largest gap first), puts empty values last in either direction, compares numbers as numbers and
 * text in the reader's locale (拼音 order for Chinese). Filtering keeps the rows where every word of
 * the query appears in some column's text, case-insensitive.
 */
import type { CellValue, TableColumn, TableSort } from './types.ts';
import { cellText } from './text.ts';

const isEmpty = (value: CellValue): boolean =>
  value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value));

function compareValues(a: CellValue, b: CellValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/** The rows in the sort's order; the same array when there is no sort or no such column. */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: TableSort | null,
  locale = 'zh-CN',
): readonly Row[] {
  const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
  if (!sort || !column || column.sortable === false) return rows;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      const emptyA = isEmpty(a.value);
      const emptyB = isEmpty(b.value);
      if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
      return sign * compareValues(a.value, b.value, collator) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The words of a filter query (split on white space, lower-cased). */
export function filterWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** The rows whose columns, together, contain every word of the query; the same array for none. */
export function filterRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  query: string,
  language: 'zh' | 'en' = 'zh',
): readonly Row[] {
  const words = filterWords(query);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = columns
      .map((column) => `${cellText(column, row, language)} ${String(column.value(row) ?? '')}`)
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** What a table shows: filtered, then sorted. */
export function visibleRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  view: { sort: TableSort | null; filter: string },
  language: 'zh' | 'en' = 'zh',
): readonly Row[] {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  return sortRows(filterRows(rows, columns, view.filter, language), columns, view.sort, locale);
}

/** The next sort when a column's header is clicked: descending first for numbers, then ascending, then none. */
export function sortToggled<Row>(
  sort: TableSort | null,
  column: TableColumn<Row>,
): TableSort | null {
  const numeric = column.format !== undefined && column.format !== 'text';
  const first = numeric ? 'desc' : 'asc';
  if (!sort || sort.column !== column.id) return { column: column.id, direction: first };
  if (sort.direction === first)
    return { column: column.id, direction: first === 'asc' ? 'desc' : 'asc' };
  return null;
}
