/**
 * The closing line of the test command: tests passed, failed and skipped over every Vitest run
 * (unit, Neo4j, browser), read from each run's JSON report, and a line per step.
 */
import fs from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export const noTests: TestCounts = { passed: 0, failed: 0, skipped: 0 };

/** Counts from a Vitest JSON report; a missing or unreadable report counts nothing. */
export function readVitestReport(file: string): TestCounts | null {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  const n = (name: string) => (typeof report[name] === 'number' ? (report[name] as number) : 0);
  return {
    passed: n('numPassedTests'),
    failed: n('numFailedTests'),
    skipped: n('numPendingTests') + n('numTodoTests'),
  };
}

export function add(a: TestCounts, b: TestCounts): TestCounts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}

export function closingLine(counts: TestCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  counts?: TestCounts;
  /** Why it did not run, when it did not. */
  notRun?: string;
}

export function stepLine(r: StepResult): string {
  const status = r.notRun ? 'not run' : r.ok ? 'ok' : 'FAILED';
  const tests = r.counts ? `  ${closingLine(r.counts)}` : '';
  const why = r.notRun ? `  (${r.notRun})` : '';
  return `  ${r.name.padEnd(12)} ${status.padEnd(8)} ${r.seconds.toFixed(0).padStart(4)} s${tests}${why}`;
}
