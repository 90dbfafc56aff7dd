/**
 * The N lists (1 图 N 清单) of a chain in a region: the tables a consortium hands to officials —
 * key enterprises, talent demand, skill gaps, the courses that close them, experts, training bases,
 * shared equipment, technology services. The address holds the chain, the region and the list
 * shown (`list`; every list when absent). The server declares each list's columns with what they
 * count; pure helpers here turn that declaration into the shared table's columns, so a cell reads
 * the same on screen, in the CSV and in the workbook, and give each row a stable key.
 */
import { z } from 'zod';
import { listNames, type AllLists, type ListColumn, type ListName } from '@chanjiao/graph-schema';
import type { ListsParams } from '../api/analysisPaths.ts';
import { messages } from '../i18n/dictionary.ts';
import { nodeName, translate, type Language, type MessageKey } from '../i18n/index.ts';
import { valueName } from '../i18n/values.ts';
import { choiceParam, compact, textParam } from '../router/search.ts';
import type { CellFormat, CellValue, TableColumn } from '../table/index.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';

export { listNames, type ListName };

export const listsSearchSchema = z.object({
  chain: textParam,
  region: textParam,
  list: choiceParam(listNames),
});

export type ListsSearch = z.output<typeof listsSearchSchema> & { sel?: string | undefined };

export function listsParams(search: ListsSearch): Checked<ListsParams> {
  if (!search.chain) return { problem: 'chain' };
  if (!search.region) return { problem: 'region' };
  return { params: { chain: search.chain, region: search.region } };
}

export const listsDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: ListsSearch): ListsSearch => {
    const chain = search.chain ?? (defaults.chain || undefined);
    const region = search.region ?? (defaults.region || undefined);
    if (chain === search.chain && region === search.region) return search;
    return compact({ ...search, chain, region });
  };

/** A picker changed: the chain or region (the list shown stays), or the list shown. */
export const listsQueryChanged =
  (change: { chain?: string; region?: string; list?: ListName | null }) =>
  (search: ListsSearch): ListsSearch => {
    const next = compact({
      chain: change.chain !== undefined ? change.chain || undefined : search.chain,
      region: change.region !== undefined ? change.region || undefined : search.region,
      list: change.list !== undefined ? (change.list ?? undefined) : search.list,
    });
    return next.chain === search.chain && next.region === search.region && next.list === search.list
      ? search
      : next;
  };

/** The lists shown: the one the address names, else every list in the API's order. */
export function shownLists(search: ListsSearch): readonly ListName[] {
  return search.list ? [search.list] : listNames;
}

export type ListRow = Record<string, unknown>;
/** The names of every node the list's cells refer to, by id (the answer's `names`). */
export type ListNames = AllLists['lists'][ListName]['names'];
type Names = ListNames;

/** A node a cell refers to, by name in the language; its id without the kind when unnamed. */
export function refName(id: string, names: Names, language: Language): string {
  const named = names[id];
  return named ? nodeName(named, language) : id.slice(id.indexOf(':') + 1);
}

const formats: Partial<Record<ListColumn['type'], CellFormat>> = {
  integer: 'integer',
  number: 'number',
  share: 'percent',
};

/** The text columns whose values are the schema's codes, read in the language (中游, 专精特新…). */
const codedText = new Set([
  'position',
  'tier',
  'scale',
  'dimension',
  'itemType',
  'baseType',
  'serviceType',
]);

/** A list's columns as table columns: headers in the language, names for node ids, codes translated. */
export function listColumns(
  columns: readonly ListColumn[],
  names: Names,
  language: Language,
  yesNo: { yes: string; no: string },
): TableColumn<ListRow>[] {
  const separator = language === 'zh' ? '、' : ', ';
  return columns.map((column): TableColumn<ListRow> => {
    const raw = (row: ListRow) => row[column.key];
    const base = { id: column.key, label: language === 'zh' ? column.zh : column.en };
    switch (column.type) {
      case 'integer':
      case 'number':
      case 'share':
        return {
          ...base,
          format: formats[column.type] ?? 'number',
          value: (row) => (typeof raw(row) === 'number' ? (raw(row) as number) : null),
        };
      case 'boolean':
        return {
          ...base,
          value: (row) => (typeof raw(row) === 'boolean' ? (raw(row) as boolean) : null),
          text: (row) => {
            const value = raw(row);
            return value === true ? yesNo.yes : value === false ? yesNo.no : '';
          },
        };
      case 'ref':
        return {
          ...base,
          value: (row) => {
            const id = raw(row);
            return typeof id === 'string' ? refName(id, names, language) : null;
          },
        };
      case 'refs':
      case 'texts':
        return {
          ...base,
          value: (row) => {
            const items = raw(row);
            if (!Array.isArray(items) || items.length === 0) return null;
            return items
              .map((item) =>
                column.type === 'refs' ? refName(String(item), names, language) : String(item),
              )
              .join(separator);
          },
        };
      default:
        return {
          ...base,
          value: (row): CellValue => {
            const value = raw(row);
            if (typeof value !== 'string') return null;
            return codedText.has(column.key) ? valueName(value, language) : value;
          },
        };
    }
  });
}

/**
 * A row's key, unique within its list: the enterprise within its segment, the course or
 * micro-credential for its gap competency, otherwise the row's node.
 */
export function listRowKey(list: ListName, row: ListRow): string {
  if (list === 'enterprises') return `${String(row.segment)}|${String(row.key)}`;
  if (list === 'courses') return `${String(row.competency)}|${String(row.item ?? '')}`;
  return String(row.key);
}

/** The summary values of a list that are shares (shown as percentages); the others count things. */
export const summaryShares: ReadonlySet<string> = new Set(['coverage']);

/**
 * What a column counts, in the language: the dictionary's text for the column's code, or the
 * API's own English when the code is new to this client (a newer server, an extension).
 */
export function columnCounts(
  column: Pick<ListColumn, 'code' | 'counts'>,
  language: Language,
): string {
  const key = `lists.column.${column.code}`;
  return key in messages ? translate(language, key as MessageKey) : column.counts;
}
