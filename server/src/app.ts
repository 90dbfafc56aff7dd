/**
 * The Fastify application as a plugin tree: core plugins (zod type provider, OpenAPI, the store),
 * then the API routes, then the built web client. server.ts only builds it and listens; tests
 * build it and call `app.inject()`.
 */
import path from 'node:path';
import fs from 'node:fs';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { activateSchema, type GraphSchema } from '@chanjiao/graph-schema';
import type { Config } from './config.ts';
import { AtlasError } from './errors.ts';
import { apiRoutes } from './routes/api/index.ts';
import type { GraphStore } from './store/port.ts';
import { ImportJobs } from './import/jobs.ts';
import type { AccountStore } from './auth/accounts.ts';
import { auth } from './auth/plugin.ts';
import { accountRoutes } from './auth/routes/index.ts';
import { contentTypeCheck } from './plugins/content-type.ts';
import { docsTransform, documentErrors } from './plugins/openapi.ts';
import { securityHeaders } from './plugins/headers.ts';
import { originCheck } from './plugins/origin.ts';
import { rateLimits } from './plugins/rate-limit.ts';
import { roleAccess, type AccessResolver } from './mcp/access.ts';
import { RouteCatalog } from './mcp/catalog.ts';
import { mcpRoutes } from './mcp/http.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: GraphStore;
    config: Config;
    /** The graph schema in force (built in, or extended by ATLAS_SCHEMA). */
    schema: GraphSchema;
    importJobs: ImportJobs;
    /** Every route as registered, for the MCP tools (mcp/catalog.ts). */
    routeCatalog: RouteCatalog;
    /** What an MCP caller may do, from its token (mcp/access.ts). */
    mcpAccess: AccessResolver;
  }
}

export interface BuildAppOptions {
  config: Config;
  store: GraphStore;
  /** pino options or false; the server passes its level, tests pass false. */
  logger?: boolean | { level: string };
  /** Close the store when the app closes (default true). */
  closeStore?: boolean;
  /** Accounts already open (the caller closes them); default: `accounts.sqlite` in the data dir. */
  accounts?: AccountStore;
  /** Maps an MCP caller's token to its access (default: read-only for everyone). */
  mcpAccess?: AccessResolver;
}

/** Default body limit; the import route raises its own. */
export const defaultBodyLimit = 1024 * 1024;
export const importBodyLimit = 64 * 1024 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: defaultBodyLimit,
    routerOptions: { maxParamLength: 1000 },
    // Room for the longest documented query (e.g. 20,000 characters of adjustment rules).
    http: { maxHeaderSize: 256 * 1024 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', options.config);
  // Validation, OpenAPI and /api/schema follow the configured schema (extension included).
  activateSchema(options.config.schema);
  app.decorate('schema', options.config.schema);
  app.decorate('store', options.store);
  const { uploads } = options.config;
  const importJobs = new ImportJobs(options.store, path.join(options.config.dataDir, 'uploads'), {
    maxBytes: uploads.maxBytes,
    quotaBytes: uploads.quotaBytes,
    ttlMs: uploads.ttlHours * 3600_000,
  });
  app.decorate('importJobs', importJobs);
  const routeCatalog = new RouteCatalog();
  app.decorate('routeCatalog', routeCatalog);
  app.decorate(
    'mcpAccess',
    options.mcpAccess ??
      roleAccess((token) => app.auth.accounts.principalForToken(token)?.role ?? null),
  );
  // Before any route is registered: the MCP tools are derived from the routes.
  app.addHook('onRoute', (route) => routeCatalog.add(route));
  // Import jobs and imports in flight finish before the store closes (one hook, so the order holds).
  app.addHook('onClose', async () => {
    await importJobs.close();
    if (options.closeStore ?? true) await options.store.close();
  });
  // Once closing, every answer still in flight (a long import, an analysis) is its connection's
  // last: the server closes only idle connections, and would otherwise wait for a client's
  // keep-alive connection to time out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // A callback hook: an async one would cost every answer a promise and a microtask turn.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    // The id the audit trail records a write under, so a client can find its changes.
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const details = error.validation.map((issue) => ({
        field: `${where}${issue.instancePath.replace(/\//g, '.').replace(/\.$/, '')}`,
        message: issue.message ?? 'invalid',
      }));
      return reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INVALID_REQUEST',
        message: details.map((d) => `${d.field}: ${d.message}`).join('; '),
        details,
      });
    }
    if (error instanceof AtlasError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, error.message);
      return reply.code(error.statusCode).send({
        statusCode: error.statusCode,
        error: httpReason(error.statusCode),
        code: error.code,
        message: error.message,
        ...(error.details && { details: error.details }),
        ...(error.totalErrors !== undefined && { totalErrors: error.totalErrors }),
      });
    }
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause.issues }, 'bad response');
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.code(500).send({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'INTERNAL',
        message: `internal error (request ${request.id})`,
      });
    }
    return reply.code(status).send({
      statusCode: status,
      error: httpReason(status),
      code: error.code ?? 'BAD_REQUEST',
      message: error.message,
    });
  });

  // Trust first: their onRoute hooks must see every route registered after them.
  await app.register(auth, {
    config: options.config.auth,
    dataDir: options.config.dataDir,
    ...(options.accounts && { accounts: options.accounts }),
  });
  await app.register(rateLimits, options.config.rateLimit);
  await app.register(contentTypeCheck);
  await app.register(originCheck, { allowedOrigins: options.config.auth.allowedOrigins });
  await app.register(securityHeaders);
  await app.register(documentErrors);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Chanjiao Atlas API (产教图谱)',
        description:
          'Knowledge graph of regional industry chains, enterprises, occupations, competencies, courses, programs and institutions. ' +
          'Node ids on the wire are `Kind:key`; subgraphs are graphology serialised JSON.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearerToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token (POST /api/tokens), or ATLAS_ADMIN_TOKEN',
          },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'atlas_session' },
        },
      },
      tags: [
        { name: 'system', description: 'Health and schema' },
        {
          name: 'accounts',
          description:
            'Sign-in, users and roles (viewer, editor, admin), organisations, API tokens. Writes need an editor; reads need a sign-in unless ATLAS_PUBLIC_READ',
        },
        {
          name: 'import-export',
          description: 'Bulk import (NDJSON) and export (NDJSON, GraphML, GEXF)',
        },
        {
          name: 'import-jobs',
          description:
            'Uploads and background imports of CSV/TSV/NDJSON/JSON through a mapping or preset, with progress',
        },
        { name: 'nodes', description: 'Single nodes: read, create or replace, update, delete' },
        { name: 'edges', description: 'Single relationships' },
        { name: 'explore', description: 'Search and neighbourhoods' },
        {
          name: 'mcp',
          description: 'The API as tools for AI assistants (Model Context Protocol)',
        },
        {
          name: 'analysis',
          description:
            'Talent map, skill gap, weak links and more, with the keys behind every number',
        },
        {
          name: 'lists',
          description:
            'The N lists of a chain in a region (1 图 N 清单): enterprises, demand, gaps, courses, experts, bases, equipment, services',
        },
      ],
    },
    transform: docsTransform,
  });
  // Deep links (`/docs#/analysis/<operation>`) let the web client link a number to its formula.
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(accountRoutes, { prefix: '/api' });
  await app.register(mcpRoutes);
  await registerWebClient(app, options.config.webDir);
  return app;
}

async function registerWebClient(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  const built = fs.existsSync(index);
  if (built) await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (request.method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/docs')) {
      if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The web client is not built (no ${index}). Run: pnpm build:web`);
    }
    return reply.code(404).send({
      statusCode: 404,
      error: 'Not Found',
      code: 'NOT_FOUND',
      message: `no route ${request.method} ${url}`,
    });
  });
}

function httpReason(status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return reasons[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
