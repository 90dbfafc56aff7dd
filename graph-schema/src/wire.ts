/**
 * Shapes that cross the wire between the server and the web client, as zod schemas (the server
 * validates and documents its responses with them; the client takes the inferred types).
 * Subgraphs use graphology's serialised JSON so the client can `graph.import()` them directly.
 */
import { z } from 'zod';
import { isNodeKind, nodeKindNames, type NodeKind } from './kinds.ts';
import { isRelType, relTypeNames, type RelType } from './relationships.ts';

/**
 * A kind and a relationship type on the wire: checked against the schema in force, so a
 * deployment's extension kinds pass, and documented with its names (the `enum` is the live list,
 * read whenever OpenAPI or a tool description is written).
 */
export const nodeKindSchema = z
  .custom<NodeKind>(isNodeKind, {
    error: (issue) =>
      `unknown kind ${JSON.stringify(issue.input)} (expected one of: ${nodeKindNames.join(', ')})`,
  })
  .meta({ type: 'string', enum: nodeKindNames });
export const relTypeSchema = z
  .custom<RelType>(isRelType, {
    error: (issue) =>
      `unknown relationship type ${JSON.stringify(issue.input)} (expected one of: ${relTypeNames.join(', ')})`,
  })
  .meta({ type: 'string', enum: relTypeNames });

const propValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const propsSchema = z.record(z.string(), propValue);

export const nodeRefSchema = z.object({ kind: nodeKindSchema, key: z.string() });

export const storedNodeSchema = z.object({
  kind: nodeKindSchema,
  key: z.string(),
  props: propsSchema,
});

export const storedEdgeSchema = z.object({
  rel: relTypeSchema,
  from: nodeRefSchema,
  to: nodeRefSchema,
  props: propsSchema,
});

export const serializedNodeSchema = z.object({
  key: z.string().meta({ description: 'Kind:key' }),
  attributes: z.record(z.string(), z.unknown()),
});

export const serializedEdgeSchema = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: z.record(z.string(), z.unknown()),
});

export const serializedGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    })
    .optional(),
  nodes: z.array(serializedNodeSchema),
  edges: z.array(serializedEdgeSchema),
});

export const neighbourhoodSchema = serializedGraphSchema.extend({
  attributes: z.object({
    center: z.string(),
    depth: z.number(),
    limit: z.number(),
    truncated: z
      .boolean()
      .meta({ description: 'true when more nodes were reachable than the limit allowed' }),
  }),
});

export const searchHitSchema = z.object({
  kind: nodeKindSchema,
  key: z.string(),
  name_zh: z.string(),
  name_en: z.string().optional(),
  score: z.number(),
});

/** A page of search hits with the counts behind it (see the search route for the rules). */
export const searchResultSchema = z.object({
  hits: z.array(searchHitSchema),
  /** Matches of the query with the kind restriction. */
  total: z.number().int(),
  /** False when the store capped the candidates of a very common query: total and facets are then lower bounds. */
  totalExact: z.boolean(),
  /** Matches per kind without the kind restriction. */
  facets: z.record(z.string(), z.number().int()),
});

export const relationSummarySchema = z.object({
  rel: relTypeSchema,
  direction: z.enum(['out', 'in']),
  other: z.object({
    kind: nodeKindSchema,
    key: z.string(),
    name_zh: z.string(),
    name_en: z.string().optional(),
  }),
  props: propsSchema,
});

export const nodeDetailSchema = storedNodeSchema.extend({
  degree: z.number(),
  relationships: z.array(relationSummarySchema),
  relationshipsTruncated: z.boolean(),
});

export const statsSchema = z.object({
  nodes: z.number(),
  edges: z.number(),
  byKind: z.record(z.string(), z.number()),
  byRel: z.record(z.string(), z.number()),
});

export const healthSchema = z.object({
  /** `loading`: the store is still building in-memory structures; counts are current already. */
  status: z.enum(['ok', 'loading']),
  store: z.enum(['embedded', 'neo4j']),
  nodes: z.number(),
  edges: z.number(),
});

export const importCountsSchema = z.object({
  nodesCreated: z.number(),
  nodesUpdated: z.number(),
  edgesCreated: z.number(),
  edgesUpdated: z.number(),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  records: z.number(),
  counts: importCountsSchema,
});

export const lineErrorSchema = z.object({
  line: z.number(),
  field: z.string(),
  message: z.string(),
});

export const errorBodySchema = z.object({
  statusCode: z.number(),
  error: z.string(),
  code: z.string(),
  message: z.string(),
  details: z.array(z.record(z.string(), z.unknown())).optional(),
  totalErrors: z.number().optional(),
});

export type StoredNode = z.infer<typeof storedNodeSchema>;
export type SerializedGraph = z.infer<typeof serializedGraphSchema>;
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type NodeDetail = z.infer<typeof nodeDetailSchema>;
export type RelationSummary = z.infer<typeof relationSummarySchema>;
export type Health = z.infer<typeof healthSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type ImportCounts = z.infer<typeof importCountsSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type Stats = z.infer<typeof statsSchema>;
