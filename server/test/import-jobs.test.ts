/**
 * The upload and import-job API end to end on the embedded store: upload CSV files, check them
 * with a mapping (dry run), import them, follow progress as Server-Sent Events, and every way a
 * request can be wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ImportJob } from '@chanjiao/graph-schema';
import { asAdmin, buildTestApp } from './helpers.ts';

const mapping = `
version: 1
description: enterprises and their postings
defaults:
  nodeProps:
    source: { const: "test fixture (invented)" }
files:
  - match: "enterprises*.csv"
    nodes:
      - kind: Enterprise
        key: { column: code, transforms: [slug] }
        props:
          name_zh: 名称
          employees: { column: 员工, transforms: [integer] }
  - match: postings.csv
    nodes:
      - kind: Posting
        key: id
        props:
          name_zh: 岗位
          period: 时期
          headcount: { column: 人数, transforms: [integer] }
    edges:
      - rel: POSTED
        from: { kind: Enterprise, key: { column: 企业, transforms: [slug] } }
        to: { kind: Posting, key: id }
`;

const enterprises = '\uFEFFcode,名称,员工\nND-A,"宁德甲公司, 有限",120\nND-B,宁德乙公司,35\n';
const postings =
  'id,岗位,时期,人数,企业\np1,电芯工艺员,2025-H1,4,ND-A\np2,设备维护,2025-H1,2,nd-b\n';

describe('import jobs API', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ app } = await buildTestApp());
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = async (name: string, body: string | Buffer) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/uploads?name=${encodeURIComponent(name)}`,
      headers: { ...asAdmin, 'content-type': 'application/octet-stream' },
      payload: typeof body === 'string' ? Buffer.from(body) : body,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; name: string; bytes: number }>();
  };

  const finished = async (id: string): Promise<ImportJob> => {
    for (;;) {
      const job = (await app.inject({ url: `/api/import-jobs/${id}` })).json<ImportJob>();
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('uploads files, checks them with a mapping, then imports them', async () => {
    const a = await upload('enterprises-2025.csv', enterprises);
    const b = await upload('postings.csv', postings);
    expect(a).toMatchObject({
      name: 'enterprises-2025.csv',
      bytes: Buffer.byteLength(enterprises),
    });
    const request = { uploads: [a.id, b.id], mapping };

    const dry = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { ...request, dryRun: true },
    });
    expect(dry.statusCode).toBe(202);
    expect(dry.headers.location).toBe(`/api/import-jobs/${dry.json<ImportJob>().id}`);
    const checked = await finished(dry.json<ImportJob>().id);
    expect(checked).toMatchObject({
      state: 'done',
      dryRun: true,
      result: {
        records: 6,
        counts: { nodesCreated: 4, nodesUpdated: 0, edgesCreated: 2, edgesUpdated: 0 },
      },
      problems: [],
    });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ nodes: 0 });

    const real = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: request,
    });
    const done = await finished(real.json<ImportJob>().id);
    expect(done.state).toBe('done');
    expect(done.result?.counts).toEqual(checked.result?.counts);
    expect(done.progress).toMatchObject({ phase: 'done' });
    const node = (await app.inject({ url: '/api/nodes/Enterprise/nd-a' })).json();
    expect(node).toMatchObject({
      props: { name_zh: '宁德甲公司, 有限', employees: 120, source: 'test fixture (invented)' },
    });
    const edge = await app.inject({ url: '/api/edges/POSTED/Enterprise/nd-b/Posting/p2' });
    expect(edge.statusCode).toBe(200);
  });

  it('streams progress as Server-Sent Events ending with the final state', async () => {
    const b = await upload('postings.csv', postings);
    const a = await upload('enterprises.csv', enterprises);
    const started = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: [a.id, b.id], mapping, dryRun: true },
    });
    const events = await app.inject({
      url: `/api/import-jobs/${started.json<ImportJob>().id}/events`,
    });
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    const jobs = events.body
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => JSON.parse(block.slice(6)) as ImportJob);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs[jobs.length - 1]).toMatchObject({ state: 'done' });
  });

  it('rejects a mapping naming an unknown kind or column before reading any row', async () => {
    const a = await upload('enterprises.csv', enterprises);
    const b = await upload('postings.csv', postings);
    const badKind = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: {
        uploads: [a.id, b.id],
        mapping: mapping.replace('kind: Enterprise', 'kind: Firm'),
      },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json()).toMatchObject({ code: 'MAPPING_INVALID' });
    expect(JSON.stringify(badKind.json().details)).toContain('Firm');
    const badColumn = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: [a.id, b.id], mapping: mapping.replace('column: 员工', 'column: 人员') },
    });
    expect(badColumn.statusCode).toBe(400);
    expect(JSON.stringify(badColumn.json().details)).toContain('人员');
  });

  it('ends as rejected with file, row and column of every bad row, writing nothing', async () => {
    const before = (await app.inject({ url: '/api/health' })).json<{ nodes: number }>();
    const a = await upload('enterprises.csv', 'code,名称,员工\nND-C,丙,many\nND-D,丁,12\n');
    const b = await upload('postings.csv', 'id,岗位,时期,人数,企业\np3,岗,2025-H1,1,ND-Z\n');
    const started = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: [a.id, b.id], mapping },
    });
    const job = await finished(started.json<ImportJob>().id);
    expect(job.state).toBe('rejected');
    expect(job.problemsTotal).toBe(2);
    expect(job.problems[0]).toMatchObject({ file: 'enterprises.csv', row: 1, column: '员工' });
    expect(job.problems[1]).toMatchObject({ file: 'postings.csv', row: 1, field: 'from' });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({
      nodes: before.nodes,
    });
  });

  it('answers 404 for an unknown upload or job and 400 for a request without uploads', async () => {
    const unknown = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: ['00000000-0000-0000-0000-000000000000'] },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/import-jobs/nope' })).statusCode).toBe(404);
    const empty = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: [] },
    });
    expect(empty.statusCode).toBe(400);
    const preset = await app.inject({
      method: 'POST',
      headers: asAdmin,
      url: '/api/import-jobs',
      payload: { uploads: [(await upload('x.csv', 'a\n1\n')).id], preset: 'nope' },
    });
    expect(preset.statusCode).toBe(400);
  });

  it('streams an upload past the 1 MiB default body limit to disk', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const saved = await upload('big.csv', big);
    expect(saved.bytes).toBe(big.length);
    const missingName = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { ...asAdmin, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('x'),
    });
    expect(missingName.statusCode).toBe(400);
  });

  it('lists the presets with the files they read', async () => {
    const res = await app.inject({ url: '/api/import-presets' });
    const names = res.json<{ presets: { name: string; files: string[] }[] }>().presets;
    expect(names.map((p) => p.name)).toEqual(['onet', 'esco']);
    expect(names[0]!.files).toContain('Skills.txt');
    expect(names[1]!.files).toContain('occupations_en.csv');
  });
});
