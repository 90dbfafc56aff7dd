/**
 * Row conditions (`skip`, `when`): each tests one cell. Several conditions must all hold.
 *
 * `equals`/`notEquals` compare text with a string, numerically with a number (`5` equals `"5.0"`),
 * and as a yes/no value with a boolean (`true` equals `"是"`). A list cell (a JSON array) equals a
 * value when one of its items does. A missing cell is blank: it equals nothing and `matches` sees
 * the empty text.
 */
import { isBlankCell, isInvalidCell, type Cell, type RowView } from './row.ts';
import type { Condition } from './schema.ts';
import { parseBooleanText, parseNumberText } from './transforms.ts';

export type RowTest = (row: RowView) => boolean;

function texts(cell: Cell): string[] {
  if (cell === undefined) return [];
  if (typeof cell === 'string') return [cell];
  if (Array.isArray(cell)) return cell;
  return [cell.invalid];
}

function equalsTest(expected: string | number | boolean): (text: string) => boolean {
  if (typeof expected === 'number') return (text) => parseNumberText(text) === expected;
  if (typeof expected === 'boolean') return (text) => parseBooleanText(text) === expected;
  return (text) => text === expected;
}

export function compileCondition(c: Condition): RowTest {
  const { column } = c;
  const any = (test: (text: string) => boolean) => (row: RowView) => {
    const cell = row.cell(column);
    return texts(cell).some((t) => test(t.trim()));
  };
  if (c.equals !== undefined) return any(equalsTest(c.equals));
  if (c.notEquals !== undefined) {
    const eq = any(equalsTest(c.notEquals));
    return (row) => !eq(row);
  }
  if (c.in !== undefined) {
    const set = new Set(c.in);
    return any((t) => set.has(t));
  }
  if (c.notIn !== undefined) {
    const set = new Set(c.notIn);
    const inSet = any((t) => set.has(t));
    return (row) => !inSet(row);
  }
  if (c.matches !== undefined) {
    const re = new RegExp(c.matches);
    return (row) => {
      const cell = row.cell(column);
      const all = texts(cell);
      return all.length === 0 ? re.test('') : all.some((t) => re.test(t));
    };
  }
  const wantEmpty = c.empty === true;
  return (row) => {
    const cell = row.cell(column);
    return (isBlankCell(cell) && !isInvalidCell(cell)) === wantEmpty;
  };
}

/** All of the conditions hold (`undefined`: no conditions, always true). */
export function compileConditions(cs: Condition | Condition[] | undefined): RowTest | undefined {
  if (cs === undefined) return undefined;
  const tests = (Array.isArray(cs) ? cs : [cs]).map(compileCondition);
  if (tests.length === 1) return tests[0];
  return (row) => tests.every((t) => t(row));
}

/** Any of the conditions holds. */
export function compileAny(cs: Condition[] | undefined): RowTest | undefined {
  if (!cs || cs.length === 0) return undefined;
  const tests = cs.map(compileCondition);
  return (row) => tests.some((t) => t(row));
}

/** The error message of an invalid `matches` pattern, or `null` when it compiles. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source);
    return null;
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
}
