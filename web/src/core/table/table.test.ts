import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exportGrid,
  fileNameOf,
  filterRows,
  gridToCsv,
  gridToXlsx,
  parseCsv,
  safeText,
  sheetName,
  sortRows,
  sortToggled,
  textWidth,
  toCsv,
  visibleRows,
  type TableColumn,
} from './index.ts';

interface Gap {
  key: string;
  name: string;
  share: number | null;
  taught: boolean;
}

const rows: Gap[] = [
  { key: 'a', name: '质量意识', share: 0.052, taught: true },
  { key: 'b', name: '电池安全标准, "GB 38031"', share: 0.048, taught: false },
  { key: 'c', name: 'Laser welding', share: null, taught: false },
  { key: 'd', name: '=HYPERLINK("x")', share: 0.048, taught: true },
];

const columns: TableColumn<Gap>[] = [
  { id: 'name', label: '能力', value: (r) => r.name },
  { id: 'share', label: '需求占比', value: (r) => r.share, format: 'percent' },
  {
    id: 'taught',
    label: 'Taught',
    value: (r) => r.taught,
    text: (r) => (r.taught ? 'yes' : 'no'),
  },
  { id: 'bar', label: '', value: () => null, sortable: false, exported: false },
];

describe('sorting', () => {
  it('sorts numbers as numbers, keeps ties in the answer order and empty values last', () => {
    const down = sortRows(rows, columns, { column: 'share', direction: 'desc' });
    expect(down.map((r) => r.key)).toEqual(['a', 'b', 'd', 'c']);
    const up = sortRows(rows, columns, { column: 'share', direction: 'asc' });
    expect(up.map((r) => r.key)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('leaves the rows as they are without a sort or for an unsortable column', () => {
    expect(sortRows(rows, columns, null)).toBe(rows);
    expect(sortRows(rows, columns, { column: 'bar', direction: 'asc' })).toBe(rows);
  });

  it('cycles a numeric header descending → ascending → none, a text header ascending first', () => {
    const share = columns[1] as TableColumn<Gap>;
    const name = columns[0] as TableColumn<Gap>;
    const first = sortToggled(null, share);
    expect(first).toEqual({ column: 'share', direction: 'desc' });
    const second = sortToggled(first, share);
    expect(second).toEqual({ column: 'share', direction: 'asc' });
    expect(sortToggled(second, share)).toBeNull();
    expect(sortToggled(second, name)).toEqual({ column: 'name', direction: 'asc' });
  });
});

describe('filtering', () => {
  it('keeps rows containing every word, in any column, case-insensitive', () => {
    expect(filterRows(rows, columns, 'laser').map((r) => r.key)).toEqual(['c']);
    expect(filterRows(rows, columns, '电池 GB').map((r) => r.key)).toEqual(['b']);
    expect(filterRows(rows, columns, 'yes').map((r) => r.key)).toEqual(['a', 'd']);
    expect(filterRows(rows, columns, 'laser yes')).toEqual([]);
    expect(filterRows(rows, columns, '  ')).toBe(rows);
  });

  it('matches the text a reader sees (a percentage as written)', () => {
    expect(filterRows(rows, columns, '5.2%').map((r) => r.key)).toEqual(['a']);
  });

  it('filters, then sorts', () => {
    const shown = visibleRows(rows, columns, {
      filter: 'yes',
      sort: { column: 'share', direction: 'asc' },
    });
    expect(shown.map((r) => r.key)).toEqual(['d', 'a']);
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting, keeps fractions and guards formulas', () => {
    const csv = toCsv(columns, rows, 'zh');
    expect(csv.startsWith('\uFEFF能力,需求占比 (0–1),Taught\r\n')).toBe(true);
    expect(csv).toContain('"电池安全标准, ""GB 38031""",0.048,no\r\n');
    expect(csv).toContain('Laser welding,,no\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",0.048,yes\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back as the grid it was written from', () => {
    const grid = exportGrid(columns, rows, 'en');
    const parsed = parseCsv(gridToCsv(grid));
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed.slice(1)).toEqual(
      grid.rows.map((cells) => cells.map((c) => (c === null ? '' : String(c)))),
    );
  });

  it('names files and sheets so that file systems and Excel accept them', () => {
    expect(fileNameOf('技能缺口: 宁德/职业学院', 'csv')).toBe('技能缺口-宁德-职业学院.csv');
    expect(fileNameOf('  ', 'xlsx')).toBe('table.xlsx');
    expect(sheetName('a[b]:c*d?e/f\\g'.repeat(3))).toHaveLength(31);
    expect(safeText('-5')).toBe("'-5");
    expect(textWidth('能力 ab')).toBe(7);
  });
});

describe('XLSX', () => {
  it('writes the rows with percent-formatted fractions and an about sheet', async () => {
    const grid = exportGrid(columns, rows, 'zh');
    const bytes = await gridToXlsx(grid, {
      title: '技能缺口',
      sheet: '说明',
      lines: [['链接', 'http://localhost/skill-gap?chain=x']],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const [table, about] = workbook.worksheets;
    expect(table?.name).toBe('技能缺口');
    expect(table?.getRow(1).values).toEqual([undefined, '能力', '需求占比', 'Taught']);
    expect(table?.getCell('B2').value).toBe(0.052);
    expect(table?.getColumn(2).numFmt).toBe('0.0%');
    expect(table?.getCell('A5').value).toBe(`'=HYPERLINK("x")`);
    expect(table?.rowCount).toBe(rows.length + 1);
    expect(about?.getCell('B2').value).toBe('http://localhost/skill-gap?chain=x');
  });
});
