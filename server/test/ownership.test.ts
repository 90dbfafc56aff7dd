/**
 * Ownership and provenance on the embedded store (the suite is in ownership-suite.ts), and import
 * jobs, which write as the user who started them.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { asAdmin, ndjson, tempDir, testConfig } from './helpers.ts';
import { describeOwnership } from './ownership-suite.ts';

describeOwnership('embedded', {
  async open() {
    const dataDir = tempDir('atlas-ownership-');
    const store = EmbeddedStore.open({ dataDir });
    const app = await buildApp({ config: testConfig(dataDir), store, logger: false });
    return { app, store };
  },
});

describe('import jobs write as the user who started them', () => {
  it('stamps the job’s records with its user, and refuses one that touches another organisation', async () => {
    const dataDir = tempDir('atlas-ownership-jobs-');
    const store = EmbeddedStore.open({ dataDir });
    const app = await buildApp({ config: testConfig(dataDir), store, logger: false });
    try {
      await app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: asAdmin,
        payload: { key: 'college', name_zh: '学院', name_en: 'College' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: asAdmin,
        payload: { username: 'teacher', role: 'editor', organisations: ['college'] },
      });
      const token = await app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: asAdmin,
        payload: { username: 'teacher', name: 'jobs' },
      });
      const teacher = { authorization: `Bearer ${(token.json() as { token: string }).token}` };
      const shared = { kind: 'Competency', key: 'shared' } as const;
      await store.write([
        {
          op: 'upsertNode',
          node: { ...shared, props: { name_zh: '共', dimension: 'skill' } },
          mode: 'replace',
        },
      ]);

      const runJob = async (records: unknown[]) => {
        const upload = await app.inject({
          method: 'POST',
          url: '/api/uploads?name=records.ndjson',
          headers: { ...teacher, 'content-type': 'application/octet-stream' },
          body: ndjson(records),
        });
        expect(upload.statusCode, upload.body).toBe(201);
        const started = await app.inject({
          method: 'POST',
          url: '/api/import-jobs',
          headers: { ...teacher, 'content-type': 'application/json' },
          payload: { uploads: [(upload.json() as { id: string }).id] },
        });
        expect(started.statusCode, started.body).toBe(202);
        const id = (started.json() as { id: string }).id;
        for (;;) {
          const job = (
            await app.inject({ url: `/api/import-jobs/${id}`, headers: teacher })
          ).json();
          if (job.state !== 'running') return job as { state: string; error?: { code: string } };
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };

      const done = await runJob([
        {
          type: 'node',
          kind: 'Competency',
          key: 'own',
          props: { name_zh: '己', dimension: 'skill' },
        },
      ]);
      expect(done.state).toBe('done');
      expect((await store.getNode({ kind: 'Competency', key: 'own' }))?.props).toMatchObject({
        org: 'college',
        updatedBy: 'teacher',
      });

      const refused = await runJob([
        {
          type: 'node',
          kind: 'Competency',
          key: 'own-2',
          props: { name_zh: '己', dimension: 'skill' },
        },
        { type: 'node', ...shared, props: { name_zh: '改', dimension: 'skill' } },
      ]);
      expect(refused).toMatchObject({ state: 'failed', error: { code: 'NOT_OWNER' } });
      expect(await store.getNode({ kind: 'Competency', key: 'own-2' })).toBeNull();
      expect((await store.getNode(shared))?.props.name_zh).toBe('共');
    } finally {
      await app.close();
    }
  });
});
