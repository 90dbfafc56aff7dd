/**
 * The audit trail, one suite for both stores: each kind of write — node and relationship put,
 * patch and delete, an import — leaves exactly one change per record it wrote, with who, when, the
 * request and the properties before and after; a rejected write or import leaves none; a removed
 * node comes back with its relationships by an administrator's restore; the feed pages and a
 * node's history lists its changes. Records are keyed by a run id, so the suite can share a
 * database with earlier runs.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeFeed, ChangeRecord, NodeRef } from '@chanjiao/graph-schema';
import type { GraphStore } from '../src/store/port.ts';
import { asAdmin, ndjson } from './helpers.ts';

export interface AuditHarness {
  open(): Promise<{ app: FastifyInstance; store: GraphStore }>;
  cleanup?(store: GraphStore, keys: string[]): Promise<void>;
}

const json = { 'content-type': 'application/json' };

export function describeAudit(name: string, harness: AuditHarness): void {
  describe(`audit trail: ${name}`, () => {
    let app: FastifyInstance;
    let store: GraphStore;
    const run = `audit-${Date.now().toString(36)}`;
    const keys: string[] = [];
    const skill = (n: string): NodeRef => {
      keys.push(`${run}-${n}`);
      return { kind: 'Competency', key: `${run}-${n}` };
    };
    const occupation: NodeRef = { kind: 'Occupation', key: `${run}-occ` };
    keys.push(occupation.key);
    const url = (r: NodeRef) => `/api/nodes/${r.kind}/${r.key}`;
    const edgeUrl = (from: NodeRef, to: NodeRef) =>
      `/api/edges/REQUIRES/${from.kind}/${from.key}/${to.kind}/${to.key}`;

    /** Changes written after `since` (as the administrator sees them). */
    async function changesAfter(since: number): Promise<ChangeRecord[]> {
      const res = await app.inject({
        url: `/api/changes?since=${since}&limit=1000`,
        headers: asAdmin,
      });
      expect(res.statusCode).toBe(200);
      return (res.json() as ChangeFeed).changes;
    }
    async function last(): Promise<number> {
      let since = 0;
      for (;;) {
        const page = await app.inject({
          url: `/api/changes?since=${since}&limit=1000`,
          headers: asAdmin,
        });
        const { changes, next } = page.json() as ChangeFeed;
        if (changes.length < 1000) return next;
        since = next;
      }
    }
    /** The single change a request wrote, checked against its request id. */
    async function onlyChange(since: number, requestId: string): Promise<ChangeRecord> {
      const changes = await changesAfter(since);
      expect(changes).toHaveLength(1);
      expect(changes[0]!).toMatchObject({ by: 'admin', requestId });
      return changes[0]!;
    }
    const send = (method: 'PUT' | 'PATCH' | 'DELETE', path: string, props?: object) =>
      app.inject({
        method,
        url: path,
        headers: { ...asAdmin, ...(props && json) },
        ...(props && { payload: { props } }),
      });

    beforeAll(async () => {
      ({ app, store } = await harness.open());
      const me = await app.inject({ url: '/api/auth/me', headers: asAdmin });
      expect(me.json()).toMatchObject({ user: { username: 'admin' } });
      const made = await send('PUT', url(occupation), { name_zh: '涂布工' });
      expect(made.statusCode).toBe(201);
    }, 120_000);

    afterAll(async () => {
      if (store && harness.cleanup) await harness.cleanup(store, keys);
      await app?.close();
    });

    it('records each single write once, with before and after', async () => {
      const a = skill('a');
      let since = await last();
      const made = await send('PUT', url(a), {
        name_zh: '涂布',
        dimension: 'skill',
        updatedAt: '2000-01-01T00:00:00.000Z',
        updatedBy: 'mallory',
      });
      expect(made.statusCode).toBe(201);
      const created = await onlyChange(since, made.headers['x-request-id'] as string);
      expect(created).toMatchObject({ action: 'create', node: a, before: null });
      expect(created.after).toEqual(made.json().props);
      expect(created.after).toMatchObject({ updatedBy: 'admin' });
      expect(created.after!.updatedAt).not.toBe('2000-01-01T00:00:00.000Z');

      since = created.seq;
      const patched = await send('PATCH', url(a), { name_en: 'Coating' });
      expect(patched.statusCode).toBe(200);
      const updated = await onlyChange(since, patched.headers['x-request-id'] as string);
      expect(updated).toMatchObject({ action: 'update', node: a, before: created.after });
      expect(updated.after).toEqual(patched.json().props);

      since = updated.seq;
      const linked = await send('PUT', edgeUrl(occupation, a), { importance: 4 });
      expect(linked.statusCode).toBe(201);
      const edgeMade = await onlyChange(since, linked.headers['x-request-id'] as string);
      expect(edgeMade).toMatchObject({
        action: 'create',
        edge: { rel: 'REQUIRES', from: occupation, to: a },
        before: null,
        after: { importance: 4, updatedBy: 'admin' },
      });

      since = edgeMade.seq;
      const edgePatched = await send('PATCH', edgeUrl(occupation, a), { level: 3 });
      expect(edgePatched.statusCode).toBe(200);
      const edgeUpdated = await onlyChange(since, edgePatched.headers['x-request-id'] as string);
      expect(edgeUpdated).toMatchObject({ action: 'update', before: edgeMade.after });
      expect(edgeUpdated.after).toMatchObject({ importance: 4, level: 3 });

      since = edgeUpdated.seq;
      const unlinked = await send('DELETE', edgeUrl(occupation, a));
      expect(unlinked.statusCode).toBe(204);
      const edgeGone = await onlyChange(since, unlinked.headers['x-request-id'] as string);
      expect(edgeGone).toMatchObject({ action: 'remove', before: edgeUpdated.after, after: null });

      since = edgeGone.seq;
      const removed = await send('DELETE', url(a));
      expect(removed.statusCode).toBeLessThan(300);
      const gone = await onlyChange(since, removed.headers['x-request-id'] as string);
      expect(gone).toMatchObject({ action: 'remove', node: a, before: updated.after, after: null });
      expect(gone.relationships).toEqual([]);
    });

    it('lists a removed node’s relationships in relationship order, on either store', async () => {
      const f = skill('f');
      // Linked first from `occ-z`, then from `occ-a`: the order they were written is not the
      // order of their start nodes' keys.
      const [z, a] = ['z', 'a'].map((n): NodeRef => ({
        kind: 'Occupation',
        key: `${run}-occ-${n}`,
      }));
      keys.push(z!.key, a!.key);
      for (const o of [z!, a!])
        expect((await send('PUT', url(o), { name_zh: '职业' })).statusCode).toBe(201);
      expect((await send('PUT', url(f), { name_zh: '己', dimension: 'skill' })).statusCode).toBe(
        201,
      );
      for (const o of [z!, a!])
        expect((await send('PUT', edgeUrl(o, f), { importance: 3 })).statusCode).toBe(201);
      const since = await last();
      const removed = await send('DELETE', url(f));
      const gone = await onlyChange(since, removed.headers['x-request-id'] as string);
      expect(gone.relationships?.map((r) => [r.rel, r.from.key, r.to.key])).toEqual([
        ['REQUIRES', a!.key, f.key],
        ['REQUIRES', z!.key, f.key],
      ]);
    });

    it('records an import record by record, and a rejected import or write not at all', async () => {
      const [b, c] = [skill('b'), skill('c')];
      const since = await last();
      const imported = await app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
        body: ndjson([
          { type: 'node', ...b, props: { name_zh: '乙', dimension: 'skill' } },
          { type: 'node', ...c, props: { name_zh: '丙', dimension: 'skill' } },
          { type: 'edge', rel: 'REQUIRES', from: occupation, to: b, props: { importance: 2 } },
        ]),
      });
      expect(imported.statusCode).toBe(200);
      const changes = await changesAfter(since);
      expect(changes.map((ch) => [ch.action, ch.node?.key ?? ch.edge?.to.key])).toEqual([
        ['create', b.key],
        ['create', c.key],
        ['create', b.key],
      ]);
      const requestId = imported.headers['x-request-id'];
      for (const change of changes) expect(change.requestId).toBe(requestId);

      const after = changes.at(-1)!.seq;
      const rejected = await app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
        body: ndjson([
          { type: 'node', ...skill('d'), props: { name_zh: '丁', dimension: 'skill' } },
          {
            type: 'edge',
            rel: 'REQUIRES',
            from: occupation,
            to: { kind: 'Competency', key: `${run}-none` },
            props: {},
          },
        ]),
      });
      expect(rejected.statusCode).toBeGreaterThanOrEqual(400);
      const refused = await app.inject({ method: 'DELETE', url: url(b) });
      expect(refused.statusCode).toBe(401);
      expect(await changesAfter(after)).toEqual([]);
    });

    it('restores a removed node with its relationships, for administrators only', async () => {
      const e = skill('e');
      expect((await send('PUT', url(e), { name_zh: '戊', dimension: 'skill' })).statusCode).toBe(
        201,
      );
      expect((await send('PUT', edgeUrl(occupation, e), { importance: 5 })).statusCode).toBe(201);
      const before = (await store.getEdge({ rel: 'REQUIRES', from: occupation, to: e }))!;
      expect((await send('DELETE', url(e))).statusCode).toBeLessThan(300);
      expect(await store.getNode(e)).toBeNull();

      const restoreUrl = `${url(e)}/restore`;
      expect((await app.inject({ method: 'POST', url: restoreUrl })).statusCode).toBe(401);
      const since = await last();
      const restored = await app.inject({ method: 'POST', url: restoreUrl, headers: asAdmin });
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({
        node: { ...e, props: { name_zh: '戊' } },
        skipped: [],
      });
      expect(await store.getNode(e)).toMatchObject({
        props: { name_zh: '戊', dimension: 'skill' },
      });
      expect(
        (await store.getEdge({ rel: 'REQUIRES', from: occupation, to: e }))?.props,
      ).toMatchObject({ importance: before.props.importance });
      expect((await changesAfter(since)).map((ch) => ch.action)).toEqual(['create', 'create']);
      expect(
        (await app.inject({ method: 'POST', url: restoreUrl, headers: asAdmin })).statusCode,
      ).toBe(409);

      const history = await app.inject({ url: `${url(e)}/history`, headers: asAdmin });
      expect((history.json() as ChangeFeed).changes.map((ch) => ch.action)).toEqual([
        'create',
        'create',
        'remove',
        'create',
        'create',
      ]);
    });

    it('pages the feed with next, and refuses a since that is neither a number nor a time', async () => {
      const first = (
        await app.inject({ url: '/api/changes?limit=2', headers: asAdmin })
      ).json() as ChangeFeed;
      expect(first.changes).toHaveLength(2);
      const second = (
        await app.inject({ url: `/api/changes?limit=2&since=${first.next}`, headers: asAdmin })
      ).json() as ChangeFeed;
      expect(second.changes[0]!.seq).toBeGreaterThan(first.changes[1]!.seq);
      const today = new Date(Date.now() - 60_000).toISOString();
      const recent = (
        await app.inject({ url: `/api/changes?since=${today}&limit=1000`, headers: asAdmin })
      ).json() as ChangeFeed;
      expect(recent.changes.every((ch) => ch.at >= today)).toBe(true);
      expect(recent.changes.length).toBeGreaterThan(0);
      expect(
        (await app.inject({ url: '/api/changes?since=yesterday', headers: asAdmin })).statusCode,
      ).toBe(400);
    });
  });
}
