/**
 * What only a real Neo4j server can get wrong: constraints and indexes created at start, a
 * constraint violation mapped to 409, a multi-statement batch rolled back whole, values converted at
 * the boundary, and a wrong password at start answered with a clear message and a non-zero exit.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueConstraints } from '@chanjiao/graph-schema';
import { countColumns } from '../src/store/neo4j/cypher/stats.ts';
import { mapNeo4jError } from '../src/store/neo4j/errors.ts';
import { Neo4jStore, writeChunkSize } from '../src/store/neo4j/index.ts';
import type { WriteOp } from '../src/store/port.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const prefix = `srv${Date.now().toString(36)}`;

if (requireNeo4j('neo4j server behaviour'))
  describe('neo4j server behaviour', () => {
    let store: Neo4jStore;
    const driver = neo4j.driver(
      neo4jOptions.uri,
      neo4j.auth.basic(neo4jOptions.user, neo4jOptions.password),
    );

    beforeAll(async () => {
      store = await Neo4jStore.connect(neo4jOptions);
    });

    afterAll(async () => {
      await driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH $prefix DETACH DELETE n', {
        prefix,
      });
      await driver.close();
      await store.close();
    });

    it('creates a uniqueness constraint per kind and the full-text index at start', async () => {
      const { records } = await driver.executeQuery(
        'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      );
      const names = records[0]!.get('names') as string[];
      for (const c of uniqueConstraints) expect(names).toContain(c.name);
      const fulltext = await driver.executeQuery(
        "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options",
      );
      const index = fulltext.records.find((r) => r.get('name') === 'atlas_names');
      expect(index).toBeTruthy();
      // The analyzer the server offers: atlas-grams when scripts/neo4j could build it (a JDK).
      const offered = await driver.executeQuery(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = 'atlas-grams' RETURN count(*) > 0 AS grams",
      );
      const analyzer = offered.records[0]!.get('grams') === true ? 'atlas-grams' : 'cjk';
      expect(JSON.stringify(index!.get('options'))).toContain(`"${analyzer}"`);
      // Idempotent: connecting again does not fail on existing schema.
      const again = await Neo4jStore.connect(neo4jOptions);
      await again.close();
    });

    it('maps a constraint violation to a 409 error', async () => {
      await store.write([
        {
          op: 'upsertNode',
          node: { kind: 'Chain', key: `${prefix}-dup`, props: { name_zh: '链' } },
          mode: 'merge',
        },
      ]);
      const failure = await driver
        .executeQuery('CREATE (:Chain {key: $key, name_zh: "重复"})', { key: `${prefix}-dup` })
        .catch((error: unknown) => mapNeo4jError(error, neo4jOptions));
      expect((failure as Error).name).toBe('ConstraintError');
      expect((failure as unknown as { statusCode: number }).statusCode).toBe(409);
    });

    it('rolls back a batch of several statements whole when its last edge fails', async () => {
      const before = await store.stats();
      const count = writeChunkSize + 1500;
      const ops: WriteOp[] = [];
      for (let i = 0; i < count; i++)
        ops.push({
          op: 'upsertNode',
          node: {
            kind: 'Competency',
            key: `${prefix}-c${i}`,
            props: { name_zh: `能力${i}`, dimension: 'skill' },
          },
          mode: 'merge',
        });
      for (let i = 1; i < count; i++)
        ops.push({
          op: 'upsertEdge',
          edge: {
            rel: 'PART_OF',
            from: { kind: 'Competency', key: `${prefix}-c${i}` },
            to: { kind: 'Competency', key: `${prefix}-c${i - 1}` },
            props: {},
          },
          mode: 'merge',
        });
      ops.push({
        op: 'upsertEdge',
        edge: {
          rel: 'PART_OF',
          from: { kind: 'Competency', key: `${prefix}-c0` },
          to: { kind: 'Competency', key: `${prefix}-missing` },
          props: {},
        },
        mode: 'merge',
      });
      const failure = await store.write(ops).catch((error: unknown) => error);
      expect((failure as Error).name).toBe('MissingNodeError');
      expect((failure as { opIndex: number }).opIndex).toBe(ops.length - 1);
      expect(await store.stats()).toEqual(before);
      const { records } = await driver.executeQuery(
        'MATCH (n) WHERE n.key STARTS WITH $p RETURN count(n) AS c',
        { p: `${prefix}-c` },
      );
      expect(records[0]!.get('c').toNumber()).toBe(0);
    });

    it('rolls back a bulk session abandoned by a dead process when a store next connects', async () => {
      const count = async () =>
        (
          await driver.executeQuery(
            'MATCH (n:Product) WHERE n.key STARTS WITH $p RETURN count(n) AS c',
            { p: `${prefix}-bulk` },
          )
        ).records[0]!.get('c') as unknown;
      await store.write([
        {
          op: 'upsertNode',
          node: { kind: 'Product', key: `${prefix}-bulk-0`, props: { name_zh: '原名' } },
          mode: 'merge',
        },
      ]);
      // A second store plays the process that dies mid-import: two chunks, never committed.
      const dying = await Neo4jStore.connect(neo4jOptions);
      const session = await dying.beginBulk();
      for (const chunk of [1, 2])
        await session.write([
          {
            op: 'upsertNode',
            node: { kind: 'Product', key: `${prefix}-bulk-0`, props: { name_zh: `改${chunk}` } },
            mode: 'merge',
          },
          ...Array.from({ length: 3 }, (_, i) => ({
            op: 'upsertNode' as const,
            node: { kind: 'Product' as const, key: `${prefix}-bulk-${chunk}${i}`, props: {} },
            mode: 'merge' as const,
          })),
        ]);
      await dying.close();
      expect(Number(await count())).toBe(7);
      // Another process meanwhile may not start a bulk session of its own…
      await expect(store.beginBulk()).rejects.toMatchObject({ code: 'IMPORT_IN_PROGRESS' });
      // …and once the session counts as abandoned, connecting rolls it back.
      const next = await Neo4jStore.connect({ ...neo4jOptions, abandonedImportAfterMs: 0 });
      await next.close();
      expect(Number(await count())).toBe(1);
      expect(await store.getNode({ kind: 'Product', key: `${prefix}-bulk-0` })).toMatchObject({
        props: { name_zh: '原名' },
      });
      const left = await driver.executeQuery(
        'MATCH (m) WHERE m:AtlasImport OR m:AtlasImportUndo RETURN count(m) AS c',
      );
      expect(Number(left.records[0]!.get('c'))).toBe(0);
    });

    it('creates nodes of a kind that was empty, merges repeats, and survives another writer', async () => {
      // The integration suites start on an empty database and leave no Project behind.
      expect((await store.stats()).byKind.Project ?? 0).toBe(0);
      const project = (key: string, name_zh: string) => ({
        op: 'upsertNode' as const,
        node: { kind: 'Project' as const, key: `${prefix}-${key}`, props: { name_zh } },
        mode: 'merge' as const,
      });
      const other = await Neo4jStore.connect(neo4jOptions);
      try {
        const session = await store.beginBulk();
        // Project was empty when the session began: p1 is created without a lookup.
        expect(await session.write([project('p1', '一')])).toMatchObject({ nodesCreated: 1 });
        // Meanwhile another process creates p2, which the session still takes for new.
        await other.write([project('p2', '别人的')]);
        const second = await session.write([project('p2', '二'), project('p1', '一改')]);
        expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: 2 });
        await session.commit();
      } finally {
        await other.close();
      }
      const { records } = await driver.executeQuery(
        'MATCH (n:Project) WHERE n.key STARTS WITH $p RETURN n.key AS key, n.name_zh AS name ORDER BY key',
        { p: prefix },
      );
      expect(records.map((r) => [r.get('key'), r.get('name')])).toEqual([
        [`${prefix}-p1`, '一改'],
        [`${prefix}-p2`, '二'],
      ]);
    });

    it('reads the same counts through the statistics procedure and through count queries', async () => {
      const viaProcedure = await store.stats();
      const { records } = await driver.executeQuery(countColumns().cypher);
      const nodes = (records[0]!.get('nodes') as [string, unknown][]).reduce(
        (sum, [, c]) => sum + Number(c),
        0,
      );
      const rels = (records[0]!.get('rels') as [string, unknown][]).reduce(
        (sum, [, c]) => sum + Number(c),
        0,
      );
      expect([nodes, rels]).toEqual([viaProcedure.nodes, viaProcedure.edges]);
    });

    it('returns Neo4j integers and temporal values as plain JSON', async () => {
      await driver.executeQuery(
        'CREATE (:Cohort {key: $key, name_zh: "届", year: 2024, graduates: 120, description: toString(date("2025-06-30"))})',
        { key: `${prefix}-cohort` },
      );
      await driver.executeQuery('MATCH (c:Cohort {key: $key}) SET c.extra = date("2025-06-30")', {
        key: `${prefix}-cohort`,
      });
      const node = await store.getNode({ kind: 'Cohort', key: `${prefix}-cohort` });
      expect(node?.props).toMatchObject({ year: 2024, graduates: 120, extra: '2025-06-30' });
      expect(typeof node?.props.year).toBe('number');
    });
  });

describe('neo4j with a wrong password', () => {
  it(
    'stops at start with a message naming the user and URI, exit code 2 and no stack trace',
    { timeout: 60_000 },
    async () => {
      if (!requireNeo4j('wrong password')) return;
      const entry = path.join(import.meta.dirname, '..', 'src', 'server.ts');
      const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
        env: {
          ...process.env,
          ATLAS_STORE: 'neo4j',
          NEO4J_PASSWORD: 'definitely-wrong',
          PORT: '0',
          ATLAS_SEED_DEMO: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain(neo4jOptions.uri);
      expect(stderr).toContain(`"${neo4jOptions.user}"`);
      expect(stderr).toMatch(/NEO4J_PASSWORD/);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
  );
});
