/**
 * The N lists as files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese
 * right) and XLSX (one sheet per list, written with exceljs, after a sheet that says what the
 * lists are: the chain and region, where each list's rows come from, and what each column
 * counts). Cells follow the column types declared in graph-schema: references are written as
 * "name (key)", lists of values joined by "; ", shares as numbers (shown as percentages in XLSX).
 * Headers, names and the explanations are in Chinese or English.
 */
import ExcelJS from 'exceljs';
import {
  listColumnCountsZh,
  listOrderZh,
  listRowsFromZh,
  type AllLists,
  type ListAnswer,
  type ListColumn,
} from '@chanjiao/graph-schema';

export type ListLanguage = 'zh' | 'en';

export const listFormats = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
} as const;

type Cell = string | number | boolean | null | string[];

function nameOf(answer: ListAnswer, id: string, lang: ListLanguage): string {
  const names = answer.names[id];
  const key = id.slice(id.indexOf(':') + 1);
  const name = lang === 'en' ? (names?.name_en ?? names?.name_zh) : names?.name_zh;
  return name && name !== key ? `${name} (${key})` : key;
}

/** A cell as text or a number, as the column's type says. */
export function cellValue(
  answer: ListAnswer,
  column: ListColumn,
  value: Cell,
  lang: ListLanguage,
): string | number | null {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'ref':
      return nameOf(answer, String(value), lang);
    case 'refs':
      return (value as string[]).map((id) => nameOf(answer, id, lang)).join('; ');
    case 'texts':
      return (value as string[]).join('; ');
    case 'boolean':
      return value ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
    case 'integer':
    case 'number':
    case 'share':
      return value as number;
    default:
      return String(value);
  }
}

const header = (column: ListColumn, lang: ListLanguage) => (lang === 'zh' ? column.zh : column.en);

/**
 * A CSV field: quoted when it holds a separator, quote or line break; text that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
 */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
}

export function listCsv(answer: ListAnswer, lang: ListLanguage): string {
  const lines = [answer.columns.map((c) => csvField(header(c, lang))).join(',')];
  for (const row of answer.rows as Record<string, Cell>[])
    lines.push(
      answer.columns.map((c) => csvField(cellValue(answer, c, row[c.key]!, lang))).join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function aboutSheet(workbook: ExcelJS.Workbook, lists: ListAnswer[], lang: ListLanguage): void {
  const zh = lang === 'zh';
  const sheet = workbook.addWorksheet(zh ? '说明' : 'About');
  const first = lists[0]!;
  const name = (n: { key: string; name_zh: string; name_en?: string }) =>
    `${zh ? n.name_zh : (n.name_en ?? n.name_zh)} (${n.key})`;
  sheet.addRow([zh ? '产业链' : 'Chain', name(first.chain)]);
  sheet.addRow([zh ? '地区' : 'Region', name(first.region)]);
  sheet.addRow([zh ? '需求口径' : 'Demand', first.demandMode]);
  sheet.addRow([zh ? '时期' : 'Period', first.period ?? (zh ? '全部' : 'all')]);
  for (const list of lists) {
    sheet.addRow([]);
    sheet.addRow([zh ? list.zh : list.en, `${list.rows.length} ${zh ? '行' : 'rows'}`]).font = {
      bold: true,
    };
    sheet.addRow([zh ? '数据范围' : 'Rows', zh ? listRowsFromZh[list.list] : list.rowsFrom]);
    sheet.addRow([zh ? '排序' : 'Order', zh ? listOrderZh[list.list] : list.order]);
    for (const column of list.columns)
      sheet.addRow([
        header(column, lang),
        (zh && listColumnCountsZh[column.code]) || column.counts,
      ]);
  }
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 120;
}

function listSheet(workbook: ExcelJS.Workbook, answer: ListAnswer, lang: ListLanguage): void {
  const sheet = workbook.addWorksheet(sheetName(lang === 'zh' ? answer.zh : answer.en), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = answer.columns.map((column) => ({
    header: header(column, lang),
    key: column.key,
    width: column.type === 'refs' || column.type === 'texts' ? 40 : 18,
    ...(column.type === 'share' && { style: { numFmt: '0.00%' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of answer.rows as Record<string, Cell>[])
    sheet.addRow(
      Object.fromEntries(
        answer.columns.map((c) => [c.key, cellValue(answer, c, row[c.key]!, lang)]),
      ),
    );
}

export async function listsXlsx(lists: ListAnswer[], lang: ListLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chanjiao Atlas';
  aboutSheet(workbook, lists, lang);
  for (const list of lists) listSheet(workbook, list, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const everyList = (all: AllLists): ListAnswer[] => Object.values(all.lists);
