/**
 * A large import's changes are published without one large transaction, on a real Neo4j: the
 * commit's single small write makes the session's changes visible, numbered after every change so
 * far, and they are then numbered for good in batches (three changes each here). A reader looking
 * at the feed after every batch sees the whole session each time, with the same numbers; one that
 * looks while the session runs sees none of it. A finish stopped half-way (as by a crash) leaves
 * the feed as it was, and the next store to connect completes it. The test removes its records;
 * their changes stay (the trail of a shared database is never rewritten).
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '@chanjiao/graph-schema';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { AuditStamp, GraphStore, UpsertOp } from '../src/store/port.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const prefix = `publish-${Date.now().toString(36)}`;

const competencies = (session: string, from: number, count: number): UpsertOp[] =>
  Array.from({ length: count }, (_, i) => ({
    op: 'upsertNode' as const,
    node: {
      kind: 'Competency' as const,
      key: `${prefix}-${session}-${from + i}`,
      props: { name_zh: `发布测试 ${from + i}`, dimension: 'skill' as const },
    },
    mode: 'merge' as const,
  }));

const stamp = (requestId: string): AuditStamp => ({
  by: 'publish-test',
  at: '2026-02-01T00:00:00.000Z',
  requestId,
});

/** The feed after `since`, read to its end. */
async function feed(store: GraphStore, since: number): Promise<ChangeRecord[]> {
  const out: ChangeRecord[] = [];
  for (;;) {
    const page = await store.changes({ since, limit: 1000 });
    if (page.length === 0) return out;
    out.push(...page);
    since = page.at(-1)!.seq;
  }
}

const lastSeq = async (store: GraphStore) => (await feed(store, 0)).at(-1)?.seq ?? 0;

/** A session's changes as a reader sees them: number and key, in feed order. */
const ofSession = (changes: ChangeRecord[], requestId: string) =>
  changes.filter((c) => c.requestId === requestId).map((c) => `${c.seq} ${c.node?.key}`);

if (requireNeo4j('publishing an import’s changes in batches on Neo4j'))
  describe('publishing an import’s changes in batches on Neo4j', () => {
    const driver = neo4j.driver(
      neo4jOptions.uri,
      neo4j.auth.basic(neo4jOptions.user, neo4jOptions.password),
    );
    let afterBatch: (() => Promise<void>) | null = null;
    const stores: GraphStore[] = [];
    const open = async (extra: Partial<Parameters<typeof Neo4jStore.connect>[0]> = {}) => {
      const store = await Neo4jStore.connect({ ...neo4jOptions, ...extra });
      stores.push(store);
      return store;
    };

    afterAll(async () => {
      await driver.executeQuery('MATCH (n:Competency) WHERE n.key STARTS WITH $prefix DELETE n', {
        prefix,
      });
      for (const store of stores) await store.close();
      await driver.close();
    });

    const pending = async (requestId: string) =>
      (
        await driver.executeQuery(
          'MATCH (c:AtlasChange {requestId: $requestId}) WHERE c.session IS NOT NULL RETURN count(c) AS n',
          { requestId },
        )
      ).records[0]!.get('n') as { toNumber(): number };

    it('shows a session whole from its commit on, between batches too', async () => {
      const writer = await open({
        publishBatch: 3,
        afterPublishBatch: async () => afterBatch?.(),
      });
      const reader = await open();
      const start = await lastSeq(reader);

      const session = await writer.beginBulk(stamp(`${prefix}-a`));
      await session.write(competencies('a', 0, 5));
      await session.write(competencies('a', 5, 5));
      expect(ofSession(await feed(reader, start), `${prefix}-a`)).toEqual([]);

      const seen: string[][] = [];
      afterBatch = async () => {
        seen.push(ofSession(await feed(reader, start), `${prefix}-a`));
        expect((await pending(`${prefix}-a`)).toNumber()).toBe(Math.max(0, 10 - 3 * seen.length));
      };
      await session.commit();
      afterBatch = null;

      const final = ofSession(await feed(reader, start), `${prefix}-a`);
      // Ten changes, numbered one after another after everything before the commit.
      expect(final).toHaveLength(10);
      const seqs = final.map((line) => Number(line.split(' ')[0]));
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
      expect(seqs[0]).toBeGreaterThan(start);
      // Four batches (3 + 3 + 3 + 1), and after each the reader saw the same whole session.
      expect(seen).toHaveLength(4);
      for (const view of seen) expect(view).toEqual(final);
      expect((await pending(`${prefix}-a`)).toNumber()).toBe(0);
      // A change written after the commit comes after the session's.
      await reader.write(competencies('later', 0, 1), stamp(`${prefix}-later`));
      const later = ofSession(await feed(reader, start), `${prefix}-later`);
      expect(Number(later[0]!.split(' ')[0])).toBe(seqs.at(-1)! + 1);
    });

    it('resumes a finish stopped half-way when a store next connects', async () => {
      const writer = await open({
        publishBatch: 3,
        afterPublishBatch: async () => afterBatch?.(),
      });
      const reader = await open();
      const start = await lastSeq(reader);
      const session = await writer.beginBulk(stamp(`${prefix}-b`));
      await session.write(competencies('b', 0, 8));
      let batches = 0;
      afterBatch = async () => {
        if (++batches === 2) throw new Error('stopped half-way');
      };
      await expect(session.commit()).rejects.toThrow('stopped half-way');
      afterBatch = null;
      expect((await pending(`${prefix}-b`)).toNumber()).toBe(2);
      const half = ofSession(await feed(reader, start), `${prefix}-b`);
      expect(half).toHaveLength(8);

      await open(); // connecting recovers the committed session: it finishes the numbering
      expect((await pending(`${prefix}-b`)).toNumber()).toBe(0);
      expect(ofSession(await feed(reader, start), `${prefix}-b`)).toEqual(half);
      const markers = await driver.executeQuery('MATCH (m:AtlasImport) RETURN count(m) AS n');
      expect((markers.records[0]!.get('n') as { toNumber(): number }).toNumber()).toBe(0);
    });
  });
