/**
 * Command-line loads in the audit trail, one suite for both stores: `pnpm atlas import` records
 * one change per record it wrote, by `atlas-cli`, under the one request id it prints, so
 * `GET /api/changes` finds them; a rejected import leaves no change. The program runs in-process
 * on the store its environment selects; the feed is read through an app opened afterwards on the
 * same store. Records are keyed by a run id, so the suite can share a database with earlier runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeFeed, ChangeRecord } from '@chanjiao/graph-schema';
import { atlas } from './cli-run.ts';
import { asAdmin, ndjson, tempDir } from './helpers.ts';

export interface CliAuditHarness {
  /** The environment the command line runs with (selects the store). */
  env: NodeJS.ProcessEnv;
  /** An app over the same store, for the change feed. */
  openApp(): Promise<FastifyInstance>;
  /** Removes the run's records from a shared store. */
  cleanup?(keys: string[]): Promise<void>;
}

/** Every change written at or after `time`, through the feed as the administrator reads it. */
export async function changesSince(app: FastifyInstance, time: string): Promise<ChangeRecord[]> {
  const all: ChangeRecord[] = [];
  let since: number | string = time;
  for (;;) {
    const res = await app.inject({
      url: `/api/changes?since=${encodeURIComponent(since)}&limit=1000`,
      headers: asAdmin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as ChangeFeed;
    all.push(...page.changes);
    if (page.changes.length < 1000) return all;
    since = page.next;
  }
}

export function describeCliAudit(name: string, harness: CliAuditHarness): void {
  describe(`command-line imports in the audit trail: ${name}`, () => {
    const run = `cli-audit-${Date.now().toString(36)}`;
    const keys: string[] = [];
    const skill = (n: string) => {
      keys.push(`${run}-${n}`);
      return { kind: 'Competency', key: `${run}-${n}` };
    };
    const occupation = { kind: 'Occupation', key: `${run}-occ` };
    keys.push(occupation.key);
    const file = (records: unknown[]) => {
      const at = path.join(tempDir('atlas-cli-audit-'), 'records.ndjson');
      fs.writeFileSync(at, ndjson(records));
      return at;
    };

    afterAll(async () => harness.cleanup?.(keys), 60_000);

    it('an import records one change per record under the request id it prints', async () => {
      const a = skill('a');
      const b = skill('b');
      const records = [
        { type: 'node', ...occupation, props: { name_zh: '涂布工' } },
        { type: 'node', ...a, props: { name_zh: '涂布', dimension: 'skill' } },
        { type: 'node', ...b, props: { name_zh: '辊压', dimension: 'skill' } },
        { type: 'edge', rel: 'REQUIRES', from: occupation, to: a, props: { importance: 4 } },
        { type: 'edge', rel: 'REQUIRES', from: occupation, to: b, props: {} },
      ];
      const before = new Date(Date.now() - 1000).toISOString();
      const result = await atlas(['import', file(records)], harness.env);
      expect(result.code, result.stderr).toBe(0);
      const requestId = /in the change feed as request (import-[0-9a-f-]{36})$/m.exec(
        result.stdout,
      )?.[1];
      expect(requestId, result.stdout).toBeDefined();

      const app = await harness.openApp();
      try {
        const mine = (await changesSince(app, before)).filter((c) => c.requestId === requestId);
        expect(mine).toHaveLength(records.length);
        for (const change of mine)
          expect(change).toMatchObject({ by: 'atlas-cli', action: 'create', before: null });
        const nodes = mine.flatMap((c) => (c.node ? [c.node.key] : []));
        expect(nodes.sort()).toEqual([occupation.key, a.key, b.key].sort());
        const edges = mine.flatMap((c) => (c.edge ? [c.edge] : []));
        expect(edges).toHaveLength(2);
        expect(edges.map((e) => e.to.key).sort()).toEqual([a.key, b.key].sort());
        const ofA = mine.find((c) => c.node?.key === a.key)!;
        expect(ofA.after).toMatchObject({ name_zh: '涂布', dimension: 'skill' });
      } finally {
        await app.close();
      }

      // The same file again updates every record: one change each, under a new request id.
      const again = await atlas(['import', file(records)], harness.env);
      expect(again.code, again.stderr).toBe(0);
      const second = /as request (import-[0-9a-f-]{36})$/m.exec(again.stdout)?.[1];
      expect(second).toBeDefined();
      expect(second).not.toBe(requestId);
      const reopened = await harness.openApp();
      try {
        const updates = (await changesSince(reopened, before)).filter(
          (c) => c.requestId === second,
        );
        expect(updates).toHaveLength(records.length);
        for (const change of updates) expect(change).toMatchObject({ action: 'update' });
      } finally {
        await reopened.close();
      }
    }, 120_000);

    it('a rejected import leaves no change, and a dry run none either', async () => {
      const c = skill('c');
      const missing = { kind: 'Competency', key: `${run}-missing` };
      const records = [
        { type: 'node', ...c, props: { name_zh: '化成', dimension: 'skill' } },
        { type: 'edge', rel: 'REQUIRES', from: occupation, to: missing, props: {} },
      ];
      const before = new Date(Date.now() - 1000).toISOString();
      const rejected = await atlas(['import', file(records)], harness.env);
      expect(rejected.code).toBe(1);
      expect(rejected.stderr).toContain('Rejected, nothing written');
      const dry = await atlas(['import', '--dry-run', file(records.slice(0, 1))], harness.env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).not.toContain('change feed');

      const app = await harness.openApp();
      try {
        const touching = (await changesSince(app, before)).filter(
          (change) => change.node?.key === c.key || change.edge?.to.key === missing.key,
        );
        expect(touching).toEqual([]);
        const node = await app.inject({ url: `/api/nodes/Competency/${c.key}`, headers: asAdmin });
        expect(node.statusCode).toBe(404);
      } finally {
        await app.close();
      }
    }, 120_000);
  });
}
