/**
 * `pnpm atlas schema check` on the embedded store: records written under the test extension
 * (a `Fund` kind, `INVESTS_IN`, `exchange`/`listedOn`/`shortName` on Enterprise) are listed —
 * counts and keys — once the extension is gone; the dry run changes nothing; `--prune` removes
 * them as audited writes and a second check finds nothing.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activateSchema, builtInSchema } from '@chanjiao/graph-schema';
import { loadSchemaExtension } from '../schema-extension/load.ts';
import { atlas } from '../../test/cli-run.ts';
import { writtenStore } from '../../test/helpers.ts';
import { edgeOp, nodeOp } from '../../test/ops.ts';
import { EmbeddedStore } from '../store/embedded/index.ts';

const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/atlas.schema.yaml');

afterEach(() => activateSchema(builtInSchema));

const invented = 'invented for the schema check test';
const node = (kind: string, key: string, props: Record<string, unknown>) =>
  nodeOp(kind, key, { ...props, source: invented });

/** A store written under the extension: what the built-in schema does not declare is known. */
async function extendedStore(): Promise<string> {
  activateSchema(loadSchemaExtension(fixture));
  const dataDir = await writtenStore(
    [
      node('Region', '350900', { name_zh: '宁德市', level: 'city' }),
      node('Enterprise', 'listed-1', {
        name_zh: '上市一',
        exchange: 'SZSE',
        listedOn: '2018-06-11',
        shortName: '上一',
      }),
      node('Enterprise', 'listed-2', { name_zh: '上市二', exchange: 'SSE' }),
      node('Enterprise', 'plain', { name_zh: '普通' }),
      node('Fund', 'fund-1', { name_zh: '基金一', sizeCny: 1000 }),
      node('Fund', 'fund-2', { name_zh: '基金二' }),
      edgeOp('INVESTS_IN', ['Fund', 'fund-1'], ['Enterprise', 'listed-1'], { amountCny: 5 }),
      edgeOp('LOCATED_IN', ['Enterprise', 'plain'], ['Region', '350900']),
    ],
    { prefix: 'atlas-schema-check-' },
  );
  activateSchema(builtInSchema);
  return dataDir;
}

describe('pnpm atlas schema check', () => {
  it('lists what the schema no longer declares, and --prune removes it as audited writes', async () => {
    const dataDir = await extendedStore();
    const env = { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: dataDir };

    // Under the extension, nothing is left over.
    const clean = await atlas(['schema', 'check'], { ...env, ATLAS_SCHEMA: fixture });
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('nothing the schema does not declare');

    const dry = await atlas(['schema', 'check', '--json'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      kinds: { Fund: { count: 2, samples: ['fund-1', 'fund-2'] } },
      types: {},
      pairs: {},
      nodeProperties: {
        'Enterprise.exchange': { count: 2, samples: ['listed-1', 'listed-2'] },
        'Enterprise.listedOn': { count: 1, samples: ['listed-1'] },
        'Enterprise.shortName': { count: 1, samples: ['listed-1'] },
      },
      relationshipProperties: {},
    });
    expect(dry.stderr).toContain('Dry run');
    const text = await atlas(['schema', 'check'], env);
    expect(text.stdout).toContain('Undeclared node kinds:\n  Fund: 2 (e.g. fund-1, fund-2)');
    expect(text.stdout).toContain('  Enterprise.exchange: 2 (e.g. listed-1, listed-2)');

    // The dry run changed nothing.
    let store = EmbeddedStore.open({ dataDir });
    expect((await store.getNode({ kind: 'Enterprise', key: 'listed-1' }))?.props).toMatchObject({
      exchange: 'SZSE',
    });
    const before = (await store.changes({ since: 0, limit: 1000 })).length;
    await store.close();

    const pruned = await atlas(['schema', 'check', '--prune'], env);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(
      /2 nodes and 1 relationships removed, 2 nodes and 0 relationships lost properties/,
    );

    store = EmbeddedStore.open({ dataDir });
    try {
      const listed = await store.getNode({ kind: 'Enterprise', key: 'listed-1' });
      expect(listed?.props).toEqual({ name_zh: '上市一', source: invented });
      expect(await store.getNode({ kind: 'Enterprise', key: 'plain' })).not.toBeNull();
      expect((await store.stats()).nodes).toBe(4);
      // Audited: each removed node and each changed record, by the command line.
      const changes = (await store.changes({ since: 0, limit: 1000 })).slice(before);
      expect(changes.every((c) => c.by === 'atlas-cli')).toBe(true);
      expect(changes.map((c) => `${c.action} ${c.node?.kind}:${c.node?.key}`).sort()).toEqual([
        'remove Fund:fund-1',
        'remove Fund:fund-2',
        'update Enterprise:listed-1',
        'update Enterprise:listed-2',
      ]);
      const fund = changes.find((c) => c.node?.key === 'fund-1')!;
      expect(fund.relationships?.map((r) => r.rel)).toEqual(['INVESTS_IN']);
    } finally {
      await store.close();
    }

    const again = await atlas(['schema', 'check'], env);
    expect(again.stdout).toContain('nothing the schema does not declare');
  });
});
