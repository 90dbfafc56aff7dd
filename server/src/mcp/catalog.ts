/**
 * The HTTP routes as an MCP server sees them. An `onRoute` hook collects every route as it is
 * registered — method, URL, summary, description, and its zod schemas for path parameters,
 * query string and body — so that each `/api` route can become a tool whose input is the route's
 * own input, converted to JSON Schema for the model, and whose answer is the route's answer. A
 * route added later (a new analysis, the N lists) becomes a tool without a line here.
 */
import type { RouteOptions } from 'fastify';
import { z } from 'zod';

/** What an MCP tool needs to know of a route. */
export interface CatalogRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With the prefix, e.g. `/api/nodes/:kind/:key`. */
  url: string;
  summary: string;
  description: string;
  tags: string[];
  /** JSON Schema (draft 7) of the path parameters, query string and body, as clients send them. */
  params?: JsonObjectSchema;
  querystring?: JsonObjectSchema;
  body?: JsonSchema;
  /** The media types the route answers with, when not only JSON. */
  produces: string[];
  /** The media type of the body, when not JSON (e.g. `application/x-ndjson`). */
  consumes: string[];
  /** `config: { mcp: false }` and the `accounts` tag keep a route out of the tools. */
  hidden: boolean;
  /**
   * Query parameters a tool always sends and does not offer, from `config: { mcp: { fixed } }` —
   * e.g. `format: json` on a route that can also answer a file; with them the route answers JSON.
   */
  fixed?: Record<string, string>;
}

export type JsonSchema = Record<string, unknown>;
export interface JsonObjectSchema extends JsonSchema {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
}

const methods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The JSON Schema a zod schema accepts (its input side: before defaults and transforms). */
export function inputJsonSchema(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function objectSchema(schema: unknown): JsonObjectSchema | undefined {
  const json = inputJsonSchema(schema);
  if (!json || json.type !== 'object' || typeof json.properties !== 'object') return undefined;
  return json as JsonObjectSchema;
}

/** The query schema without the parameters a tool fixes. */
function withoutFixed(
  schema: JsonObjectSchema | undefined,
  fixed: Record<string, string> | undefined,
): JsonObjectSchema | undefined {
  if (!schema || !fixed) return schema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties).filter(([name]) => !(name in fixed)),
  );
  const required = schema.required?.filter((name) => !(name in fixed));
  return { ...schema, properties, ...(required && { required }) };
}

interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  produces?: string[];
  consumes?: string[];
}

export class RouteCatalog {
  private readonly collected: CatalogRoute[] = [];

  /** For `app.addHook('onRoute', …)`: remembers the route (HEAD and OPTIONS twins are ignored). */
  add(route: RouteOptions): void {
    const method = Array.isArray(route.method) ? route.method[0] : route.method;
    if (!method || !methods.has(method)) return;
    const schema = (route.schema ?? {}) as RouteSchema;
    const config = (route.config ?? {}) as { mcp?: boolean | { fixed?: Record<string, string> } };
    const fixed = typeof config.mcp === 'object' ? config.mcp.fixed : undefined;
    const params = objectSchema(schema.params);
    const querystring = withoutFixed(objectSchema(schema.querystring), fixed);
    const body = inputJsonSchema(schema.body);
    this.collected.push({
      method: method as CatalogRoute['method'],
      url: route.url,
      summary: schema.summary ?? '',
      description: schema.description ?? '',
      tags: schema.tags ?? [],
      ...(params && { params }),
      ...(querystring && { querystring }),
      ...(body && { body }),
      // Fixed arguments choose the JSON answer among the route's formats.
      produces: fixed ? [] : (schema.produces ?? []),
      consumes: schema.consumes ?? [],
      // Account administration and sign-in are for people, never tools.
      hidden: config.mcp === false || (schema.tags ?? []).includes('accounts'),
      ...(fixed && { fixed }),
    });
  }

  get routes(): readonly CatalogRoute[] {
    return this.collected;
  }
}

/** Whether a route answers JSON (not a file download or an event stream). */
export function answersJson(route: CatalogRoute): boolean {
  return route.produces.length === 0 || route.produces.every((t) => t.includes('json'));
}
