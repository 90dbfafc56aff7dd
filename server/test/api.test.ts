/**
 * The HTTP API through `app.inject()`: anchors, import (good and bad input), single-item writes,
 * search, neighbourhoods, exports, OpenAPI and the error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { asAdmin, buildTestApp, ndjson, tempDir, testConfig } from './helpers.ts';

const chainRecords = [
  {
    type: 'node',
    kind: 'Chain',
    key: 'battery',
    props: { name_zh: '动力电池产业链', name_en: 'Power battery chain' },
  },
  {
    type: 'node',
    kind: 'Segment',
    key: 'cathode',
    props: { name_zh: '正极材料', name_en: 'Cathode materials', position: 'upstream', order: 1 },
  },
  {
    type: 'node',
    kind: 'Segment',
    key: 'cells',
    props: { name_zh: '电芯制造', name_en: 'Cell manufacturing', position: 'midstream', order: 2 },
  },
  {
    type: 'node',
    kind: 'Occupation',
    key: 'cell-tech',
    props: { name_zh: '电池制造工', name_en: 'Battery cell technician' },
  },
  {
    type: 'node',
    kind: 'Competency',
    key: 'coating',
    props: { name_zh: '极片涂布', name_en: 'Electrode coating', dimension: 'skill' },
  },
  {
    type: 'edge',
    rel: 'PART_OF',
    from: { kind: 'Segment', key: 'cathode' },
    to: { kind: 'Chain', key: 'battery' },
  },
  {
    type: 'edge',
    rel: 'PART_OF',
    from: { kind: 'Segment', key: 'cells' },
    to: { kind: 'Chain', key: 'battery' },
  },
  {
    type: 'edge',
    rel: 'UPSTREAM_OF',
    from: { kind: 'Segment', key: 'cathode' },
    to: { kind: 'Segment', key: 'cells' },
    props: { share: 0.4 },
  },
  {
    type: 'edge',
    rel: 'EMPLOYS',
    from: { kind: 'Segment', key: 'cells' },
    to: { kind: 'Occupation', key: 'cell-tech' },
    props: { demand: 120 },
  },
  {
    type: 'edge',
    rel: 'REQUIRES',
    from: { kind: 'Occupation', key: 'cell-tech' },
    to: { kind: 'Competency', key: 'coating' },
    props: { importance: 4, level: 3, essential: true },
  },
];

let app: FastifyInstance;

async function importText(body: string, query = '') {
  return app.inject({
    method: 'POST',
    url: `/api/import${query}`,
    headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
    body,
  });
}

async function counts() {
  const { nodes, edges } = (await app.inject('/api/health')).json() as {
    nodes: number;
    edges: number;
  };
  return { nodes, edges };
}

beforeEach(async () => {
  ({ app } = await buildTestApp());
});
afterEach(async () => {
  await app.close();
});

describe('system', () => {
  it('answers health with the store and counts, loading until the store is ready', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ store: 'embedded', nodes: 0, edges: 0 });
    expect(['ok', 'loading']).toContain(res.json().status);
    let status = res.json().status as string;
    for (let tries = 0; status !== 'ok' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = (await app.inject('/api/health')).json().status as string;
    }
    expect(status).toBe('ok');
  });

  it('serves the schema with kinds, relationships, names and colours', async () => {
    const res = await app.inject('/api/schema');
    const schema = res.json() as {
      kinds: { kind: string; zh: string; colour: string }[];
      relationships: { rel: string; pairs: string[][] }[];
    };
    expect(schema.kinds.find((k) => k.kind === 'Competency')).toMatchObject({
      zh: '能力要素',
      colour: expect.stringMatching(/^#/),
    });
    expect(schema.relationships.find((r) => r.rel === 'REQUIRES')?.pairs).toContainEqual([
      'Occupation',
      'Competency',
    ]);
  });

  it('documents the API as OpenAPI 3 at /docs/json and serves the browsable docs at /docs', async () => {
    const spec = (await app.inject('/docs/json')).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/health',
      '/api/import',
      '/api/nodes/{kind}/{key}',
      '/api/search',
      '/api/graph/neighbourhood',
      '/api/export',
    ])
      expect(Object.keys(spec.paths)).toContain(p);
    const ui = await app.inject('/docs');
    expect([200, 302]).toContain(ui.statusCode);
  });
});

describe('import', () => {
  it('imports NDJSON and reports created, then updated on a second run', async () => {
    const first = await importText(ndjson(chainRecords));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      dryRun: false,
      records: 10,
      counts: { nodesCreated: 5, nodesUpdated: 0, edgesCreated: 5, edgesUpdated: 0 },
    });
    const second = await importText(ndjson(chainRecords));
    expect(second.json().counts).toEqual({
      nodesCreated: 0,
      nodesUpdated: 5,
      edgesCreated: 0,
      edgesUpdated: 5,
    });
    expect(await counts()).toMatchObject({ nodes: 5, edges: 5 });
    const node = (await app.inject('/api/nodes/Segment/cells')).json();
    expect(node.props.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('validates without writing on dryRun=true', async () => {
    const res = await importText(ndjson(chainRecords), '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      counts: { nodesCreated: 5, edgesCreated: 5 },
    });
    expect(await counts()).toMatchObject({ nodes: 0, edges: 0 });
  });

  it('treats repeated records in one import as an upsert where the last wins', async () => {
    const res = await importText(
      ndjson([
        {
          type: 'node',
          kind: 'Competency',
          key: 'c',
          props: { name_zh: '旧名', dimension: 'skill', description: '保留' },
        },
        {
          type: 'node',
          kind: 'Competency',
          key: 'c',
          props: { name_zh: '新名', dimension: 'knowledge' },
        },
      ]),
    );
    expect(res.json().counts).toMatchObject({ nodesCreated: 1, nodesUpdated: 0 });
    const node = (await app.inject('/api/nodes/Competency/c')).json();
    expect(node.props).toMatchObject({
      name_zh: '新名',
      dimension: 'knowledge',
      description: '保留',
    });
  });

  const bad: [string, unknown[] | string, { line: number; field: string; message: RegExp }][] = [
    [
      'malformed JSON',
      '{"type":"node","kind":"Chain","key":"x","props":{"name_zh":"x"}}\n{"type": "node", kind:}\n',
      { line: 2, field: '', message: /malformed JSON/ },
    ],
    [
      'an unknown kind',
      [{ type: 'node', kind: 'Factory', key: 'f', props: { name_zh: 'f' } }],
      { line: 1, field: 'kind', message: /unknown kind "Factory"/ },
    ],
    [
      'an unknown relationship type',
      [
        ...chainRecords.slice(0, 2),
        {
          type: 'edge',
          rel: 'SUPPLIES',
          from: { kind: 'Segment', key: 'cathode' },
          to: { kind: 'Chain', key: 'battery' },
        },
      ],
      { line: 3, field: 'rel', message: /unknown relationship type "SUPPLIES"/ },
    ],
    [
      'a missing key',
      [{ type: 'node', kind: 'Chain', props: { name_zh: 'x' } }],
      { line: 1, field: 'key', message: /required/ },
    ],
    [
      'a property of the wrong type',
      [
        {
          type: 'node',
          kind: 'Segment',
          key: 's',
          props: { name_zh: 's', position: 'upstream', order: 'first' },
        },
      ],
      { line: 1, field: 'props.order', message: /number/ },
    ],
    [
      'an unknown property',
      [{ type: 'node', kind: 'Chain', key: 'c', props: { name_zh: 'c', colour: 'red' } }],
      { line: 1, field: 'props.colour', message: /unknown property/ },
    ],
    [
      'a missing required property',
      [{ type: 'node', kind: 'Competency', key: 'c', props: { name_zh: 'c' } }],
      { line: 1, field: 'props.dimension', message: /expected one of/i },
    ],
    [
      'a value out of range',
      [
        chainRecords[3],
        chainRecords[4],
        {
          type: 'edge',
          rel: 'REQUIRES',
          from: { kind: 'Occupation', key: 'cell-tech' },
          to: { kind: 'Competency', key: 'coating' },
          props: { importance: 9 },
        },
      ],
      { line: 3, field: 'props.importance', message: /≤ 5/ },
    ],
    [
      'an edge whose endpoint exists nowhere',
      [
        chainRecords[0],
        {
          type: 'edge',
          rel: 'PART_OF',
          from: { kind: 'Segment', key: 'nowhere' },
          to: { kind: 'Chain', key: 'battery' },
        },
      ],
      {
        line: 2,
        field: 'from',
        message: /Segment:nowhere exists neither in the store nor in this import/,
      },
    ],
    [
      'a relationship between kinds the schema does not allow',
      [
        chainRecords[0],
        chainRecords[4],
        {
          type: 'edge',
          rel: 'REQUIRES',
          from: { kind: 'Chain', key: 'battery' },
          to: { kind: 'Competency', key: 'coating' },
        },
      ],
      { line: 3, field: 'rel', message: /REQUIRES does not join Chain→Competency/ },
    ],
    [
      'a region key that is not a division code',
      [
        {
          type: 'node',
          kind: 'Region',
          key: 'ningde',
          props: { name_zh: '宁德市', level: 'city' },
        },
      ],
      { line: 1, field: 'key', message: /6 or 12 digits/ },
    ],
    ['an empty body', '\n\n', { line: 0, field: '', message: /empty/ }],
  ];

  it.each(bad)(
    'rejects %s with 400, the line and the reason, and writes nothing',
    async (_name, input, expected) => {
      await importText(ndjson([chainRecords[0]]));
      const before = await counts();
      const res = await importText(typeof input === 'string' ? input : ndjson(input));
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.code).toBe('IMPORT_REJECTED');
      expect(body.details).toContainEqual({
        line: expected.line,
        field: expected.field,
        message: expect.stringMatching(expected.message),
      });
      expect(await counts()).toEqual(before);
    },
  );

  it('lists every bad line but caps the details, giving the total', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => ({
      type: 'node',
      kind: 'Nope',
      key: `k${i}`,
    }));
    const res = await importText(ndjson([chainRecords[0], ...lines]));
    const body = res.json();
    expect(res.statusCode).toBe(400);
    expect(body.totalErrors).toBe(150);
    expect(body.details).toHaveLength(100);
    expect(body.details[0].line).toBe(2);
    expect(body.message).toMatch(/150 problems/);
    expect(await counts()).toMatchObject({ nodes: 0 });
  });

  it('rejects a body that is not NDJSON with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...asAdmin, 'content-type': 'text/csv' },
      body: 'a,b',
    });
    expect(res.statusCode).toBe(415);
  });

  it(
    'accepts a 50 MB import and answers 413 above the 64 MiB limit',
    { timeout: 120_000 },
    async () => {
      const line = JSON.stringify({
        type: 'node',
        kind: 'Competency',
        key: 'k',
        props: { name_zh: 'x'.repeat(400), dimension: 'skill' },
      });
      const big = Array.from({ length: Math.ceil((50 * 1024 * 1024) / line.length) }, (_, i) =>
        line.replace('"k"', `"k${i}"`),
      ).join('\n');
      expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
      const ok = await importText(big, '?dryRun=true');
      expect(ok.statusCode).toBe(200);
      const tooBig = await importText(big + '\n' + big.slice(0, 16 * 1024 * 1024));
      expect(tooBig.statusCode).toBe(413);
    },
  );
});

describe('nodes and edges', () => {
  beforeEach(async () => {
    await importText(ndjson(chainRecords));
  });

  it('reads a node with its relationships and degree', async () => {
    const res = await app.inject('/api/nodes/Segment/cells');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'Segment',
      key: 'cells',
      degree: 3,
      relationshipsTruncated: false,
    });
    expect(
      body.relationships.map((r: { rel: string; direction: string }) => `${r.rel}:${r.direction}`),
    ).toEqual(['EMPLOYS:out', 'PART_OF:out', 'UPSTREAM_OF:in']);
  });

  it('answers 404 naming the kind and key of an unknown node', async () => {
    const res = await app.inject('/api/nodes/Segment/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Segment.*"nope"/),
    });
  });

  it('answers 400 naming the parameter and allowed values for an unknown kind', async () => {
    const res = await app.inject('/api/nodes/Factory/x');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.details[0].field).toBe('params.kind');
    expect(body.message).toMatch(/Occupation/);
  });

  it('creates, replaces, patches and deletes a node', async () => {
    const created = await app.inject({
      method: 'PUT',
      headers: asAdmin,
      url: '/api/nodes/Competency/bms',
      payload: { props: { name_zh: '电池管理系统', dimension: 'knowledge', description: 'BMS' } },
    });
    expect(created.statusCode).toBe(201);
    const replaced = await app.inject({
      method: 'PUT',
      headers: asAdmin,
      url: '/api/nodes/Competency/bms',
      payload: { props: { name_zh: 'BMS 算法', dimension: 'skill' } },
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().props.description).toBeUndefined();
    const patched = await app.inject({
      method: 'PATCH',
      headers: asAdmin,
      url: '/api/nodes/Competency/bms',
      payload: { props: { name_en: 'BMS algorithms', dimension: null } },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().details[0].field).toBe('props.dimension');
    const patched2 = await app.inject({
      method: 'PATCH',
      headers: asAdmin,
      url: '/api/nodes/Competency/bms',
      payload: { props: { name_en: 'BMS algorithms' } },
    });
    expect(patched2.json().props).toMatchObject({
      name_zh: 'BMS 算法',
      name_en: 'BMS algorithms',
      dimension: 'skill',
    });
    const badProp = await app.inject({
      method: 'PUT',
      headers: asAdmin,
      url: '/api/nodes/Competency/x',
      payload: { props: { name_zh: 'x', dimension: 'skill', weight: 3 } },
    });
    expect(badProp.statusCode).toBe(400);
    const removed = await app.inject({
      method: 'DELETE',
      headers: asAdmin,
      url: '/api/nodes/Segment/cells',
    });
    expect(removed.json()).toEqual({ nodesRemoved: 1, edgesRemoved: 3 });
    expect(
      (await app.inject({ method: 'DELETE', headers: asAdmin, url: '/api/nodes/Segment/cells' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'PATCH',
          headers: asAdmin,
          url: '/api/nodes/Segment/cells',
          payload: { props: {} },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('creates, reads, patches and deletes a relationship', async () => {
    const url = '/api/edges/REQUIRES/Occupation/cell-tech/Competency/coating';
    expect((await app.inject(url)).json().props).toMatchObject({ importance: 4, level: 3 });
    const patched = await app.inject({
      method: 'PATCH',
      headers: asAdmin,
      url,
      payload: { props: { level: 5, essential: null } },
    });
    expect(patched.json().props).toMatchObject({ importance: 4, level: 5 });
    expect(patched.json().props.essential).toBeUndefined();
    const newEdge = await app.inject({
      method: 'PUT',
      headers: asAdmin,
      url: '/api/edges/TEACHES/Course/intro/Competency/coating',
      payload: { props: { level: 2 } },
    });
    expect(newEdge.statusCode).toBe(404);
    expect(newEdge.json().message).toMatch(/Course:intro/);
    const wrongPair = await app.inject({
      method: 'PUT',
      headers: asAdmin,
      url: '/api/edges/TEACHES/Chain/battery/Competency/coating',
      payload: { props: {} },
    });
    expect(wrongPair.statusCode).toBe(400);
    expect((await app.inject({ method: 'DELETE', headers: asAdmin, url })).statusCode).toBe(204);
    expect((await app.inject(url)).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', headers: asAdmin, url })).statusCode).toBe(404);
  });
});

describe('explore', () => {
  beforeEach(async () => {
    await importText(ndjson(chainRecords));
  });

  it('searches Chinese names, English names and codes', async () => {
    const zh = (await app.inject(`/api/search?q=${encodeURIComponent('电芯')}`)).json();
    expect(zh.hits[0]).toMatchObject({ kind: 'Segment', key: 'cells', name_zh: '电芯制造' });
    const en = (await app.inject('/api/search?q=coating')).json();
    expect(en.hits.map((h: { key: string }) => h.key)).toEqual(['coating']);
    const code = (await app.inject('/api/search?q=cell-tech')).json();
    expect(code.hits[0]).toMatchObject({ key: 'cell-tech' });
    expect(code).toMatchObject({ total: 1, totalExact: true });
    const byKind = (await app.inject('/api/search?q=&kind=Segment')).json();
    expect(byKind.hits).toHaveLength(2);
    const bad = await app.inject('/api/search?q=x&limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('querystring.limit');
  });

  it('returns a neighbourhood as graphology JSON with Kind:key ids and a truncated flag', async () => {
    const res = await app.inject(
      '/api/graph/neighbourhood?kind=Chain&key=battery&depth=2&limit=50',
    );
    expect(res.statusCode).toBe(200);
    const graph = res.json();
    expect(graph.attributes).toEqual({
      center: 'Chain:battery',
      depth: 2,
      limit: 50,
      truncated: false,
    });
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual([
      'Chain:battery',
      'Segment:cathode',
      'Segment:cells',
      'Occupation:cell-tech',
    ]);
    expect(graph.nodes[0].attributes).toMatchObject({
      kind: 'Chain',
      key: 'battery',
      name_zh: '动力电池产业链',
    });
    const upstream = graph.edges.find(
      (e: { attributes: { rel: string } }) => e.attributes.rel === 'UPSTREAM_OF',
    );
    expect(upstream).toMatchObject({
      source: 'Segment:cathode',
      target: 'Segment:cells',
      attributes: { share: 0.4 },
    });
    const cut = (
      await app.inject('/api/graph/neighbourhood?kind=Chain&key=battery&depth=2&limit=2')
    ).json();
    expect(cut.attributes.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(2);
  });

  it('rejects a bad depth naming the parameter, and an unknown centre with 404', async () => {
    const res = await app.inject('/api/graph/neighbourhood?kind=Chain&key=battery&depth=9');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('querystring.depth');
    const missing = await app.inject('/api/graph/neighbourhood?kind=Chain&key=none');
    expect(missing.statusCode).toBe(404);
  });
});

describe('export', () => {
  beforeEach(async () => {
    await importText(ndjson(chainRecords));
  });

  it('exports NDJSON that re-imports into an empty store as the same graph', async () => {
    const res = await app.inject('/api/export?format=ndjson');
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = res.body.trim().split('\n');
    expect(lines).toHaveLength(10);
    const other = await buildTestApp();
    try {
      const imported = await other.app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
        body: res.body,
      });
      expect(imported.json().counts).toMatchObject({ nodesCreated: 5, edgesCreated: 5 });
      const again = await other.app.inject('/api/export?format=ndjson');
      expect(again.body).toBe(res.body);
    } finally {
      await other.app.close();
    }
  });

  it('exports well-formed GraphML and GEXF with every node and edge', async () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name),
    });
    const graphml = await app.inject('/api/export?format=graphml');
    expect(XMLValidator.validate(graphml.body)).toBe(true);
    const g = parser.parse(graphml.body).graphml.graph;
    expect(g.node).toHaveLength(5);
    expect(g.edge).toHaveLength(5);
    expect(
      g.edge.find(
        (e: Record<string, string>) =>
          e['@_source'] === 'Segment:cathode' && e['@_target'] === 'Segment:cells',
      ),
    ).toBeTruthy();
    const gexf = await app.inject('/api/export?format=gexf');
    expect(XMLValidator.validate(gexf.body)).toBe(true);
    const x = parser.parse(gexf.body).gexf.graph;
    expect(x.nodes.node).toHaveLength(5);
    expect(x.edges.edge).toHaveLength(5);
    expect(
      x.nodes.node.find((n: Record<string, string>) => n['@_id'] === 'Chain:battery')['@_label'],
    ).toBe('动力电池产业链');
  });

  it('rejects an unknown format naming the allowed ones', async () => {
    const res = await app.inject('/api/export?format=csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/ndjson/);
  });
});

describe('web client and errors', () => {
  it('serves the built web client at / and falls back to index.html for client routes', async () => {
    const webDir = tempDir('atlas-web-');
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>产教图谱</title>');
    const dataDir = tempDir();
    const web = await buildApp({
      config: testConfig(dataDir, { ATLAS_WEB_DIR: webDir }),
      store: EmbeddedStore.open({ dataDir }),
    });
    try {
      const root = await web.inject('/');
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain('产教图谱');
      expect((await web.inject('/explore/Chain:x')).body).toContain('产教图谱');
      expect((await web.inject('/api/nope')).statusCode).toBe(404);
    } finally {
      await web.close();
    }
  });

  it('answers an unexpected failure with 500 and no internals', async () => {
    app.get('/api/boom', async () => {
      throw new Error('secret internals');
    });
    const res = await app.inject('/api/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL' });
    expect(res.body).not.toContain('secret');
  });
});
