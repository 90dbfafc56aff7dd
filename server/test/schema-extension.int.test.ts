/**
 * Schema extensions on Neo4j, through the HTTP API (scenario in schema-extension.ts): the store
 * opened under the extended schema has a key constraint for the new kind, an index on the property
 * the extension marks indexed and a full-text index that searches the new kind; the data imports,
 * answers and round-trips through every export as on the embedded store. The test removes what it
 * wrote.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { activateSchema, builtInSchema } from '@chanjiao/graph-schema';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { extensionVisibility } from './extension-visibility.ts';
import { tempDir } from './helpers.ts';
import { neo4jOptions, removeTestData, requireNeo4j } from './neo4j-harness.ts';
import {
  extensionApp,
  extensionConfig,
  importAndRead,
  roundTripExports,
} from './schema-extension.ts';

const prefix = `ext-${Date.now().toString(36)}`;

if (requireNeo4j('a schema extension on Neo4j'))
  describe('a schema extension on Neo4j', () => {
    const driver = neo4j.driver(
      neo4jOptions.uri,
      neo4j.auth.basic(neo4jOptions.user, neo4jOptions.password),
    );

    afterAll(async () => {
      await removeTestData(driver, prefix);
      activateSchema(builtInSchema);
    });

    it(
      'creates the constraints and indexes, imports, answers and round-trips',
      { timeout: 120_000 },
      async () => {
        const app = await extensionApp(extensionConfig(tempDir('atlas-extension-neo-')), () =>
          Neo4jStore.connect(neo4jOptions),
        );
        const freshDir = tempDir('atlas-extension-fresh-');
        const fresh = await extensionApp(extensionConfig(freshDir), async () =>
          EmbeddedStore.open({ dataDir: freshDir }),
        );
        try {
          const constraints = await driver.executeQuery(
            'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
          );
          expect(constraints.records[0]!.get('names')).toContain('atlas_fund_key');
          const indexes = await driver.executeQuery(
            'SHOW INDEXES YIELD name, labelsOrTypes RETURN name, labelsOrTypes',
          );
          const byName = new Map(
            indexes.records.map((r) => [
              r.get('name') as string,
              r.get('labelsOrTypes') as string[],
            ]),
          );
          expect(byName.has('atlas_enterprise_shortname')).toBe(true);
          expect(byName.get('atlas_names')).toContain('Fund');

          await importAndRead(app, prefix);
          await roundTripExports(app, fresh, prefix);
        } finally {
          await app.close();
          await fresh.close();
        }
      },
    );

    it('hides private records of its kinds and its properties on private records', async () => {
      const app = await extensionApp(extensionConfig(tempDir('atlas-extension-vis-')), () =>
        Neo4jStore.connect(neo4jOptions),
      );
      try {
        await extensionVisibility(app, `${prefix}-vis`);
      } finally {
        await app.close();
      }
    });
  });
