/**
 * Command-line loads in the audit trail on the embedded store (the import suite is in
 * cli-audit-suite.ts), and the demo region seeded into an empty store at start: every record it
 * writes is a change by `atlas-seed` under one request id.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { seedIfEmpty } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { changesSince, describeCliAudit } from './cli-audit-suite.ts';
import { tempDir, testConfig } from './helpers.ts';

const dataDir = tempDir('atlas-cli-audit-');

describeCliAudit('embedded', {
  env: { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: dataDir },
  async openApp() {
    const store = EmbeddedStore.open({ dataDir });
    return buildApp({ config: testConfig(dataDir), store, logger: false });
  },
});

describe('seeding the demo region into an empty store', () => {
  it('records one change per node and relationship, by atlas-seed, under one request id', async () => {
    const dir = tempDir('atlas-seed-audit-');
    const store = EmbeddedStore.open({ dataDir: dir });
    const app = await buildApp({ config: testConfig(dir), store, logger: false });
    try {
      const seeded = await seedIfEmpty(store);
      expect(seeded).not.toBeNull();
      const { counts, audit } = seeded!;
      expect(audit).toMatchObject({ by: 'atlas-seed', requestId: expect.stringMatching(/^seed-/) });
      const changes = await changesSince(app, '1970-01-01T00:00:00.000Z');
      expect(changes.length).toBe(counts.nodesCreated + counts.edgesCreated);
      expect(new Set(changes.map((c) => `${c.by} ${c.requestId} ${c.action}`))).toEqual(
        new Set([`atlas-seed ${audit.requestId} create`]),
      );
      // A store that holds something is not seeded again.
      expect(await seedIfEmpty(store)).toBeNull();
    } finally {
      await app.close();
    }
  }, 120_000);
});
