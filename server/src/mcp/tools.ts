/**
 * Tools from routes. Each `/api` route that answers JSON becomes a tool: its input is the route's
 * path parameters and query string (and, for a write route, its body as `body`), as JSON Schema
 * derived from the route's zod schemas; calling it calls the route in-process (`app.inject`), so a
 * tool answers exactly what the HTTP API answers, errors included.
 */
import type { FastifyInstance } from 'fastify';
import {
  answersJson,
  type CatalogRoute,
  type JsonObjectSchema,
  type JsonSchema,
} from './catalog.ts';
import { coreTools, notToolTags, notTools } from './guidance.ts';

export interface ToolSpec {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonObjectSchema;
  /** A write route: offered only with write access. */
  write: boolean;
  route: CatalogRoute;
}

/** The result of a tool call, as MCP's CallToolResult has it. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

const routeId = (route: CatalogRoute) => `${route.method} ${route.url}`;

/** `/api/analysis/skill-gap` → `analysis_skill_gap`; a write route gets its method in front. */
function derivedName(route: CatalogRoute): string {
  const words = route.url
    .replace(/^\/api\//, '')
    .split('/')
    .filter((part) => part && !part.startsWith(':'))
    .map((part) => part.replace(/[^A-Za-z0-9]+/g, '_'));
  const base = words.join('_') || 'root';
  return (route.method === 'GET' ? base : `${route.method.toLowerCase()}_${base}`).slice(0, 64);
}

function inputOf(route: CatalogRoute): JsonObjectSchema {
  const properties: Record<string, JsonSchema> = {
    ...(route.params?.properties ?? {}),
    ...(route.querystring?.properties ?? {}),
  };
  const required = [...(route.params?.required ?? []), ...(route.querystring?.required ?? [])];
  if (route.method !== 'GET' && route.body) {
    properties.body = {
      ...route.body,
      description:
        (typeof route.body.description === 'string' ? `${route.body.description}. ` : '') +
        (route.consumes.length ? `Sent as ${route.consumes[0]}.` : 'The request body.'),
    };
    required.push('body');
  }
  return { type: 'object', properties, ...(required.length && { required }) };
}

/** The tools the catalog's routes make, read tools first, in registration order. */
export function toolsFromRoutes(routes: readonly CatalogRoute[]): ToolSpec[] {
  const tools: ToolSpec[] = [];
  const names = new Set<string>();
  for (const route of routes) {
    if (!route.url.startsWith('/api/') || route.hidden || !answersJson(route)) continue;
    if (notTools.has(routeId(route)) || route.tags.some((t) => notToolTags.has(t))) continue;
    const write = route.method !== 'GET';
    // A write route that takes files (an upload) is no tool: a model sends JSON or text.
    if (write && route.consumes.some((t) => !t.includes('json'))) continue;
    const core = coreTools[routeId(route)];
    let name = core?.name ?? derivedName(route);
    for (let n = 2; names.has(name); n++) name = `${core?.name ?? derivedName(route)}_${n}`;
    names.add(name);
    const description = [
      route.summary && `${route.summary}.`,
      core?.use,
      route.description,
      write ? 'This tool changes the atlas.' : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    tools.push({
      name,
      title: route.summary || name,
      description,
      inputSchema: inputOf(route),
      write,
      route,
    });
  }
  return [...tools.filter((t) => !t.write), ...tools.filter((t) => t.write)];
}

/** The route's URL for these arguments: path parameters filled in, the rest as the query string. */
export function routeUrl(route: CatalogRoute, args: Record<string, unknown>): string {
  const used = new Set<string>();
  const path = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(args[name] ?? ''));
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (used.has(name) || name === 'body' || value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value])
      query.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls the tool's route in-process and turns its answer into a tool result. */
export async function callTool(
  app: FastifyInstance,
  tool: ToolSpec,
  args: Record<string, unknown>,
  token?: string,
): Promise<ToolResult> {
  const { route } = tool;
  const body = args.body;
  const response = await app.inject({
    method: route.method,
    url: routeUrl(route, { ...args, ...route.fixed }),
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && {
        'content-type': route.consumes[0] ?? 'application/json',
      }),
    },
    ...(body !== undefined && {
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  });
  const isJson = (response.headers['content-type'] ?? '').toString().includes('json');
  const parsed: unknown = isJson && response.body ? JSON.parse(response.body) : response.body;
  const text = typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  if (response.statusCode >= 400)
    return {
      isError: true,
      content: [
        {
          type: 'text',
          text: `HTTP ${response.statusCode} from ${route.method} ${route.url}: ${text}`,
        },
      ],
    };
  const structured =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  return {
    content: [{ type: 'text', text: text || `HTTP ${response.statusCode}` }],
    ...(structured && { structuredContent: structured }),
  };
}
