/**
 * Private records of a schema extension's kind, and extension properties on private records, are
 * hidden like built-in ones — one scenario for both stores (schema-extension.test.ts and
 * schema-extension.int.test.ts run it). Under the test extension (a `Fund` kind invests in
 * enterprises; `exchange`, `listedOn` and `shortName` on Enterprise) an organisation imports a
 * private fund investing in a public enterprise, and a private listed enterprise a public fund
 * invests in. An anonymous reader and an editor of another organisation find neither — in search,
 * details, relationships, neighbourhoods, every export, the change feed and histories — while an
 * administrator and the organisation's member do (so the reads reach them).
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { asAdmin, ndjson } from './helpers.ts';

const org = 'fund-house';
/** Text only the private records carry: no answer to an outsider may contain it. */
const secretText = '隐秘';

function records(prefix: string): unknown[] {
  const invented = 'invented for the extension visibility test';
  const hidden = { org, visibility: 'private' };
  return [
    { type: 'node', kind: 'Region', key: '350900', props: { name_zh: '宁德市', level: 'city' } },
    {
      type: 'node',
      kind: 'Fund',
      key: `${prefix}-pvt-fund`,
      props: { name_zh: `${secretText}产业基金`, sizeCny: 1_000_000, source: invented, ...hidden },
    },
    {
      type: 'node',
      kind: 'Enterprise',
      key: `${prefix}-pub-ent`,
      props: { name_zh: '公开电池公司', scale: 'large', source: invented },
    },
    {
      type: 'node',
      kind: 'Enterprise',
      key: `${prefix}-pvt-ent`,
      props: {
        name_zh: `${secretText}上市公司`,
        exchange: 'SSE',
        listedOn: '2020-01-02',
        shortName: `${secretText}简称`,
        source: invented,
        ...hidden,
      },
    },
    {
      type: 'node',
      kind: 'Fund',
      key: `${prefix}-pub-fund`,
      props: { name_zh: '公开引导基金', vintage: 2020, source: invented },
    },
    {
      type: 'edge',
      rel: 'INVESTS_IN',
      from: { kind: 'Fund', key: `${prefix}-pvt-fund` },
      to: { kind: 'Enterprise', key: `${prefix}-pub-ent` },
      props: { amountCny: 777_000, since: 2023 },
    },
    {
      type: 'edge',
      rel: 'INVESTS_IN',
      from: { kind: 'Fund', key: `${prefix}-pub-fund` },
      to: { kind: 'Enterprise', key: `${prefix}-pvt-ent` },
      props: { amountCny: 888_000, since: 2024 },
    },
    {
      type: 'edge',
      rel: 'LOCATED_IN',
      from: { kind: 'Fund', key: `${prefix}-pvt-fund` },
      to: { kind: 'Region', key: '350900' },
    },
  ];
}

async function tokenFor(app: FastifyInstance, username: string, organisations: string[]) {
  const user = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: asAdmin,
    payload: { username, role: 'editor', organisations },
  });
  expect(user.statusCode, user.body).toBeLessThan(300);
  const made = await app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: asAdmin,
    payload: { username, name: 'extension-visibility' },
  });
  return { authorization: `Bearer ${(made.json() as { token: string }).token}` };
}

/** Imports the private extension records and checks who sees them where. */
export async function extensionVisibility(app: FastifyInstance, prefix: string): Promise<void> {
  for (const key of [org, 'other-house'])
    await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: asAdmin,
      payload: { key, name_zh: key, name_en: key },
    });
  const member = await tokenFor(app, `${prefix}-member`, [org]);
  const outsider = await tokenFor(app, `${prefix}-outsider`, ['other-house']);
  // The feed is read from the last change before the import (a shared Neo4j holds earlier ones).
  let since = 0;
  for (;;) {
    const page = await app.inject({
      url: `/api/changes?limit=1000&since=${since}`,
      headers: asAdmin,
    });
    const changes = (page.json() as { changes: { seq: number }[] }).changes;
    if (changes.length === 0) break;
    since = changes.at(-1)!.seq;
  }
  const imported = await app.inject({
    method: 'POST',
    url: '/api/import',
    headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
    body: ndjson(records(prefix)),
  });
  expect(imported.statusCode, imported.body).toBe(200);

  const node = (kind: string, key: string) => `/api/nodes/${kind}/${key}`;
  const neighbourhood = (kind: string, key: string) =>
    `/api/graph/neighbourhood?kind=${kind}&key=${key}&depth=2&limit=2000`;
  const reads = [
    `/api/search?q=${encodeURIComponent(secretText)}&limit=50`,
    `/api/search?q=${encodeURIComponent(secretText)}&kind=Fund&limit=50`,
    `/api/search?q=${encodeURIComponent(secretText)}&kind=Enterprise&limit=50`,
    `/api/search?q=&kind=Enterprise&limit=200`,
    `/api/search?q=&kind=Fund&limit=200`,
    node('Fund', `${prefix}-pvt-fund`),
    node('Enterprise', `${prefix}-pvt-ent`),
    node('Enterprise', `${prefix}-pub-ent`),
    node('Fund', `${prefix}-pub-fund`),
    `/api/edges/INVESTS_IN/Fund/${prefix}-pvt-fund/Enterprise/${prefix}-pub-ent`,
    `/api/edges/INVESTS_IN/Fund/${prefix}-pub-fund/Enterprise/${prefix}-pvt-ent`,
    neighbourhood('Enterprise', `${prefix}-pub-ent`),
    neighbourhood('Fund', `${prefix}-pub-fund`),
    neighbourhood('Region', '350900'),
    `${node('Enterprise', `${prefix}-pub-ent`)}/history`,
    `${node('Fund', `${prefix}-pub-fund`)}/history`,
    `${node('Fund', `${prefix}-pvt-fund`)}/history`,
    `/api/changes?since=${since}&limit=1000`,
    '/api/export?format=ndjson',
    '/api/export?format=graphml',
    '/api/export?format=gexf',
  ];
  // Values only the private records and their relationships carry.
  const secrets = [secretText, `${prefix}-pvt-`, '777000', '888000', '2020-01-02'];
  const leaks = (body: string) => secrets.filter((s) => body.includes(s));

  const seen = new Set<string>();
  for (const headers of [asAdmin, member])
    for (const url of reads) {
      const res = await app.inject({ url, headers });
      if (res.statusCode === 200 && leaks(res.body).length > 0) seen.add(url);
    }
  // Every read reaches the private records for those allowed to see them.
  expect(reads.filter((url) => !seen.has(url))).toEqual([]);

  for (const [who, headers] of [
    ['anonymous', {}],
    ['outsider', outsider],
  ] as const) {
    const leaked: string[] = [];
    for (const url of reads) {
      const res = await app.inject({ url, headers });
      const found = leaks(res.body);
      if (res.statusCode < 300 && found.length > 0) leaked.push(`${url}: ${found.join(', ')}`);
    }
    expect(leaked, who).toEqual([]);
    for (const [kind, key] of [
      ['Fund', `${prefix}-pvt-fund`],
      ['Enterprise', `${prefix}-pvt-ent`],
    ] as const)
      expect((await app.inject({ url: node(kind, key), headers })).statusCode, who).toBe(404);
    // The public records and their public relationships are all there.
    const pub = (await app.inject({ url: node('Fund', `${prefix}-pub-fund`), headers })).json();
    expect(pub.props.vintage).toBe(2020);
    expect(pub.relationships).toEqual([]);
  }
}
