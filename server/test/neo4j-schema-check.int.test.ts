/**
 * `pnpm atlas schema check` on Neo4j: a node of a kind a schema extension no longer declares
 * (`Fund`), its relationships — one of a type the built-in schema lacks (`INVESTS_IN`), one of a
 * built-in type (`LOCATED_IN`) — are found through the export as on the embedded store; a
 * neighbourhood that reaches such a node still answers; `--prune` removes them as audited writes.
 * The test removes what it wrote.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { activateSchema, builtInSchema } from '@chanjiao/graph-schema';
import { loadSchemaExtension } from '../src/schema-extension/load.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { atlas as runAtlas } from './cli-run.ts';
import { neo4jOptions, removeTestData, requireNeo4j } from './neo4j-harness.ts';
import { edgeOp, nodeOp } from './ops.ts';
import { extensionFixture } from './schema-extension.ts';

const prefix = `residue-${Date.now().toString(36)}`;
const invented = 'invented for the Neo4j schema check test';
const node = (kind: string, key: string, props: Record<string, unknown>) =>
  nodeOp(kind, key, { ...props, source: invented });
const edge = (rel: string, from: [string, string], to: [string, string]) => edgeOp(rel, from, to);

const atlas = (args: string[]) => runAtlas(args, { ...process.env, ATLAS_STORE: 'neo4j' });

if (requireNeo4j('the schema check on Neo4j'))
  describe('pnpm atlas schema check on Neo4j', () => {
    const driver = neo4j.driver(
      neo4jOptions.uri,
      neo4j.auth.basic(neo4jOptions.user, neo4jOptions.password),
    );
    const fund = `${prefix}-fund`;
    const firm = `${prefix}-firm`;

    afterAll(async () => {
      await removeTestData(driver, prefix);
      activateSchema(builtInSchema);
    });

    it('finds a dropped kind and type, answers around them, and prunes them', async () => {
      activateSchema(loadSchemaExtension(extensionFixture));
      let store = await Neo4jStore.connect(neo4jOptions);
      try {
        await store.write([
          node('Region', '350900', { name_zh: '宁德市', level: 'city' }),
          node('Enterprise', firm, { name_zh: '被投企业' }),
          node('Fund', fund, { name_zh: '基金一' }),
          edge('INVESTS_IN', ['Fund', fund], ['Enterprise', firm]),
          edge('LOCATED_IN', ['Fund', fund], ['Region', '350900']),
          edge('LOCATED_IN', ['Enterprise', firm], ['Region', '350900']),
        ]);
      } finally {
        await store.close();
      }
      activateSchema(builtInSchema);

      // A read that reaches the left-over node answers instead of failing.
      store = await Neo4jStore.connect(neo4jOptions);
      try {
        const around = await store.neighbourhood({
          center: { kind: 'Enterprise', key: firm },
          depth: 2,
          limit: 500,
        });
        expect(around?.nodes.map((n) => n.key)).toContain('350900');
      } finally {
        await store.close();
      }

      const dry = await atlas(['schema', 'check', '--json']);
      expect(dry.code, dry.stderr).toBe(0);
      const residue = JSON.parse(dry.stdout) as Record<
        string,
        Record<string, { count: number; samples: string[] }>
      >;
      expect(residue.kinds!.Fund?.samples).toContain(fund);
      const stored = await driver.executeQuery('MATCH (n:Fund) RETURN count(n) AS n');
      expect(residue.kinds!.Fund?.count).toBe(stored.records[0]!.get('n').toNumber());

      const pruned = await atlas(['schema', 'check', '--prune']);
      expect(pruned.code, pruned.stderr).toBe(0);
      const left = await driver.executeQuery(
        'MATCH (n:Fund {key: $fund}) RETURN count(n) AS nodes',
        {
          fund,
        },
      );
      expect(left.records[0]!.get('nodes').toNumber()).toBe(0);
      const kept = await driver.executeQuery(
        'MATCH (:Enterprise {key: $firm})-[:LOCATED_IN]->(:Region) RETURN count(*) AS n',
        { firm },
      );
      expect(kept.records[0]!.get('n').toNumber()).toBe(1);

      // Audited: the removal and both relationships it took, by the command line.
      store = await Neo4jStore.connect(neo4jOptions);
      try {
        const history = await store.changes({
          since: 0,
          limit: 100,
          node: { kind: 'Fund' as never, key: fund },
        });
        const removal = history.find((c) => c.action === 'remove');
        expect(removal?.by).toBe('atlas-cli');
        expect(removal?.relationships?.map((r) => r.rel).sort()).toEqual([
          'INVESTS_IN',
          'LOCATED_IN',
        ]);
      } finally {
        await store.close();
      }
      const again = await atlas(['schema', 'check']);
      expect(again.stdout).toContain('nothing the schema does not declare');
    });
  });
