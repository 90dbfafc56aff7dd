/**
 * The MCP server, driven by the SDK's own client over both transports — Streamable HTTP at /mcp
 * on a listening server, and stdio through `pnpm atlas mcp` — on the demo region. The tools are
 * the API's read routes (every analysis included), and each answer equals the HTTP API's: the
 * skill gap of the README's worked example above all. Write tools appear only with write access.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { asAdmin, testAdminToken, testConfig, tempDir } from './helpers.ts';

const skillGapExample = {
  chain: 'nev-power-battery-chain',
  region: '350900',
  institution: 'ningde-demo-vocational-college',
};
const skillGapUrl = `/api/analysis/skill-gap?${new URLSearchParams(skillGapExample)}`;

interface CallResult {
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

async function appOn(dataDir: string): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(dataDir),
    store: EmbeddedStore.open({ dataDir }),
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return app;
}

async function connectHttp(app: FastifyInstance, token?: string): Promise<Client> {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = new Client({ name: 'atlas-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`), {
      ...(token && { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
    }),
  );
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as CallResult;

const http = async (app: FastifyInstance, url: string) => (await app.inject({ url })).json();

/** The text of a resource read. */
async function resourceText(client: Client, uri: string): Promise<string> {
  const [content] = (await client.readResource({ uri })).contents;
  return content && 'text' in content ? content.text : '';
}

describe('MCP over Streamable HTTP (/mcp)', () => {
  let dataDir: string;
  let app: FastifyInstance;
  let client: Client;

  beforeAll(async () => {
    dataDir = tempDir('atlas-mcp-');
    const store = EmbeddedStore.open({ dataDir });
    await loadDemoRegion(store);
    await store.close();
    app = await appOn(dataDir);
    client = await connectHttp(app);
  });
  afterAll(async () => {
    await client?.close();
    await app?.close();
  });

  it('introduces itself with instructions for a model', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'chanjiao-atlas' });
    expect(client.getInstructions()).toMatch(/Find the keys with `search`/);
  });

  it('lists a read-only tool for search, node details, neighbourhood, schema and every analysis route', async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    for (const name of [
      'search',
      'node_details',
      'relationship_details',
      'neighbourhood',
      'schema',
      'stats',
    ])
      expect(names).toContain(name);
    const analysisRoutes = app.routeCatalog.routes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/analysis/'),
    );
    expect(analysisRoutes.length).toBeGreaterThanOrEqual(10);
    for (const route of analysisRoutes)
      expect(names).toContain(route.url.replace('/api/', '').replace(/[/-]/g, '_'));
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.description?.length, tool.name).toBeGreaterThan(20);
      expect(tool.inputSchema.type).toBe('object');
    }
    // Nothing that writes, streams a file or needs uploads.
    expect(names.filter((n) => /update|delete|create|import|export|health/.test(n))).toEqual([]);
    const gap = tools.find((t) => t.name === 'analysis_skill_gap')!;
    expect(gap.inputSchema.required).toEqual(['chain']);
    expect(Object.keys(gap.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining([
        'chain',
        'region',
        'institution',
        'program',
        'microCredential',
        'demand',
      ]),
    );
  });

  it('answers the skill gap of the README’s worked example exactly as /api/analysis/skill-gap', async () => {
    const result = await call(client, 'analysis_skill_gap', skillGapExample);
    expect(result.isError).toBeFalsy();
    const expected = await http(app, skillGapUrl);
    expect(result.structuredContent).toEqual(expected);
    expect(JSON.parse(result.content[0]!.text!)).toEqual(expected);
    expect((expected as { coverage: number }).coverage).toBeCloseTo(0.684, 3);
  });

  it('answers search, node details and neighbourhood as the HTTP API does', async () => {
    const search = await call(client, 'search', {
      q: '电池',
      kind: ['Occupation', 'Competency'],
      limit: 5,
    });
    expect(search.structuredContent).toEqual(
      await http(app, '/api/search?q=%E7%94%B5%E6%B1%A0&kind=Occupation&kind=Competency&limit=5'),
    );
    const node = await call(client, 'node_details', {
      kind: 'Chain',
      key: 'nev-power-battery-chain',
    });
    expect(node.structuredContent).toEqual(
      await http(app, '/api/nodes/Chain/nev-power-battery-chain'),
    );
    const around = await call(client, 'neighbourhood', {
      kind: 'Chain',
      key: 'nev-power-battery-chain',
      depth: 2,
      limit: 50,
    });
    expect(around.structuredContent).toEqual(
      await http(
        app,
        '/api/graph/neighbourhood?kind=Chain&key=nev-power-battery-chain&depth=2&limit=50',
      ),
    );
  });

  it('answers every analysis as its route does', async () => {
    const cases: [string, Record<string, string>][] = [
      ['analysis_talent_map', { chain: 'nev-power-battery-chain', region: '350900' }],
      ['analysis_weak_links', { chain: 'nev-power-battery-chain', region: '350900' }],
      ['analysis_alignment', { institution: 'ningde-demo-vocational-college' }],
      ['analysis_overview', { region: '350900' }],
    ];
    for (const [tool, args] of cases) {
      const result = await call(client, tool, args);
      const url = `/api/${tool.replace('analysis_', 'analysis/').replace(/_/g, '-')}?${new URLSearchParams(args)}`;
      expect(result.structuredContent, tool).toEqual(await http(app, url));
    }
  });

  it('offers the N lists as JSON tools, without the file formats, answering as their routes do', async () => {
    const { tools } = await client.listTools();
    const list = tools.find((t) => t.name === 'n_list')!;
    expect(Object.keys(list.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['list', 'chain', 'region', 'demand', 'period']),
    );
    expect(list.inputSchema.properties).not.toHaveProperty('format');
    expect(tools.map((t) => t.name)).toContain('all_n_lists');
    const args = { list: 'skill-gaps', chain: 'nev-power-battery-chain', region: '350900' };
    const result = await call(client, 'n_list', args);
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(
      await http(app, '/api/lists/skill-gaps?chain=nev-power-battery-chain&region=350900'),
    );
  });

  it('reports the route’s errors as tool errors, and refuses arguments outside the schema', async () => {
    const unknown = await call(client, 'analysis_skill_gap', {
      ...skillGapExample,
      chain: 'no-such-chain',
    });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toMatch(/HTTP 404 .*no-such-chain/);
    const tooDeep = await call(client, 'neighbourhood', { kind: 'Chain', key: 'x', depth: 9 });
    expect(tooDeep.isError).toBe(true);
    expect(tooDeep.content[0]!.text).toMatch(/depth/);
  });

  it('offers the schema and a glossary as resources', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['atlas://glossary', 'atlas://schema']);
    const schema = await resourceText(client, 'atlas://schema');
    expect(JSON.parse(schema)).toEqual(await http(app, '/api/schema'));
    const glossary = await resourceText(client, 'atlas://glossary');
    expect(glossary).toMatch(/\*\*Competency\*\* — Competency · 能力/);
    expect(glossary).toMatch(/\*\*REQUIRES\*\*/);
    expect(glossary).toMatch(/coverage\*\* = Σ δ_c · S_c/);
  });

  it('answers 405 to GET and DELETE: the server keeps no sessions', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const res = await app.inject({ method, url: '/mcp' });
      expect(res.statusCode).toBe(405);
      expect(res.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 } });
    }
  });
});

describe('MCP write tools', () => {
  it('are offered, and write through the API, only to a caller with write access', async () => {
    const app = await appOn(tempDir('atlas-mcp-write-'));
    try {
      const writer = await connectHttp(app, testAdminToken);
      const names = (await writer.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'create_or_replace_node',
          'update_node',
          'delete_node',
          'create_or_replace_relationship',
          'import_records',
        ]),
      );
      expect(names.some((n) => /user|token|organisation|login/.test(n))).toBe(false);
      const put = await call(writer, 'create_or_replace_node', {
        kind: 'Competency',
        key: 'mcp-written',
        body: { props: { name_zh: '经由 MCP 写入', dimension: 'skill' } },
      });
      expect(put.isError, put.content[0]?.text).toBeFalsy();
      const imported = await call(writer, 'import_records', {
        body: '{"type":"node","kind":"Chain","key":"mcp-chain","props":{"name_zh":"链"}}\n',
      });
      expect(imported.structuredContent).toMatchObject({ records: 1, counts: { nodesCreated: 1 } });
      expect((await app.inject({ url: '/api/nodes/Competency/mcp-written' })).statusCode).toBe(200);
      await writer.close();

      // A viewer's token reads only: no write tools.
      await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: asAdmin,
        payload: { username: 'mcp-viewer', role: 'viewer' },
      });
      const made = await app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: asAdmin,
        payload: { username: 'mcp-viewer', name: 'mcp' },
      });
      const viewer = await connectHttp(app, (made.json() as { token: string }).token);
      const readNames = (await viewer.listTools()).tools.map((t) => t.name);
      expect(readNames).toContain('search');
      expect(readNames.some((n) => /node$|relationship$|import_records/.test(n))).toBe(false);
      await viewer.close();
    } finally {
      await app.close();
    }
  });
});

describe('MCP over stdio (pnpm atlas mcp)', () => {
  it(
    'lists the same tools and answers the worked example’s skill gap as the HTTP API',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir('atlas-mcp-stdio-');
      const store = EmbeddedStore.open({ dataDir });
      await loadDemoRegion(store);
      await store.close();
      const app = await appOn(dataDir);
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [
          '--import',
          'tsx',
          path.join(import.meta.dirname, '..', 'src', 'cli', 'index.ts'),
          'mcp',
        ],
        env: {
          ...(process.env as Record<string, string>),
          ATLAS_STORE: 'embedded',
          ATLAS_DATA_DIR: dataDir,
        },
        stderr: 'pipe',
      });
      const client = new Client({ name: 'atlas-test', version: '1.0.0' });
      try {
        await client.connect(transport);
        const viaHttp = await connectHttp(app);
        const stdioNames = (await client.listTools()).tools.map((t) => t.name);
        const httpNames = (await viaHttp.listTools()).tools.map((t) => t.name);
        expect(stdioNames).toEqual(httpNames);
        await viaHttp.close();
        const result = await call(client, 'analysis_skill_gap', skillGapExample);
        expect(result.structuredContent).toEqual(await http(app, skillGapUrl));
      } finally {
        await client.close();
        await app.close();
      }
    },
  );
});
