/** The test command's counting and its choice of Neo4j, without running any of it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from './neo4j.ts';
import { add, closingLine, readVitestReport, stepLine } from './summary.ts';

describe('the closing line', () => {
  it('adds passed, failed and skipped (pending and todo) over the Vitest reports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-summary-'));
    const unit = path.join(dir, 'unit.json');
    const int = path.join(dir, 'int.json');
    fs.writeFileSync(
      unit,
      JSON.stringify({
        numPassedTests: 40,
        numFailedTests: 1,
        numPendingTests: 2,
        numTodoTests: 1,
      }),
    );
    fs.writeFileSync(
      int,
      JSON.stringify({ numPassedTests: 7, numFailedTests: 0, numPendingTests: 3, numTodoTests: 0 }),
    );
    const total = add(readVitestReport(unit)!, readVitestReport(int)!);
    expect(closingLine(total)).toBe('47 passed, 1 failed, 6 skipped');
  });

  it('counts nothing from a run that left no report', () => {
    expect(readVitestReport('/no/such/report.json')).toBeNull();
  });

  it('says which steps failed or did not run', () => {
    expect(stepLine({ name: 'web', ok: false, seconds: 3 })).toMatch(/web\s+FAILED\s+3 s/);
    expect(stepLine({ name: 'browser', ok: false, seconds: 0, notRun: 'web failed' })).toMatch(
      /browser\s+not run .*\(web failed\)/,
    );
  });
});

describe('the Neo4j the tests use', () => {
  it('reuses only an answering, empty server', () => {
    expect(decide({ answers: true, nodes: 0 })).toBe('reuse');
    expect(decide({ answers: true, nodes: 581 })).toBe('own');
    expect(decide({ answers: false, reason: 'refused' })).toBe('own');
    expect(decide({ answers: false, reason: 'unauthorized', authFailed: true })).toBe('own');
  });
});
