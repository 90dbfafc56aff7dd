/**
 * `/mcp`: the MCP server over Streamable HTTP on the API's own Fastify server, stateless — each
 * POST carries one JSON-RPC message (or a batch) and gets its answer; there are no sessions, so
 * GET (a server-initiated stream) and DELETE (ending a session) answer 405. The caller's access
 * comes from its `Authorization: Bearer` token.
 */
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './access.ts';
import { createMcpServer } from './server.ts';

const jsonRpcMessage = z.looseObject({
  jsonrpc: z.literal('2.0'),
  method: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
});

const description =
  'Model Context Protocol (Streamable HTTP, stateless): tools for search, node details, neighbourhoods, the schema and every ' +
  'analysis, and the schema and a glossary as resources. Point an MCP client at this URL; send ' +
  '`Accept: application/json, text/event-stream`. Read-only unless the bearer token grants writing.';

const rpcError = (message: string) => ({
  jsonrpc: '2.0' as const,
  error: { code: -32000, message },
  id: null,
});

export const mcpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/mcp',
    {
      // A read for the access policy: what a tool may change is decided by the routes it calls.
      config: { mcp: false, access: 'read' },
      schema: {
        tags: ['mcp'],
        summary: 'MCP over Streamable HTTP: one JSON-RPC request or notification, or a batch',
        description,
        body: z.union([jsonRpcMessage, z.array(jsonRpcMessage).min(1)]),
        response: {
          200: z.unknown().describe('The JSON-RPC answer (application/json or text/event-stream)'),
          202: z.unknown().describe('A notification or response was accepted'),
          400: z.unknown().describe('Not a JSON-RPC message, or a protocol error'),
          406: z
            .unknown()
            .describe('The client does not accept application/json and text/event-stream'),
        },
      },
    },
    async (request, reply) => {
      const access = await app.mcpAccess(bearerToken(request.headers.authorization));
      const server = createMcpServer(app, access);
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    },
  );

  for (const method of ['GET', 'DELETE'] as const)
    app.route({
      method,
      url: '/mcp',
      // A read for the access policy: what a tool may change is decided by the routes it calls.
      config: { mcp: false, access: 'read' },
      schema: {
        tags: ['mcp'],
        summary: `MCP: ${method} is not used (the server keeps no sessions)`,
        response: {
          405: z.object({
            jsonrpc: z.literal('2.0'),
            error: z.object({ code: z.number(), message: z.string() }),
            id: z.null(),
          }),
        },
      },
      handler: async (_request, reply) =>
        reply
          .code(405)
          .header('allow', 'POST')
          .send(rpcError('Method not allowed: this MCP server is stateless; POST each message')),
    });
};
