/**
 * The schema-extension scenario both stores run (schema-extension.test.ts on the embedded store,
 * schema-extension.int.test.ts on Neo4j): a server started with ATLAS_SCHEMA naming the test
 * fixture — `exchange`, `listedOn`, `shortName` on Enterprise, a `Fund` kind and an `INVESTS_IN`
 * relationship type — imports data that uses them, answers for them (node details, `/api/schema`,
 * OpenAPI, search), rejects an undeclared property with a hint naming the file, and round-trips
 * them through every export: the NDJSON export imports into a fresh server and exports the same,
 * and GraphML and GEXF declare the extra properties with their types and carry their values.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { activateSchema } from '@chanjiao/graph-schema';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import type { GraphStore } from '../src/store/port.ts';
import { asAdmin, ndjson, testConfig } from './helpers.ts';

export const extensionFixture = path.resolve(import.meta.dirname, 'fixtures/atlas.schema.yaml');

/** Data that needs the extension; keys start with `prefix` so a shared database can be cleaned. */
export function extensionData(prefix: string): unknown[] {
  return [
    { type: 'node', kind: 'Region', key: '350900', props: { name_zh: '宁德市', level: 'city' } },
    {
      type: 'node',
      kind: 'Enterprise',
      key: `${prefix}-ent`,
      props: {
        name_zh: '示例电池股份有限公司',
        scale: 'large',
        exchange: 'SZSE',
        listedOn: '2018-06-11',
        shortName: '示例电池',
        source: 'invented for the schema-extension test',
      },
    },
    {
      type: 'node',
      kind: 'Fund',
      key: `${prefix}-fund`,
      props: {
        name_zh: '示例产业投资基金',
        sizeCny: 5_000_000_000,
        vintage: 2021,
        source: 'invented for the schema-extension test',
      },
    },
    {
      type: 'edge',
      rel: 'INVESTS_IN',
      from: { kind: 'Fund', key: `${prefix}-fund` },
      to: { kind: 'Enterprise', key: `${prefix}-ent` },
      props: { amountCny: 200_000_000, since: 2022 },
    },
    {
      type: 'edge',
      rel: 'LOCATED_IN',
      from: { kind: 'Fund', key: `${prefix}-fund` },
      to: { kind: 'Region', key: '350900' },
    },
  ];
}

/** The configuration with the extension, and the app over a store opened under it. */
export function extensionConfig(dataDir: string, env: NodeJS.ProcessEnv = {}): Config {
  return testConfig(dataDir, { ATLAS_SCHEMA: extensionFixture, ...env });
}

export async function extensionApp(
  config: Config,
  open: () => Promise<GraphStore>,
): Promise<FastifyInstance> {
  // The store creates its constraints and indexes from the schema in force when it opens.
  activateSchema(config.schema);
  return buildApp({ config, store: await open(), logger: false });
}

const importBody = (app: FastifyInstance, body: string) =>
  app.inject({
    method: 'POST',
    url: '/api/import',
    headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
    body,
  });

/** Imports the data and checks everything that answers for the extension. */
export async function importAndRead(app: FastifyInstance, prefix: string): Promise<void> {
  const imported = await importBody(app, ndjson(extensionData(prefix)));
  expect(imported.statusCode, imported.body).toBe(200);

  const ent = (await app.inject(`/api/nodes/Enterprise/${prefix}-ent`)).json();
  expect(ent.props).toMatchObject({
    exchange: 'SZSE',
    listedOn: '2018-06-11',
    shortName: '示例电池',
  });
  const fund = await app.inject(`/api/nodes/Fund/${prefix}-fund`);
  expect(fund.statusCode).toBe(200);
  expect(fund.json().props).toMatchObject({ sizeCny: 5_000_000_000, vintage: 2021 });
  expect(fund.json().relationships).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        rel: 'INVESTS_IN',
        direction: 'out',
        props: expect.objectContaining({ amountCny: 200_000_000, since: 2022 }),
      }),
    ]),
  );
  const hits = (await app.inject(`/api/search?q=${encodeURIComponent('产业投资基金')}&kind=Fund`))
    .json()
    .hits.map((h: { key: string }) => h.key);
  expect(hits).toContain(`${prefix}-fund`);

  const schema = (await app.inject('/api/schema')).json();
  expect(schema.extension).toMatchObject({ file: 'atlas.schema.yaml', kinds: ['Fund'] });
  expect(schema.kinds.find((k: { kind: string }) => k.kind === 'Fund')).toMatchObject({
    zh: '产业基金',
    glyph: '基',
    colour: '#0f766e',
  });
  const enterprise = schema.kinds.find((k: { kind: string }) => k.kind === 'Enterprise');
  expect(enterprise.properties.exchange).toMatchObject({
    zh: '上市交易所',
    enum: ['SSE', 'SZSE', 'BSE', 'HKEX'],
  });
  const openapi = (await app.inject('/docs/json')).body;
  expect(openapi).toContain('"Fund"');
  expect(openapi).toContain('"INVESTS_IN"');

  const rejected = await importBody(
    app,
    ndjson([
      {
        type: 'node',
        kind: 'Enterprise',
        key: `${prefix}-other`,
        props: { name_zh: '另一公司', ticker: '300001' },
      },
      { type: 'node', kind: 'Fund', key: `${prefix}-bad`, props: { name_zh: '基金', sizeCny: -1 } },
    ]),
  );
  expect(rejected.statusCode).toBe(400);
  expect(rejected.json().details).toEqual([
    {
      line: 1,
      field: 'props.ticker',
      message: expect.stringMatching(
        /^unknown property .*shortName\); declare it in the schema extension atlas\.schema\.yaml/,
      ),
    },
    { line: 2, field: 'props.sizeCny', message: expect.any(String) },
  ]);
  expect((await app.inject(`/api/nodes/Enterprise/${prefix}-other`)).statusCode).toBe(404);
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name),
});
type Attrs = Record<string, string>;

/**
 * The exports carry the extension: NDJSON imports into `fresh` (a second server under the same
 * schema) and exports the same; GraphML and GEXF declare each extra property with its type and
 * hold its value on the node or edge.
 */
export async function roundTripExports(
  app: FastifyInstance,
  fresh: FastifyInstance,
  prefix: string,
): Promise<void> {
  const exported = await app.inject('/api/export?format=ndjson');
  expect(exported.statusCode).toBe(200);
  const mine = exported.body.split('\n').filter((l) => l.includes(prefix) || l.includes('350900'));
  expect(mine.some((l) => l.includes('"shortName":"示例电池"'))).toBe(true);
  const back = await importBody(fresh, mine.join('\n') + '\n');
  expect(back.statusCode, back.body).toBe(200);
  const again = (await fresh.inject('/api/export?format=ndjson')).body
    .split('\n')
    .filter((l) => l.includes(prefix) || l.includes('350900'));
  // The server stamps `updatedAt` on every write, so the re-import carries its own time.
  const unstamped = (lines: string[]) =>
    lines.map((l) => l.replace(/"updatedAt":"[^"]*"/, '"updatedAt":"…"'));
  expect(unstamped(again)).toEqual(unstamped(mine));

  const graphml = xml.parse((await app.inject('/api/export?format=graphml')).body).graphml;
  const keys = graphml.key as Attrs[];
  const keyOf = (name: string, domain: string) =>
    keys.find((k) => k['@_attr.name'] === name && k['@_for'] === domain);
  expect(keyOf('exchange', 'node')?.['@_attr.type']).toBe('string');
  expect(keyOf('sizeCny', 'node')?.['@_attr.type']).toBe('double');
  expect(keyOf('vintage', 'node')?.['@_attr.type']).toBe('long');
  expect(keyOf('amountCny', 'edge')?.['@_attr.type']).toBe('double');
  type Element = Attrs & { data: { '@_key': string; '#text': unknown }[] };
  const dataOf = (element: Element, name: string, domain = 'node') =>
    element.data.find((d) => d['@_key'] === keyOf(name, domain)?.['@_id'])?.['#text'];
  const gNode = (graphml.graph.node as Element[]).find(
    (n) => n['@_id'] === `Enterprise:${prefix}-ent`,
  )!;
  expect(dataOf(gNode, 'shortName')).toBe('示例电池');
  expect(String(dataOf(gNode, 'listedOn'))).toBe('2018-06-11');
  const gEdge = (graphml.graph.edge as Element[]).find(
    (e) => e['@_source'] === `Fund:${prefix}-fund` && e['@_target'] === `Enterprise:${prefix}-ent`,
  )!;
  expect(dataOf(gEdge, 'amountCny', 'edge')).toBe(200_000_000);

  const gexf = xml.parse((await app.inject('/api/export?format=gexf')).body).gexf.graph;
  const classes = ([] as { '@_class': string; attribute: Attrs[] }[]).concat(gexf.attributes);
  const nodeAttrs = classes.find((c) => c['@_class'] === 'node')!.attribute;
  const exchange = nodeAttrs.find((a) => a['@_title'] === 'exchange');
  expect(exchange).toBeTruthy();
  const xNode = (gexf.nodes.node as (Attrs & { attvalues: { attvalue: Attrs[] } })[]).find(
    (n) => n['@_id'] === `Enterprise:${prefix}-ent`,
  )!;
  expect(xNode.attvalues.attvalue.find((v) => v['@_for'] === exchange!['@_id'])?.['@_value']).toBe(
    'SZSE',
  );
  expect(
    (gexf.nodes.node as Attrs[]).find((n) => n['@_id'] === `Fund:${prefix}-fund`)?.['@_label'],
  ).toBe('示例产业投资基金');
}
