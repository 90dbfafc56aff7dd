/**
 * Nothing freezes the server: an import job whose mapping applies a catastrophic-backtracking
 * regex (`^(a+)+$`) to thousands of 40-character cells — minutes of event loop per cell with
 * JavaScript's engine — runs while `/api/health` keeps answering within a generous bound.
 */
import type { FastifyInstance } from 'fastify';
import type { ImportJob } from '@chanjiao/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, buildTestApp } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildTestApp());
});
afterAll(async () => app.close());

const mapping = `
version: 1
files:
  - match: "*.csv"
    nodes:
      - kind: Competency
        key: { column: code }
        props:
          name_zh: { column: name, transforms: [{ replace: "^(a+)+$", with: "x", regex: true }] }
          dimension: { const: skill }
`;

describe('a hostile mapping regex', () => {
  it('does not stop /api/health from answering', { timeout: 120_000 }, async () => {
    const rows = 20_000;
    const csv =
      'code,name\n' +
      Array.from({ length: rows }, (_, i) => `c${i},${'a'.repeat(40)}!`).join('\n') +
      '\n';
    const upload = await app.inject({
      method: 'POST',
      url: '/api/uploads?name=hostile.csv',
      headers: { ...asAdmin, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(csv),
    });
    expect(upload.statusCode).toBe(201);
    const started = await app.inject({
      method: 'POST',
      url: '/api/import-jobs',
      headers: asAdmin,
      payload: { uploads: [upload.json().id], mapping },
    });
    expect(started.statusCode).toBe(202);
    const id = started.json<ImportJob>().id;

    const latencies: number[] = [];
    let job: ImportJob;
    for (;;) {
      const before = performance.now();
      const health = await app.inject('/api/health');
      latencies.push(performance.now() - before);
      expect(health.statusCode).toBe(200);
      job = (await app.inject(`/api/import-jobs/${id}`)).json<ImportJob>();
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(job.state, JSON.stringify(job.error ?? job.problems)).toBe('done');
    expect(job.result?.counts.nodesCreated).toBe(rows);
    expect(latencies.length).toBeGreaterThan(1);
    // Generous: a loaded 2-core CI machine; the backtracking engine would take minutes.
    expect(Math.max(...latencies)).toBeLessThan(2000);
  });
});
