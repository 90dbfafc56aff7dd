/** Jobs and files for the import tests. */
import type { ImportJob } from '@chanjiao/graph-schema';

export function sampleJob(change: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    state: 'running',
    dryRun: true,
    files: [{ name: 'occupations.csv', bytes: 1000 }],
    progress: { phase: 'nodes', bytesRead: 250, bytesTotal: 1000, rows: 10, records: 20 },
    problems: [],
    problemsTotal: 0,
    startedAt: '2026-11-27T10:00:00.000Z',
    ...change,
  };
}

export function doneJob(change: Partial<ImportJob> = {}): ImportJob {
  return sampleJob({
    state: 'done',
    progress: { phase: 'done', bytesRead: 1000, bytesTotal: 1000, rows: 40, records: 80 },
    result: {
      records: 80,
      rowsSkipped: 2,
      counts: { nodesCreated: 30, nodesUpdated: 1, edgesCreated: 48, edgesUpdated: 1 },
      seconds: 0.4,
    },
    finishedAt: '2026-11-27T10:00:01.000Z',
    ...change,
  });
}

export function rejectedJob(change: Partial<ImportJob> = {}): ImportJob {
  return sampleJob({
    state: 'rejected',
    progress: { phase: 'done', bytesRead: 1000, bytesTotal: 1000, rows: 40, records: 78 },
    problems: [
      { file: 'occupations.csv', row: 3, column: 'code', field: 'key', message: 'blank key' },
      { file: 'skills.csv', row: 0, message: 'no mapping entry reads this file' },
    ],
    problemsTotal: 130,
    finishedAt: '2026-11-27T10:00:01.000Z',
    ...change,
  });
}

export const file = (name: string, text = 'a,b\n1,2\n', lastModified = 1) =>
  new File([text], name, { lastModified });
