/**
 * One of the N lists as the shared table (sort, filter, CSV and Excel of the rows shown): columns
 * as the API declares them, headers in the reader's language, node ids read as names. Above it
 * the list's totals; below it, where the rows come from, their order and what each
 * column counts, with a link to the definition in the API documentation.
 */
import { useMemo } from 'react';
import type { AllLists } from '@chanjiao/graph-schema';
import {
  columnCounts,
  listColumns,
  listRowKey,
  refName,
  summaryShares,
  type ListNames,
  type ListName,
  type ListRow,
} from '../../core/analysis/lists.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { listsDocsLink } from '../../core/explain/index.ts';
import { formatNumber, type MessageKey } from '../../core/i18n/index.ts';
import { messages } from '../../core/i18n/dictionary.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import type { CellValue } from '../../core/table/index.ts';
import { DataTable, type DataColumn } from '../table/DataTable.tsx';

const shownRefs = 4;

/** A long list of names cut to its first few, the whole list in the tooltip (and in exports). */
function RefsCell({ ids, names, full }: { ids: unknown; names: ListNames; full: CellValue }) {
  const { language, t } = useTranslation();
  if (!Array.isArray(ids) || typeof full !== 'string') return null;
  if (ids.length <= shownRefs) return <>{full}</>;
  const first = ids
    .slice(0, shownRefs)
    .map((id) => refName(String(id), names, language))
    .join(language === 'zh' ? '、' : ', ');
  return (
    <span title={full}>
      {first}
      {t('lists.more', { count: ids.length - shownRefs })}
    </span>
  );
}

export function ListTable({
  list,
  answer,
  about,
}: {
  list: ListName;
  answer: AllLists['lists'][ListName];
  about: [string, string][];
}) {
  const { language, t } = useTranslation();
  const columns = useMemo(
    (): DataColumn<ListRow>[] =>
      listColumns(answer.columns, answer.names, language, {
        yes: t('lists.yes'),
        no: t('lists.no'),
      }).map((column, i) => {
        const type = answer.columns[i]?.type;
        return {
          ...column,
          ...(answer.columns[i] && { hint: columnCounts(answer.columns[i], language) }),
          ...(column.format && column.format !== 'text' && { className: 'cell-number' }),
          ...(column.id === 'name_zh' || column.id === 'name_en' ? { className: 'cell-name' } : {}),
          ...((column.id === 'source' || type === 'texts') && { className: 'cell-list' }),
          ...(type === 'refs' && {
            className: 'cell-list',
            render: (row: ListRow) => (
              <RefsCell ids={row[column.id]} names={answer.names} full={column.value(row)} />
            ),
          }),
        };
      }),
    [answer, language, t],
  );
  const title = language === 'zh' ? answer.zh : answer.en;
  const summaryLabel = (key: string) => {
    const id = `lists.summary.${key}`;
    return id in messages ? t(id as MessageKey) : key;
  };
  return (
    <div className="list-block" data-testid={`list-${list}`}>
      <dl className="list-summary" data-testid={`list-${list}-summary`}>
        {Object.entries(answer.summary).map(([key, value]) => (
          <div key={key} className="list-summary-item" data-key={key}>
            <dt>{summaryLabel(key)}</dt>
            <dd>
              {value === null
                ? '—'
                : summaryShares.has(key)
                  ? formatPercent(language, value)
                  : formatNumber(language, value)}
            </dd>
          </div>
        ))}
      </dl>
      <DataTable<ListRow>
        title={title}
        columns={columns}
        rows={answer.rows as ListRow[]}
        rowKey={(row) => listRowKey(list, row)}
        testId={`list-${list}-table`}
        empty={t('lists.empty')}
        about={about}
      />
      <details className="list-definition">
        <summary>{t('lists.columns')}</summary>
        <span className="list-definition-body">
          <span>
            <strong>{t('lists.rowsFrom')}:</strong>{' '}
            {language === 'zh' ? t(`lists.rowsFrom.${list}`) : answer.rowsFrom}
          </span>
          <span>
            <strong>{t('lists.order')}:</strong>{' '}
            {language === 'zh' ? t(`lists.order.${list}`) : answer.order}
          </span>
          {answer.columns.map((column) => (
            <span key={column.key}>
              <strong>{language === 'zh' ? column.zh : column.en}</strong>
              {language === 'zh' ? '：' : ': '}
              <span data-testid="list-column-counts">{columnCounts(column, language)}</span>
            </span>
          ))}
          <a href={listsDocsLink(false)} target="_blank" rel="noopener">
            {t('lists.docs')}
          </a>
        </span>
      </details>
    </div>
  );
}
