/**
 * The fresh-database path (`atlas neo4j-import`): neo4j-admin's bulk loader, run from the same jars
 * as the test server, must leave exactly the database the normal import would — compared with the
 * embedded store's export of the same file, byte for byte — whether the conversion ran on every
 * core (clean input) or on one (repeated records merged in order). A rejected file loads nothing
 * and leaves the server alone. It replaces the test database, so it needs an empty one and empties
 * it again afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNdjson } from '@chanjiao/seed-data';
import { writeExport } from '../src/export/formats.ts';
import { ndjsonFileSource } from '../src/import/ndjson-source.ts';
import { ImportProblemsError, streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { bulkLoad } from '../src/store/neo4j/admin-import/load.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { GraphStore } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';
import { neo4jAvailable, neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

async function neo4jIsEmpty(): Promise<boolean> {
  const store = await Neo4jStore.connect(neo4jOptions);
  try {
    return (await store.stats()).nodes === 0;
  } finally {
    await store.close();
  }
}

const empty = neo4jAvailable ? await neo4jIsEmpty() : false;

/** The NDJSON export (properties in name order, as the API and CLI write it). */
async function exportText(store: GraphStore): Promise<string> {
  let text = '';
  for await (const piece of writeExport('ndjson', store.exportAll())) text += piece;
  return text;
}

/** What the normal import makes of a file, as the embedded store exports it. */
async function expectedExport(file: string, now: Date): Promise<string> {
  const store = EmbeddedStore.open({ dataDir: tempDir('atlas-bulk-expected-') });
  try {
    await streamImport(store, [ndjsonFileSource(file)], { now });
    return await exportText(store);
  } finally {
    await store.close();
  }
}

async function neo4jExport(): Promise<string> {
  const store = await Neo4jStore.connect(neo4jOptions);
  try {
    return await exportText(store);
  } finally {
    await store.close();
  }
}

if (requireNeo4j('neo4j bulk load'))
  describe.runIf(empty || process.env.CI === 'true')('neo4j bulk load', () => {
    const dir = tempDir('atlas-bulk-');
    const now = new Date('2026-02-01T00:00:00.000Z');
    const log = () => undefined;

    afterAll(async () => {
      // Leave the empty database the other suites expect.
      const driver = neo4j.driver(
        neo4jOptions.uri,
        neo4j.auth.basic(neo4jOptions.user, neo4jOptions.password),
      );
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
        await driver.close();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('rejects a file with problems, naming their rows, and loads nothing', async () => {
      const file = path.join(dir, 'bad.ndjson');
      fs.writeFileSync(
        file,
        [
          '{"type":"node","kind":"Chain","key":"c1","props":{"name_zh":"链"}}',
          '{"type":"node","kind":"Chain","key":"c2","props":{"name_zh":"链","bogus":1}}',
          '{"type":"edge","rel":"PART_OF","from":{"kind":"Segment","key":"nowhere"},"to":{"kind":"Chain","key":"c1"},"props":{}}',
        ].join('\n') + '\n',
      );
      const failure = await bulkLoad([ndjsonFileSource(file)], {
        neo4j: neo4jOptions,
        ndjsonFiles: [file],
        log,
      }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ImportProblemsError);
      const problems = (failure as ImportProblemsError).problems;
      expect(problems.map((p) => [p.row, p.field])).toEqual([
        [2, 'props.bogus'],
        [3, 'from'],
      ]);
      expect(problems[1]!.message).toMatch(/Segment:nowhere exists neither/);
      expect(await neo4jIsEmpty()).toBe(true);
    });

    it('loads a clean file on every core into the database the normal import makes', async () => {
      const file = path.join(dir, 'clean.ndjson');
      const out = fs.createWriteStream(file);
      await writeNdjson({ nodes: 3000, seed: 5 }, out);
      await new Promise((resolve) => out.end(resolve));
      const report = await bulkLoad([ndjsonFileSource(file)], {
        neo4j: neo4jOptions,
        ndjsonFiles: [file],
        workers: 2,
        now,
        log,
      });
      expect(report).toMatchObject({ nodes: 3000, repeats: 0, parallel: true });
      expect(report.edges).toBeGreaterThan(10_000);
      expect(await neo4jExport()).toBe(await expectedExport(file, now));
    });

    it('merges repeated records in order, as the normal import does, replacing with --overwrite', async () => {
      const file = path.join(dir, 'repeats.ndjson');
      fs.writeFileSync(
        file,
        [
          '{"type":"edge","rel":"PART_OF","from":{"kind":"Segment","key":"s1"},"to":{"kind":"Chain","key":"c1"},"props":{"source":"first"}}',
          '{"type":"node","kind":"Chain","key":"c1","props":{"name_zh":"链一","name_en":"Chain one"}}',
          '{"type":"node","kind":"Segment","key":"s1","props":{"name_zh":"环节","position":"upstream","aliases":["甲;乙","丙"]}}',
          '{"type":"node","kind":"Chain","key":"c1","props":{"name_zh":"链 1","description":"多行\\n说明"}}',
          '{"type":"edge","rel":"PART_OF","from":{"kind":"Segment","key":"s1"},"to":{"kind":"Chain","key":"c1"},"props":{"updatedAt":"2025-01-01T00:00:00.000Z"}}',
        ].join('\n') + '\n',
      );
      const report = await bulkLoad([ndjsonFileSource(file)], {
        neo4j: neo4jOptions,
        ndjsonFiles: [file],
        overwrite: true,
        now,
        log,
      });
      expect(report).toMatchObject({ nodes: 2, edges: 1, repeats: 2, parallel: false });
      const text = await neo4jExport();
      expect(text).toBe(await expectedExport(file, now));
      expect(text).toContain('"description":"多行\\n说明","name_en":"Chain one","name_zh":"链 1"');
    });
  });
