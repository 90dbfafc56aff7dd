/**
 * Ownership and server-set provenance through the API, one suite for both stores: the server sets
 * `updatedAt`, `updatedBy` and `org` on every write (single changes, imports) and ignores a
 * client's values for them; an editor's new records are their organisation's (`?org=` chooses among
 * several); editors change and delete only their organisations' records (403 `NOT_OWNER` naming the
 * record and its organisation), administrators everything; a relationship is part of its start
 * node; an import that touches another organisation's record writes nothing — also when the
 * refusal comes in a later chunk of a bulk session. Keys are per run; the suite removes its nodes.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeKind, NodeRef } from '@chanjiao/graph-schema';
import type { GraphStore } from '../src/store/port.ts';
import { asAdmin, ndjson } from './helpers.ts';

export interface OwnershipHarness {
  /** An app over the store, with the test administrator token; closed by the suite. */
  open(): Promise<{ app: FastifyInstance; store: GraphStore }>;
}

const runId = `own${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const json = { 'content-type': 'application/json' };

export function describeOwnership(name: string, harness: OwnershipHarness): void {
  describe(`ownership and provenance: ${name}`, () => {
    let app: FastifyInstance;
    let store: GraphStore;
    const tokens: Record<string, Record<string, string>> = {};
    const touched = new Map<string, NodeRef>();
    const ref = (kind: NodeKind, key: string): NodeRef => {
      const r = { kind, key: `${runId}-${key}` };
      touched.set(`${kind}:${r.key}`, r);
      return r;
    };
    const url = (r: NodeRef, query = '') => `/api/nodes/${r.kind}/${r.key}${query}`;
    const competency = (name_zh: string, extra: Record<string, unknown> = {}) => ({
      props: { name_zh, dimension: 'skill', ...extra },
    });

    async function user(username: string, role: string, organisations: string[]) {
      const made = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: asAdmin,
        payload: { username, role, organisations },
      });
      expect(made.statusCode, made.body).toBe(201);
      const token = await app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: asAdmin,
        payload: { username, name: 'test' },
      });
      tokens[username] = { authorization: `Bearer ${(token.json() as { token: string }).token}` };
    }

    const put = (who: Record<string, string>, r: NodeRef, body: object, query = '') =>
      app.inject({
        method: 'PUT',
        url: url(r, query),
        headers: { ...who, ...json },
        payload: body,
      });
    const patch = (who: Record<string, string>, r: NodeRef, props: object, query = '') =>
      app.inject({
        method: 'PATCH',
        url: url(r, query),
        headers: { ...who, ...json },
        payload: { props },
      });
    const remove = (who: Record<string, string>, r: NodeRef) =>
      app.inject({ method: 'DELETE', url: url(r), headers: who });
    const edgeUrl = (rel: string, from: NodeRef, to: NodeRef) =>
      `/api/edges/${rel}/${from.kind}/${from.key}/${to.kind}/${to.key}`;
    const importBody = (who: Record<string, string>, records: unknown[], query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/import${query}`,
        headers: { ...who, 'content-type': 'application/x-ndjson' },
        body: ndjson(records),
      });
    const stored = async (r: NodeRef) => (await store.getNode(r))?.props;

    beforeAll(async () => {
      ({ app, store } = await harness.open());
      for (const [key, zh] of [
        ['college', '宁德职业技术学院'],
        ['enterprise', '宁德电池企业'],
      ])
        await app.inject({
          method: 'POST',
          url: '/api/organisations',
          headers: asAdmin,
          payload: { key, name_zh: zh, name_en: key },
        });
      await user(`${runId}-c`, 'editor', ['college']);
      await user(`${runId}-b`, 'editor', ['college', 'enterprise']);
      await user(`${runId}-n`, 'editor', []);
    });

    afterAll(async () => {
      if (touched.size)
        await store.write(
          [...touched.values()].map((r) => ({ op: 'removeNode' as const, ref: r })),
        );
      await app?.close();
    });

    const college = () => tokens[`${runId}-c`]!;
    const both = () => tokens[`${runId}-b`]!;
    const none = () => tokens[`${runId}-n`]!;

    it('sets updatedAt, updatedBy and org itself; what a client sends for them is ignored', async () => {
      const before = new Date().toISOString();
      const r = ref('Competency', 'stamped');
      const made = await put(
        college(),
        r,
        competency('涂布', {
          updatedAt: '2000-01-01T00:00:00.000Z',
          updatedBy: 'mallory',
          org: 'enterprise',
        }),
      );
      expect(made.statusCode, made.body).toBe(201);
      const props = made.json().props as Record<string, string>;
      expect(props).toMatchObject({ updatedBy: `${runId}-c`, org: 'college' });
      expect(props.updatedAt! >= before).toBe(true);
      expect(await stored(r)).toEqual(props);

      const changed = await patch(college(), r, {
        name_en: 'Coating',
        updatedAt: '2000-01-01T00:00:00.000Z',
        updatedBy: null,
        org: null,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      const after = changed.json().props as Record<string, string>;
      expect(after).toMatchObject({ name_en: 'Coating', updatedBy: `${runId}-c`, org: 'college' });
      expect(after.updatedAt! >= props.updatedAt!).toBe(true);

      const course = ref('Course', 'stamped-course');
      expect((await put(college(), course, { props: { name_zh: '涂布工艺' } })).statusCode).toBe(
        201,
      );
      const edge = await app.inject({
        method: 'PUT',
        url: edgeUrl('TEACHES', course, r),
        headers: { ...college(), ...json },
        payload: { props: { level: 3, updatedAt: '2000-01-01T00:00:00.000Z', updatedBy: 'x' } },
      });
      expect(edge.statusCode, edge.body).toBe(201);
      expect(edge.json().props).toMatchObject({ level: 3, updatedBy: `${runId}-c` });
      expect(edge.json().props.updatedAt).not.toBe('2000-01-01T00:00:00.000Z');
    });

    it('stamps every record of an import with the importer and one server time', async () => {
      const a = ref('Competency', 'imported-a');
      const b = ref('Competency', 'imported-b');
      const o = ref('Occupation', 'imported-o');
      const res = await importBody(college(), [
        {
          type: 'node',
          ...a,
          props: { name_zh: '甲', dimension: 'skill', updatedAt: '2000-01-01T00:00:00Z' },
        },
        { type: 'node', ...b, props: { name_zh: '乙', dimension: 'skill', updatedBy: 'mallory' } },
        { type: 'node', ...o, props: { name_zh: '职业', org: 'enterprise' } },
        { type: 'edge', rel: 'REQUIRES', from: o, to: a, props: { importance: 4 } },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const stamps = await Promise.all([a, b, o].map(stored));
      for (const props of stamps)
        expect(props).toMatchObject({ updatedBy: `${runId}-c`, org: 'college' });
      expect(new Set(stamps.map((p) => p!.updatedAt)).size).toBe(1);
      expect(stamps[0]!.updatedAt).not.toBe('2000-01-01T00:00:00Z');
      const edge = await store.getEdge({ rel: 'REQUIRES', from: o, to: a });
      expect(edge?.props).toMatchObject({
        updatedBy: `${runId}-c`,
        updatedAt: stamps[0]!.updatedAt,
      });
    });

    it('an editor of several organisations names one with ?org= when a record is created', async () => {
      const r = ref('Competency', 'chosen');
      const unnamed = await put(both(), r, competency('选'));
      expect(unnamed.statusCode).toBe(400);
      expect(unnamed.json()).toMatchObject({ code: 'ORGANISATION_REQUIRED' });
      expect(unnamed.json().message).toMatch(/college, enterprise/);
      expect(await stored(r)).toBeUndefined();
      const notTheirs = await put(both(), r, competency('选'), '?org=elsewhere');
      expect(notTheirs.statusCode).toBe(403);
      expect(notTheirs.json().code).toBe('NO_ORGANISATION');
      const named = await put(both(), r, competency('选'), '?org=enterprise');
      expect(named.statusCode, named.body).toBe(201);
      expect((await stored(r))?.org).toBe('enterprise');
      // Changing a record creates nothing: no organisation to name.
      const changed = await patch(both(), r, { name_en: 'Chosen' });
      expect(changed.statusCode, changed.body).toBe(200);
      expect((await stored(r))?.org).toBe('enterprise');
    });

    it('an editor who belongs to no organisation writes nothing', async () => {
      const r = ref('Competency', 'orphan');
      const res = await put(none(), r, competency('无'));
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('NO_ORGANISATION');
      expect(await stored(r)).toBeUndefined();
    });

    it('editors change and delete only their organisations’ records; admins everything', async () => {
      const theirs = ref('Competency', 'enterprise-owned');
      const shared = ref('Competency', 'consortium-owned');
      expect((await put(asAdmin, theirs, competency('企业的'), '?org=enterprise')).statusCode).toBe(
        201,
      );
      expect((await put(asAdmin, shared, competency('联合体的'))).statusCode).toBe(201);
      expect((await stored(theirs))?.org).toBe('enterprise');
      expect((await stored(shared))?.org).toBeUndefined();
      const unknownOrg = await put(
        asAdmin,
        ref('Competency', 'x'),
        competency('x'),
        '?org=nowhere',
      );
      expect(unknownOrg.statusCode).toBe(400);

      for (const attempt of [
        () => put(college(), theirs, competency('改')),
        () => patch(college(), theirs, { name_en: 'changed' }),
        () => remove(college(), theirs),
      ]) {
        const res = await attempt();
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({
          code: 'NOT_OWNER',
          details: [{ record: `Competency:${theirs.key}`, organisation: 'enterprise' }],
        });
        expect(res.json().message).toContain(`Competency:${theirs.key}`);
        expect(res.json().message).toContain('enterprise');
      }
      expect(await stored(theirs)).toMatchObject({ name_zh: '企业的', updatedBy: 'admin' });

      const onShared = await patch(college(), shared, { name_en: 'changed' });
      expect(onShared.statusCode).toBe(403);
      expect(onShared.json()).toMatchObject({
        code: 'NOT_OWNER',
        details: [{ record: `Competency:${shared.key}`, organisation: null }],
      });
      expect(onShared.json().message).toMatch(/no organisation; only administrators change it/);

      // A member of the organisation may; an administrator may, and the record keeps its owner.
      expect((await patch(both(), theirs, { name_en: 'by a member' })).statusCode).toBe(200);
      const byAdmin = await put(asAdmin, theirs, competency('管理员改'), '?org=college');
      expect(byAdmin.statusCode).toBe(200);
      expect(await stored(theirs)).toMatchObject({
        name_zh: '管理员改',
        org: 'enterprise',
        updatedBy: 'admin',
      });
      expect((await remove(both(), theirs)).statusCode).toBe(200);
      expect(await stored(theirs)).toBeUndefined();
    });

    it('a relationship is part of its start node', async () => {
      const course = ref('Course', 'college-course');
      const skill = ref('Competency', 'enterprise-skill');
      const job = ref('Occupation', 'enterprise-job');
      expect((await put(college(), course, { props: { name_zh: '课程' } })).statusCode).toBe(201);
      expect((await put(asAdmin, skill, competency('能力'), '?org=enterprise')).statusCode).toBe(
        201,
      );
      expect(
        (await put(asAdmin, job, { props: { name_zh: '岗位' } }, '?org=enterprise')).statusCode,
      ).toBe(201);
      const edge = (method: string, rel: string, from: NodeRef, to: NodeRef, props?: object) =>
        app.inject({
          method,
          url: edgeUrl(rel, from, to),
          headers: { ...college(), ...(props && json) },
          ...(props && { payload: { props } }),
        });
      // From the college's course to the enterprise's competency: the college's to make.
      expect((await edge('PUT', 'TEACHES', course, skill, { level: 2 })).statusCode).toBe(201);
      expect((await edge('PATCH', 'TEACHES', course, skill, { level: 3 })).statusCode).toBe(200);
      // From the enterprise's occupation: not the college's, whichever way.
      const refused = await edge('PUT', 'REQUIRES', job, skill, { importance: 3 });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        code: 'NOT_OWNER',
        details: [{ record: `Occupation:${job.key}`, organisation: 'enterprise' }],
      });
      expect(await store.getEdge({ rel: 'REQUIRES', from: job, to: skill })).toBeNull();
      const byAdmin = await app.inject({
        method: 'PUT',
        url: edgeUrl('REQUIRES', job, skill),
        headers: { ...asAdmin, ...json },
        payload: { props: { importance: 3 } },
      });
      expect(byAdmin.statusCode).toBe(201);
      for (const method of ['PATCH', 'DELETE'] as const) {
        const res = await edge(
          method,
          'REQUIRES',
          job,
          skill,
          method === 'PATCH' ? { importance: 1 } : undefined,
        );
        expect(res.statusCode, method).toBe(403);
      }
      expect((await store.getEdge({ rel: 'REQUIRES', from: job, to: skill }))?.props).toMatchObject(
        { importance: 3 },
      );
      expect((await edge('DELETE', 'TEACHES', course, skill)).statusCode).toBe(204);
    });

    it('an import that touches another organisation’s record writes nothing', async () => {
      const theirs = ref('Competency', 'import-target');
      expect((await put(asAdmin, theirs, competency('目标'), '?org=enterprise')).statusCode).toBe(
        201,
      );
      // More new records than one chunk of a request body (2,000), the refusal at the end: the
      // chunks written before it are undone.
      const fresh = Array.from({ length: 2500 }, (_, i) => ref('Competency', `bulk-${i}`));
      const res = await importBody(college(), [
        ...fresh.map((r) => ({ type: 'node', ...r, props: { name_zh: '新', dimension: 'skill' } })),
        { type: 'node', ...theirs, props: { name_zh: '覆盖', dimension: 'skill' } },
      ]);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'NOT_OWNER',
        details: [{ record: `Competency:${theirs.key}`, organisation: 'enterprise' }],
      });
      expect(await stored(theirs)).toMatchObject({ name_zh: '目标' });
      expect(await store.getNodes([fresh[0]!, fresh[2499]!])).toEqual([]);

      // A relationship from another organisation's node is refused the same way.
      const mine = ref('Course', 'import-course');
      const job = ref('Occupation', 'import-job');
      expect(
        (await put(asAdmin, job, { props: { name_zh: '岗' } }, '?org=enterprise')).statusCode,
      ).toBe(201);
      const edges = await importBody(college(), [
        { type: 'node', ...mine, props: { name_zh: '课' } },
        { type: 'edge', rel: 'REQUIRES', from: job, to: theirs, props: { importance: 2 } },
      ]);
      expect(edges.statusCode).toBe(403);
      expect(await stored(mine)).toBeUndefined();
    });
  });
}
