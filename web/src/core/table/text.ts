/**
 * How a cell reads: the column's own text when it has one, else its value in the column's format,
 * in the reader's locale (percentages with one decimal, numbers with grouping).
 */
import type { CellValue, TableColumn } from './types.ts';

const locales = { zh: 'zh-CN', en: 'en' } as const;

export function formatCell(
  value: CellValue,
  format: TableColumn<unknown>['format'],
  language: 'zh' | 'en',
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const locale = locales[language];
  switch (format) {
    case 'percent':
      return `${(value * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    case 'integer':
      return Math.round(value).toLocaleString(locale);
    case 'number':
      return value.toLocaleString(locale, { maximumFractionDigits: 2 });
    default:
      return String(value);
  }
}

export function cellText<Row>(column: TableColumn<Row>, row: Row, language: 'zh' | 'en'): string {
  return column.text ? column.text(row) : formatCell(column.value(row), column.format, language);
}
