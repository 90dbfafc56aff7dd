/**
 * The full-text index behind Neo4j search: a database indexed with Lucene's CJK analyzer (as every
 * database was before "atlas-grams") gets the n-gram index when a store opens it, and both
 * analyzers' queries give the same answers — substrings inside keys and words, one and two
 * characters, Chinese and ASCII, mixed case, several words, private records hidden.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { fullTextIndex, type NodeKind } from '@chanjiao/graph-schema';
import { awaitIndexes, fullTextIndexStatement } from '../src/store/neo4j/cypher/schema.ts';
import { Executor } from '../src/store/neo4j/executor.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { search } from '../src/store/neo4j/search.ts';
import type { SearchQuery, WriteOp } from '../src/store/port.ts';
import { neo4jAvailable, neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { nodeOp } from './ops.ts';

const run = `fx${Date.now()}`;
const rows: [NodeKind, string, string, string, string[]][] = [
  ['Enterprise', `${run}-ENT-002524`, '宁德时代新能源科技', 'Contemporary Amperex Technology', []],
  ['Enterprise', `${run}-ENT-771003`, '比亚迪股份', 'BYD Company', ['BYD', '比亚迪']],
  ['Occupation', `${run}-occ-bms`, '电池管理系统工程师', 'BMS Engineer', ['BMS工程师']],
  ['Competency', `${run}-c-soc`, '荷电状态估算', 'SOC estimation', ['SoC']],
];
const nodes: WriteOp[] = rows.map(([kind, key, name_zh, name_en, aliases]) => ({
  op: 'upsertNode',
  node: { kind, key, props: { name_zh, name_en, aliases } },
  mode: 'merge',
}));
nodes.push({
  op: 'upsertNode',
  node: {
    kind: 'Enterprise',
    key: `${run}-ENT-990001`,
    props: {
      name_zh: '隐私电池企业',
      name_en: 'Private Cell Maker',
      visibility: 'private',
      org: 'org-b',
    },
  },
  mode: 'merge',
});

const queries: SearchQuery[] = [
  { text: '002524', limit: 20 },
  { text: `${run}-ent`, limit: 20 },
  { text: '电', limit: 20 },
  { text: '池', limit: 20 },
  { text: '时代', limit: 20 },
  { text: '状态估', limit: 20 },
  { text: 'ng', limit: 20 },
  { text: 'x', limit: 20 },
  { text: 'AMPEREX', limit: 20 },
  { text: 'bms工程', limit: 20 },
  { text: `${run} 电池`, limit: 20 },
  { text: `${run} 电池`, limit: 20, privateOf: ['org-a'] },
  { text: `${run} 电池`, limit: 20, privateOf: ['org-b'] },
  { text: `${run}-ENT-99`, limit: 20, privateOf: [] },
];

const keysOf = (page: { hits: { key: string }[] }) =>
  page.hits.map((h) => h.key).filter((k) => k.startsWith(run));

/**
 * Writes nodes for one test and removes them when it ends: hundreds of them would cap the common
 * words of the tests after it, whose answers then hang on the order of the index's proposals.
 */
async function writeForTest(exec: Executor, ops: WriteOp[]): Promise<void> {
  const keys = ops.flatMap((op) => (op.op === 'upsertNode' ? [op.node.key] : []));
  onTestFinished(async () => {
    await exec.driver.executeQuery('MATCH (n) WHERE n.key IN $keys DETACH DELETE n', { keys });
  });
  const store = await Neo4jStore.connect(neo4jOptions);
  try {
    await store.write(ops);
  } finally {
    await store.close();
  }
}

async function analyzerOfIndex(exec: Executor): Promise<unknown> {
  const { records } = await exec.driver.executeQuery(
    'SHOW INDEXES YIELD name, options WHERE name = $name RETURN options',
    { name: fullTextIndex.name },
  );
  return (records[0]?.get('options') as { indexConfig: Record<string, unknown> }).indexConfig[
    'fulltext.analyzer'
  ];
}

async function useAnalyzer(exec: Executor, analyzer: 'cjk' | 'atlas-grams'): Promise<void> {
  await exec.autoCommit([`DROP INDEX ${fullTextIndex.name} IF EXISTS`]);
  await exec.autoCommit([fullTextIndexStatement(analyzer), awaitIndexes]);
}

/** Whether the server offers atlas-grams (scripts/neo4j builds it when a JDK is installed). */
async function offersGrams(): Promise<boolean> {
  const exec = await Executor.connect(neo4jOptions);
  try {
    const { records } = await exec.driver.executeQuery(
      "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = 'atlas-grams' RETURN count(*) > 0 AS grams",
    );
    return records[0]?.get('grams') === true;
  } finally {
    await exec.close();
  }
}

const grams = neo4jAvailable && (await offersGrams());

// As a missing Neo4j: under CI=true a server without the analyzer fails, never skips.
if (neo4jAvailable && !grams && process.env.CI === 'true')
  describe('neo4j search index', () => {
    it('needs the atlas-grams analyzer (CI=true)', () => {
      throw new Error(
        'the Neo4j server offers no atlas-grams analyzer: scripts/neo4j builds it with javac (install a JDK)',
      );
    });
  });

if (requireNeo4j('neo4j search index'))
  describe.skipIf(!grams)('neo4j search index (atlas-grams: scripts/neo4j needs a JDK)', () => {
    let exec: Executor;

    beforeAll(async () => {
      exec = await Executor.connect(neo4jOptions);
      const store = await Neo4jStore.connect(neo4jOptions);
      await store.write(nodes);
      await store.close();
    });

    afterAll(async () => {
      await exec.driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH $run DETACH DELETE n', {
        run,
      });
      await exec.close();
    });

    it('rebuilds a CJK-analyzed index with atlas-grams when a store opens the database', async () => {
      await useAnalyzer(exec, 'cjk');
      expect(await analyzerOfIndex(exec)).toBe('cjk');
      const store = await Neo4jStore.connect(neo4jOptions);
      await store.close();
      expect(await analyzerOfIndex(exec)).toBe('atlas-grams');
    });

    it('finds substrings of one, two and more characters inside keys, names and aliases', async () => {
      const answer = async (text: string, privateOf?: string[]) =>
        keysOf(
          await search(exec, { text, limit: 20, ...(privateOf && { privateOf }) }, 'atlas-grams'),
        );
      expect(await answer('002524')).toEqual([`${run}-ENT-002524`]);
      expect(await answer('状态估')).toEqual([`${run}-c-soc`]);
      expect((await answer('电')).sort()).toEqual(
        [`${run}-c-soc`, `${run}-ENT-990001`, `${run}-occ-bms`].sort(),
      );
      expect(await answer('amperex')).toEqual([`${run}-ENT-002524`]);
      expect(await answer('bms工程')).toEqual([`${run}-occ-bms`]);
      // A word of two letters inside another word: "ng" in Engineer.
      expect(await answer(`${run} ng`)).toEqual([`${run}-occ-bms`]);
      expect(await answer(`${run} 池管`)).toEqual([`${run}-occ-bms`]);
      expect(await answer(`${run}-ent-99`, [])).toEqual([]);
      expect(await answer(`${run}-ent-99`, ['org-b'])).toEqual([`${run}-ENT-990001`]);
    });

    it('asks the index for more when its first proposals hold too few real matches', async () => {
      // 600 names hold both grams of "qzxqzy" apart (the index proposes them, the substring check
      // drops them), more than one answer reads; three hold the word itself.
      const decoys = Array.from({ length: 600 }, (_, i) =>
        nodeOp('Task', `${run}-decoy-${i}`, { name_zh: '诱饵', name_en: 'qzx qzy' }, 'merge'),
      );
      const real = [0, 1, 2].map((i) =>
        nodeOp(
          'Competency',
          `${run}-real-${i}`,
          { name_zh: '目标', name_en: `qzxqzy ${i}` },
          'merge',
        ),
      );
      await writeForTest(exec, [...decoys, ...real]);
      const page = await search(exec, { text: 'qzxqzy', limit: 20 }, 'atlas-grams');
      expect(keysOf(page).sort()).toEqual([0, 1, 2].map((i) => `${run}-real-${i}`));
      expect(page).toMatchObject({ total: 3, totalExact: true });
    });

    it('answers a word more common than one answer reads with its field starts first', async () => {
      // 600 short names hold "vqkw" inside (the index scores them best); three long ones start
      // with it, one of them private: the answer is capped, and the field starts rank first.
      const inside = Array.from({ length: 600 }, (_, i) =>
        nodeOp('Task', `${run}-many-${i}`, { name_zh: '常见', name_en: 'a vqkw' }, 'merge'),
      );
      // Digits only, which no other query here asks for: a long value scores low in the index.
      const long = Array.from({ length: 30 }, (_, i) => 10 + i).join(' ');
      const starting: WriteOp[] = ['public-0', 'public-1', 'private'].map((name) => ({
        op: 'upsertNode',
        node: {
          kind: 'Competency',
          key: `${run}-start-${name}`,
          props: {
            name_zh: '开头',
            name_en: `vqkw ${name} ${long}`,
            ...(name === 'private' && { visibility: 'private', org: 'org-b' }),
          },
        },
        mode: 'merge',
      }));
      await writeForTest(exec, [...inside, ...starting]);
      const ask = (query: Omit<SearchQuery, 'text' | 'limit'>) =>
        search(exec, { text: 'vqkw', limit: 3, ...query }, 'atlas-grams');
      const anyone = await ask({ privateOf: [] });
      expect(anyone.hits.slice(0, 2).map((h) => h.key)).toEqual([
        `${run}-start-public-0`,
        `${run}-start-public-1`,
      ]);
      expect(anyone.hits[2]?.kind).toBe('Task');
      expect(anyone).toMatchObject({ totalExact: false, facets: { Competency: 2 } });
      const member = await ask({ privateOf: ['org-b'] });
      expect(member.hits.map((h) => h.key)).toEqual([
        `${run}-start-private`,
        `${run}-start-public-0`,
        `${run}-start-public-1`,
      ]);
      const competencies = await ask({ kinds: ['Competency'], privateOf: [] });
      expect(competencies.hits.map((h) => h.key)).toEqual([
        `${run}-start-public-0`,
        `${run}-start-public-1`,
      ]);
      expect(competencies).toMatchObject({ total: 2, totalExact: false });
      expect(await ask({ kinds: ['Chain'] })).toMatchObject({
        hits: [],
        total: 0,
        totalExact: false,
      });
    });

    it('answers an empty page when a word without letters or digits matches nothing', async () => {
      const page = await search(exec, { text: '§¶§', limit: 20 }, 'atlas-grams');
      expect(page).toMatchObject({ hits: [], total: 0, totalExact: true });
    });

    it('answers as the CJK analyzer’s queries do', async () => {
      const grams = [];
      for (const q of queries) grams.push(await search(exec, q, 'atlas-grams'));
      await useAnalyzer(exec, 'cjk');
      try {
        for (const [i, q] of queries.entries()) {
          const cjk = await search(exec, q, 'cjk');
          expect(keysOf(cjk), q.text).toEqual(keysOf(grams[i]!));
        }
      } finally {
        await useAnalyzer(exec, 'atlas-grams');
      }
    });
  });
