/**
 * The table every analysis view uses: a heading, a filter box, the row count, CSV and Excel
 * exports of what is shown (filtered, in the shown order), headers that sort (descending first for
 * numbers; a third click returns to the answer's order) with an "explain" button where a column is
 * a defined number, and rows that a click or Enter picks (the view highlights the picked row's
 * subgraph). Columns are `core/table` columns plus how a cell renders.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MetricId } from '../../core/explain/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import {
  cellText,
  sortToggled,
  visibleRows,
  type TableColumn,
  type TableSort,
} from '../../core/table/index.ts';
import { Explain } from '../explain/Explain.tsx';
import { TableExports } from './TableExports.tsx';
import './table.css';

export interface DataColumn<Row> extends TableColumn<Row> {
  /** The cell's content; defaults to the cell's text. */
  render?(row: Row, picked: boolean): ReactNode;
  /** The column's cell class (`cell-number` right-aligns). */
  className?: string;
  /** The header's tooltip. */
  hint?: string;
  /** The number the column holds, explained in its header. */
  explain?: MetricId;
  /** Cells of this column are the row's header (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** Heading, export file name and sheet name. */
  title: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** The table's test id; its parts are `<testId>-filter`, `-count`, `-csv`, `-xlsx`. */
  testId: string;
  rowTestId?: string;
  /** Extra `data-*` attributes of a row (its status, its kind). */
  rowData?(row: Row): Record<`data-${string}`, string>;
  /** Key of the picked row. */
  picked?: string | null;
  /** Picks a row, or un-picks it. Rows are not interactive without it. */
  onToggle?(key: string): void;
  initialSort?: TableSort | null;
  /** Said instead of the table when there are no rows at all. */
  empty?: string;
  /** Lines of the workbook's "about" sheet besides the link and time: the question's parameters. */
  about?: [string, string][];
  /** Next to the filter: the view's own filters (chips, a select). */
  tools?: ReactNode;
  /** Below the heading: a sentence saying what the rows are. */
  description?: ReactNode;
  /** A filter the view keeps (in its address); the table keeps its own when absent. */
  filter?: string;
  onFilterChange?(filter: string): void;
  className?: string;
}

function headerClass<Row>(column: DataColumn<Row>): string | undefined {
  return column.className?.includes('cell-number') ? 'cell-number' : undefined;
}

export function DataTable<Row>({
  title,
  columns,
  rows,
  rowKey,
  testId,
  rowTestId = `${testId}-row`,
  rowData,
  picked = null,
  onToggle,
  initialSort = null,
  empty,
  about = [],
  tools,
  description,
  className,
  filter: keptFilter,
  onFilterChange,
}: DataTableProps<Row>) {
  const { language, t } = useTranslation();
  const [sort, setSort] = useState<TableSort | null>(initialSort);
  const [ownFilter, setOwnFilter] = useState('');
  const filter = keptFilter ?? ownFilter;
  const setFilter = onFilterChange ?? setOwnFilter;
  const shown = useMemo(
    () => visibleRows(rows, columns, { sort, filter }, language),
    [rows, columns, sort, filter, language],
  );
  const pickedRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    pickedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [picked]);

  const headingId = `${testId}-heading`;
  return (
    <section
      className={`data-table-panel analysis-table-panel ${className ?? ''}`}
      aria-labelledby={headingId}
    >
      <div className="data-table-head">
        <h2 className="panel-heading table-heading" id={headingId}>
          {title}
        </h2>
        {description && <p className="data-table-description">{description}</p>}
        <div className="data-table-toolbar">
          <input
            type="search"
            className="data-table-filter picker-input"
            data-testid={`${testId}-filter`}
            value={filter}
            placeholder={t('table.filterPlaceholder')}
            aria-label={`${t('table.filter')}: ${title}`}
            onChange={(event) => setFilter(event.target.value)}
          />
          {tools}
          <span className="data-table-count" data-testid={`${testId}-count`} aria-live="polite">
            {t('table.count', { shown: shown.length, total: rows.length })}
          </span>
          <TableExports
            title={title}
            columns={columns}
            rows={shown}
            testId={testId}
            about={[
              ...about,
              ...(filter.trim()
                ? [[t('table.about.filter'), filter.trim()] as [string, string]]
                : []),
            ]}
          />
        </div>
      </div>
      {rows.length === 0 && empty ? (
        <p className="analysis-empty data-table-empty">{empty}</p>
      ) : (
        <div className="analysis-table-wrap data-table-wrap">
          <table className="analysis-table data-table" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((column) => {
                  const sorted = sort?.column === column.id ? sort.direction : null;
                  const sortable = column.sortable !== false && column.label !== '';
                  return (
                    <th
                      key={column.id}
                      scope="col"
                      className={headerClass(column)}
                      title={column.hint}
                      data-column={column.id}
                      data-exported={column.exported === false ? 'false' : undefined}
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      {sortable ? (
                        <button
                          type="button"
                          className="sort-button"
                          aria-label={t('table.sortBy', { column: column.label })}
                          onClick={() => setSort((current) => sortToggled(current, column))}
                        >
                          {column.label}
                          <span className="sort-mark" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        column.label
                      )}
                      {column.explain && <Explain metric={column.explain} />}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const key = rowKey(row);
                const isPicked = key === picked;
                const toggle = onToggle ? () => onToggle(key) : undefined;
                return (
                  <tr
                    key={key}
                    ref={isPicked ? pickedRef : undefined}
                    className={`data-row${toggle ? ' data-row-interactive' : ''}${isPicked ? ' data-row-picked' : ''}`}
                    data-testid={rowTestId}
                    data-key={key}
                    {...rowData?.(row)}
                    aria-selected={toggle ? isPicked : undefined}
                    tabIndex={toggle ? 0 : undefined}
                    onClick={toggle}
                    onKeyDown={
                      toggle &&
                      ((event) => {
                        if (event.target !== event.currentTarget) return;
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          toggle();
                        }
                      })
                    }
                  >
                    {columns.map((column) => {
                      const content = column.render
                        ? column.render(row, isPicked)
                        : cellText(column, row, language);
                      return column.rowHeader ? (
                        <th
                          key={column.id}
                          scope="row"
                          className={column.className}
                          data-column={column.id}
                        >
                          {content}
                        </th>
                      ) : (
                        <td key={column.id} className={column.className} data-column={column.id}>
                          {content}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 && rows.length > 0 && (
            <p className="analysis-empty data-table-empty">{t('table.noMatch')}</p>
          )}
        </div>
      )}
    </section>
  );
}
