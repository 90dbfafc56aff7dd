/**
 * Private records never leak, one suite for both stores. The demo region plus private records of
 * one organisation — an enterprise in the chain with a posting, a competency an occupation
 * requires, a course a public program includes, a candidate and an expert — then every read route
 * of the OpenAPI document, asked about the private records and about their public neighbours:
 * - an outsider (an editor of another organisation) and an anonymous reader find the private
 *   keys and names in no answer, and get what a store without the private records answers —
 *   counts, coverage and rankings included;
 * - an administrator and a member of the organisation do find them (so the walk reaches them).
 * A read route added later must be added to the walk (a test checks every one is asked).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNames, type EdgeRef, type NodeRef } from '@chanjiao/graph-schema';
import type { GraphStore, WriteOp } from '../src/store/port.ts';
import { asAdmin } from './helpers.ts';

export interface VisibilityHarness {
  /** An app over a store holding the demo region (test admin token), and that store. */
  withPrivate(): Promise<{ app: FastifyInstance; store: GraphStore }>;
  /** An app over a store holding only the demo region, loaded with the same stamp. */
  demoOnly(): Promise<FastifyInstance>;
  /** Removes the private records (and anything else the suite added). */
  cleanup?(store: GraphStore, added: NodeRef[]): Promise<void>;
}

const secretOrg = 'secret-works';
const marker = 'zz-secret';
const secretName = '机密';
const chain = 'nev-power-battery-chain';

const hidden = { org: secretOrg, visibility: 'private' } as const;
const secret = {
  enterprise: { kind: 'Enterprise', key: `${marker}-cells` },
  posting: { kind: 'Posting', key: `${marker}-posting` },
  skill: { kind: 'Competency', key: `${marker}-skill` },
  course: { kind: 'Course', key: `${marker}-course` },
  candidate: { kind: 'Candidate', key: `${marker}-candidate` },
  expert: { kind: 'Expert', key: `${marker}-expert` },
  /** Written public first, with a relationship, then made private: its history goes with it. */
  later: { kind: 'Enterprise', key: `${marker}-later` },
} as const satisfies Record<string, NodeRef>;

const pub = {
  region: { kind: 'Region', key: '350902' },
  segment: { kind: 'Segment', key: 'cell-manufacturing' },
  occupation: { kind: 'Occupation', key: 'battery-cell-process-engineer' },
  competency: { kind: 'Competency', key: 'electrochemistry-fundamentals' },
  program: { kind: 'Program', key: 'ndvc-energy-storage-materials' },
  chain: { kind: 'Chain', key: chain },
} as const satisfies Record<string, NodeRef>;

const privateNodes: WriteOp[] = [
  [secret.enterprise, { name_zh: `${secretName}电芯厂`, scale: 'small' }],
  [secret.posting, { name_zh: `${secretName}岗位`, period: '2025', headcount: 40 }],
  [secret.skill, { name_zh: `${secretName}工艺`, dimension: 'skill' }],
  [secret.course, { name_zh: `${secretName}课程` }],
  [secret.candidate, { name_zh: `${secretName}求职者` }],
  [secret.expert, { name_zh: `${secretName}专家` }],
  [secret.later, { name_zh: `${secretName}后改`, scale: 'small' }],
].map(([ref, props]) => ({
  op: 'upsertNode' as const,
  node: { ...(ref as NodeRef), props: { ...(props as object), ...hidden } as never },
  mode: 'replace' as const,
}));

const privateEdges: EdgeRef[] = [
  { rel: 'LOCATED_IN', from: secret.enterprise, to: pub.region },
  { rel: 'OPERATES_IN', from: secret.enterprise, to: pub.segment },
  { rel: 'POSTED', from: secret.enterprise, to: secret.posting },
  { rel: 'FOR', from: secret.posting, to: pub.occupation },
  { rel: 'REQUIRES', from: secret.posting, to: pub.competency },
  { rel: 'REQUIRES', from: pub.occupation, to: secret.skill },
  { rel: 'TEACHES', from: secret.course, to: secret.skill },
  { rel: 'TEACHES', from: secret.course, to: pub.competency },
  { rel: 'INCLUDES', from: pub.program, to: secret.course },
  { rel: 'HAS_COMPETENCY', from: secret.candidate, to: pub.competency },
  { rel: 'HAS_COMPETENCY', from: secret.expert, to: pub.competency },
  { rel: 'SPECIALISES_IN', from: secret.expert, to: pub.chain },
];

const edgeProps: Partial<Record<string, object>> = {
  REQUIRES: { importance: 5, level: 4 },
  TEACHES: { level: 5 },
  HAS_COMPETENCY: { level: 5 },
};

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const nodeUrl = (r: NodeRef) => `/api/nodes/${r.kind}/${encodeURIComponent(r.key)}`;
const edgeUrl = (e: EdgeRef) =>
  `/api/edges/${e.rel}/${e.from.kind}/${encodeURIComponent(e.from.key)}/${e.to.kind}/${encodeURIComponent(e.to.key)}`;

/** Every read the walk makes: the private records and their public neighbours, through each route. */
function walk(changesSince = 0): string[] {
  const urls: string[] = [];
  for (const text of [secretName, marker, '电芯', 'engineer', 'cell'])
    for (const kind of [undefined, 'Enterprise', 'Competency', 'Expert'])
      urls.push(`/api/search?${q({ q: text, ...(kind && { kind }), limit: '50' })}`);
  // Listings (no text): their totals count only what the reader sees.
  for (const kind of ['Enterprise', 'Expert', 'Posting'])
    urls.push(`/api/search?${q({ q: '', kind, limit: '200' })}`);
  for (const r of [...Object.values(secret), ...Object.values(pub)]) {
    urls.push(nodeUrl(r));
    urls.push(`${nodeUrl(r)}/history`);
    for (const depth of ['1', '2'])
      urls.push(
        `/api/graph/neighbourhood?${q({ kind: r.kind, key: r.key, depth, limit: '2000' })}`,
      );
  }
  for (const e of privateEdges) urls.push(edgeUrl(e));
  urls.push(`/api/changes?${q({ since: String(changesSince), limit: '1000' })}`);
  for (const format of ['ndjson', 'graphml', 'gexf']) urls.push(`/api/export?format=${format}`);
  for (const demand of ['structural', 'postings'])
    for (const region of [undefined, '350900']) {
      const base = {
        chain,
        demand,
        ...(region && { region }),
        ...(demand === 'postings' && { period: '2025' }),
      };
      urls.push(`/api/analysis/talent-map?${q(base)}`);
      const suppliers: Record<string, string>[] = [
        { institution: 'ningde-demo-vocational-college' },
        { program: pub.program.key },
      ];
      for (const supplier of suppliers)
        urls.push(`/api/analysis/skill-gap?${q({ ...base, ...supplier })}`);
    }
  for (const region of ['350900', '350902'])
    urls.push(`/api/analysis/weak-links?${q({ chain, region })}`);
  urls.push(`/api/analysis/match/posting?${q({ posting: secret.posting.key })}`);
  urls.push(`/api/analysis/match/posting?${q({ posting: 'posting-2025-011', limit: '50' })}`);
  urls.push(`/api/analysis/match/candidate?${q({ candidate: secret.candidate.key })}`);
  urls.push(
    `/api/analysis/match/candidate?${q({ candidate: 'cand-0011', period: '2025', limit: '50' })}`,
  );
  urls.push(
    `/api/analysis/related/occupations?${q({ occupation: pub.occupation.key, limit: '50' })}`,
  );
  urls.push(`/api/analysis/related/segments?${q({ segment: pub.segment.key, limit: '50' })}`);
  urls.push(`/api/analysis/experts?${q({ competency: pub.competency.key, limit: '50' })}`);
  urls.push(`/api/analysis/experts?${q({ chain, limit: '50' })}`);
  for (const institution of ['ningde-demo-vocational-college', 'ningde-demo-university']) {
    urls.push(
      `/api/analysis/program-adjustment?${q({ institution, region: '350900', period: '2025' })}`,
    );
    urls.push(`/api/analysis/alignment?${q({ institution, chain })}`);
  }
  urls.push(`/api/analysis/overview?${q({ region: '350900' })}`);
  urls.push(`/api/analysis/trends?${q({ chain, region: '350900' })}`);
  urls.push(`/api/lists?${q({ chain, region: '350900', demand: 'postings' })}`);
  for (const list of listNames)
    urls.push(`/api/lists/${list}?${q({ chain, region: '350900', period: '2025' })}`);
  return urls;
}

/** GET routes the walk need not ask: no graph records in their answers, or whole-store counts. */
const notGraphReads = new Set([
  '/api/health',
  '/api/stats',
  '/api/schema',
  '/api/import-presets',
  '/api/import-jobs/{id}',
  '/api/import-jobs/{id}/events',
  '/api/auth/me',
  '/api/users',
  '/api/users/{username}',
  '/api/organisations',
  '/api/tokens',
]);

/**
 * An answer without the counts taken over the whole store (the store's statistics by kind): the
 * candidates, postings and experts a ranking `considered` and how many it `excluded`, and the region
 * overview's `counts.global`. These still count private records — never showing them — until the
 * adapters count within the reader's scope (README, "Private records"); everything else must match.
 */
function withoutStoreTotals(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const {
    considered: _considered,
    excluded: _excluded,
    excludedByRegion: _excludedByRegion,
    ...rest
  } = body as Record<string, unknown>;
  const counts = rest.counts as Record<string, unknown> | undefined;
  if (counts && 'global' in counts) {
    const { global: _global, ...local } = counts;
    return { ...rest, counts: local };
  }
  return rest;
}

/**
 * A change feed or history from the suite's start on, without the change numbers: a shared Neo4j
 * keeps the trail of the test files before this one (a trail is never rewritten), so each store's
 * answer is compared from its own last change before the private records were written.
 */
function fromStart(body: unknown, start: number): unknown {
  if (typeof body !== 'object' || body === null || !('changes' in body)) return body;
  const { changes } = body as { changes: { seq: number }[] };
  return {
    changes: changes.filter((c) => c.seq > start).map(({ seq: _seq, ...change }) => change),
  };
}

/** The number of the last change a store holds (0 when none). */
async function lastChange(page: (since: number) => Promise<{ seq: number }[]>): Promise<number> {
  let since = 0;
  for (;;) {
    const changes = await page(since);
    if (changes.length === 0) return since;
    since = changes.at(-1)!.seq;
  }
}

/** JSON with every object's keys sorted: stores may list a record's properties in any order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function describeVisibility(name: string, harness: VisibilityHarness): void {
  describe(`private records: ${name}`, () => {
    let app: FastifyInstance;
    let store: GraphStore;
    let reference: FastifyInstance;
    /** Where each store's change feed stood before the private records were written. */
    const start = { store: 0, reference: 0 };
    const who: Record<'member' | 'outsider', Record<string, string>> = {
      member: {},
      outsider: {},
    };

    async function token(username: string, organisations: string[]) {
      await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: asAdmin,
        payload: { username, role: 'editor', organisations },
      });
      const made = await app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: asAdmin,
        payload: { username, name: 'walk' },
      });
      return { authorization: `Bearer ${(made.json() as { token: string }).token}` };
    }

    beforeAll(async () => {
      ({ app, store } = await harness.withPrivate());
      reference = await harness.demoOnly();
      start.store = await lastChange((since) => store.changes({ since, limit: 1000 }));
      start.reference = await lastChange(
        async (since) =>
          (await reference.inject(`/api/changes?since=${since}&limit=1000`)).json().changes,
      );
      for (const key of [secretOrg, 'other-works'])
        await app.inject({
          method: 'POST',
          url: '/api/organisations',
          headers: asAdmin,
          payload: { key, name_zh: key, name_en: key },
        });
      who.member = await token('secret-member', [secretOrg]);
      who.outsider = await token('outsider', ['other-works']);
      // One record is public at first, with a relationship to a public region: the change feed
      // and histories show both until the next write makes it private.
      await store.write(
        [
          {
            op: 'upsertNode',
            node: { ...secret.later, props: { name_zh: `${secretName}后改`, org: secretOrg } },
            mode: 'replace',
          },
          {
            op: 'upsertEdge',
            edge: { rel: 'LOCATED_IN', from: secret.later, to: pub.region, props: {} },
            mode: 'replace',
          },
        ],
        { by: 'secret-member', at: '2026-01-01T12:00:00.000Z', requestId: 'public-first' },
      );
      // Written as their organisation's member would, so the audit trail holds them too.
      const stamp = { by: 'secret-member', at: '2026-01-02T00:00:00.000Z', requestId: 'walk' };
      await store.write(
        [
          ...privateNodes,
          ...privateEdges.map((e): WriteOp => ({
            op: 'upsertEdge',
            edge: { ...e, props: (edgeProps[e.rel] ?? {}) as never },
            mode: 'replace',
          })),
        ],
        stamp,
      );
    }, 300_000);

    afterAll(async () => {
      if (store) {
        if (harness.cleanup) await harness.cleanup(store, Object.values(secret));
        else
          await store.write(
            Object.values(secret).map((ref) => ({ op: 'removeNode' as const, ref })),
          );
      }
      await app?.close();
      await reference?.close();
    });

    const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });
    const leaks = (body: string) => body.includes(marker) || body.includes(secretName);

    it('asks every read route of the API', async () => {
      const spec = (await app.inject('/docs/json')).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      const reads = Object.entries(spec.paths)
        .filter(([path, methods]) => path.startsWith('/api/') && 'get' in methods)
        .map(([path]) => path)
        .filter((path) => !notGraphReads.has(path));
      const asked = walk().map((url) => url.split('?')[0]!);
      const pattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      expect(reads.filter((path) => !asked.some((url) => pattern(path).test(url)))).toEqual([]);
    });

    it('shows them to an administrator and to their organisation', async () => {
      const seen: string[] = [];
      for (const url of walk(start.store)) {
        const res = await get(url, asAdmin);
        if (leaks(res.body)) seen.push(url.split('?')[0]!);
      }
      // Search, details, relationships, neighbourhoods, export and the analyses that list people,
      // competencies or courses reach them.
      for (const route of [
        '/api/search',
        `/api/nodes/Enterprise/${secret.enterprise.key}`,
        '/api/graph/neighbourhood',
        '/api/export',
        '/api/analysis/talent-map',
        '/api/analysis/skill-gap',
        '/api/analysis/match/posting',
        '/api/analysis/experts',
        '/api/changes',
        `/api/nodes/Enterprise/${secret.enterprise.key}/history`,
        '/api/nodes/Competency/electrochemistry-fundamentals/history',
      ])
        expect(seen, route).toContain(route);
      const search = await get(`/api/search?${q({ q: secretName })}`, who.member);
      expect(search.json().hits.map((h: { key: string }) => h.key)).toContain(
        secret.enterprise.key,
      );
      expect((await get(nodeUrl(secret.expert), who.member)).statusCode).toBe(200);
    });

    for (const caller of ['outsider', 'anonymous'] as const)
      it(`never shows them to ${caller === 'outsider' ? 'another organisation' : 'an anonymous reader'}`, async () => {
        const leaked: string[] = [];
        const differ: string[] = [];
        for (const url of walk(start.store)) {
          const res = await get(url, caller === 'outsider' ? who.outsider : {});
          // A refusal may repeat the key the caller asked for; it must be the refusal a store
          // without the record gives (compared below).
          if (res.statusCode < 300 && leaks(res.body)) leaked.push(url);
          const without = await reference.inject(
            url.startsWith('/api/changes?')
              ? url.replace(`since=${start.store}&`, `since=${start.reference}&`)
              : url,
          );
          const same =
            res.statusCode === without.statusCode &&
            (res.headers['content-type']?.toString().startsWith('application/json')
              ? canonical(withoutStoreTotals(fromStart(res.json(), start.store))) ===
                canonical(withoutStoreTotals(fromStart(without.json(), start.reference)))
              : res.body === without.body);
          if (!same) differ.push(`${url}: ${res.statusCode} vs ${without.statusCode}`);
        }
        expect(leaked).toEqual([]);
        expect(differ).toEqual([]);
        // The private records themselves are as absent as unknown ones.
        for (const ref of Object.values(secret))
          expect(
            (await get(nodeUrl(ref), caller === 'outsider' ? who.outsider : {})).statusCode,
          ).toBe(404);
      });

    // Last: it leaves public changes behind, which the comparisons above must not meet.
    it('shows a record’s earlier changes once it moves to the reader’s organisation or is made public', async () => {
      const ref: NodeRef = { kind: 'Enterprise', key: 'opened-later-works' };
      const write = (org: string, visibility: 'private' | 'public', requestId: string) =>
        store.write(
          [
            {
              op: 'upsertNode',
              node: { ...ref, props: { name_zh: '后来公开', org, visibility } },
              mode: 'replace',
            },
            {
              op: 'upsertEdge',
              edge: { rel: 'LOCATED_IN', from: ref, to: pub.region, props: {} },
              mode: 'replace',
            },
          ],
          { by: 'admin', at: '2026-01-03T00:00:00.000Z', requestId },
        );
      const history = async (headers: Record<string, string>) =>
        (
          (await get(`${nodeUrl(ref)}/history?limit=100`, headers)).json() as {
            changes: { requestId: string; edge?: unknown }[];
          }
        ).changes.map((c) => `${c.requestId}${c.edge ? ':edge' : ''}`);
      const regionFeed = async (headers: Record<string, string>) =>
        (
          (await get(`${nodeUrl(pub.region)}/history?limit=1000`, headers)).json() as {
            changes: { requestId: string }[];
          }
        ).changes.filter((c) => c.requestId === 'private-first').length;
      await write(secretOrg, 'private', 'private-first');
      expect(await history(who.outsider)).toEqual([]);
      expect(await regionFeed(who.outsider)).toBe(0);
      // Moved to the outsider's organisation, still private: its members see it all.
      await write('other-works', 'private', 'moved');
      const all = ['private-first', 'private-first:edge', 'moved', 'moved:edge'];
      expect(await history(who.outsider)).toEqual(all);
      expect(await history(who.member)).toEqual([]);
      expect(await history({})).toEqual([]);
      expect(await regionFeed(who.outsider)).toBe(1);
      // Public: everyone sees its whole history (the earlier changes' properties included).
      await write('other-works', 'public', 'opened');
      const opened = [...all, 'opened', 'opened:edge'];
      expect(await history({})).toEqual(opened);
      expect(await history(who.member)).toEqual(opened);
      expect(await regionFeed({})).toBe(1);
      await store.write([{ op: 'removeNode', ref }]);
    });
  });
}
