/**
 * The MCP server of the atlas: one tool per read route of the HTTP API (and per write route, for
 * callers with write access), and two resources — the schema and a glossary. Built per connection
 * (stdio) or per request (Streamable HTTP, stateless) on top of the Fastify app, whose routes the
 * tools call in-process.
 */
import type { FastifyInstance } from 'fastify';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { McpAccess } from './access.ts';
import { glossaryMarkdown } from './glossary.ts';
import { instructions } from './guidance.ts';
import { callTool, toolsFromRoutes, type ToolSpec } from './tools.ts';

/** The tools of an app with their input validators, built once (routes do not change after start). */
const toolCache = new WeakMap<FastifyInstance, { spec: ToolSpec; input: z.ZodType }[]>();

export function appTools(app: FastifyInstance): { spec: ToolSpec; input: z.ZodType }[] {
  let tools = toolCache.get(app);
  if (!tools) {
    // Validation of the JSON the model sends, without the route's transforms: the arguments
    // reach the route as given, and the route validates and answers as it does over HTTP.
    tools = toolsFromRoutes(app.routeCatalog.routes).map((spec) => ({
      spec,
      input: z.fromJSONSchema(spec.inputSchema as Parameters<typeof z.fromJSONSchema>[0]),
    }));
    toolCache.set(app, tools);
  }
  return tools;
}

export function createMcpServer(app: FastifyInstance, access: McpAccess): McpServer {
  const server = new McpServer(
    { name: 'chanjiao-atlas', title: 'Chanjiao Atlas 产教图谱', version: '0.1.0' },
    { instructions },
  );
  for (const { spec, input } of appTools(app)) {
    if (spec.write && !access.write) continue;
    server.registerTool(
      spec.name,
      {
        title: spec.title,
        description: spec.description,
        inputSchema: input as z.ZodObject,
        annotations: {
          readOnlyHint: !spec.write,
          destructiveHint: spec.route.method === 'DELETE',
          idempotentHint: spec.route.method !== 'POST',
          openWorldHint: false,
        },
      },
      async (args: Record<string, unknown>) => callTool(app, spec, args, access.token),
    );
  }
  server.registerResource(
    'schema',
    'atlas://schema',
    {
      title: 'Graph schema',
      description:
        'Kinds of node and relationship types with zh/en names, key rules, properties and the kinds each relationship joins (the answer of GET /api/schema).',
      mimeType: 'application/json',
    },
    async (uri) => {
      const response = await app.inject({ url: '/api/schema' });
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: response.body }] };
    },
  );
  server.registerResource(
    'glossary',
    'atlas://glossary',
    {
      title: 'Glossary',
      description:
        'The vocabulary of the atlas in Chinese and English and the definitions and formulas of the analyses (coverage, gap, location quotient…).',
      mimeType: 'text/markdown',
    },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: glossaryMarkdown() }],
    }),
  );
  return server;
}
