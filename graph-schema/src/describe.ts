/**
 * A JSON description of the schema, served at `/api/schema`: kinds and relationship types with
 * their zh/en names, key rules, display hints and properties (as JSON Schema). The web client
 * builds its legend from it; external tools can read it to write valid imports.
 */
import { z } from 'zod';
import type { KindGroup, Names } from './define.ts';
import { nodeKindNames, nodeKinds, type NodeKind } from './kinds.ts';
import { relTypeNames, relationshipTypes, type RelType } from './relationships.ts';
import type { ExtensionSummary } from './extension/schema.ts';

export interface PropertyDescription extends Names {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'string[]';
  required: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface KindDescription extends Names {
  kind: NodeKind;
  group: KindGroup;
  keyRule: Names;
  keyPattern?: string;
  colour: string;
  size: number;
  glyph: string;
  /** The glyph in English (`Ch` for 链). */
  glyphEn: string;
  properties: Record<string, PropertyDescription>;
}

export interface RelDescription extends Names {
  rel: RelType;
  colour: string;
  pairs: [NodeKind, NodeKind][];
  properties: Record<string, PropertyDescription>;
}

export interface SchemaDescription {
  version: number;
  groups: Record<KindGroup, Names>;
  kinds: KindDescription[];
  relationships: RelDescription[];
  /** What the deployment's schema extension added, when it has one. */
  extension?: ExtensionSummary;
}

export const kindGroups: Record<KindGroup, Names> = {
  industry: { zh: '产业侧', en: 'Industry' },
  occupation: { zh: '职业侧', en: 'Occupation' },
  education: { zh: '教育侧', en: 'Education' },
  collaboration: { zh: '协同侧', en: 'Collaboration' },
};

type JsonSchemaNode = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchemaNode;
  zh?: string;
  en?: string;
  anyOf?: JsonSchemaNode[];
};

function describeProperties(schema: z.ZodObject): Record<string, PropertyDescription> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonSchemaNode>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const out: Record<string, PropertyDescription> = {};
  for (const [name, node] of Object.entries(json.properties)) {
    const type =
      node.type === 'array'
        ? 'string[]'
        : node.enum
          ? 'string'
          : (node.type as PropertyDescription['type']);
    const meta = namesOf(schema.shape[name] as z.ZodType);
    out[name] = {
      zh: meta?.zh ?? name,
      en: meta?.en ?? name,
      type: type ?? 'string',
      required: required.has(name),
      ...(node.enum && { enum: node.enum.map(String) }),
      ...(node.pattern && node.pattern.length < 200 && { pattern: node.pattern }),
      ...(node.minimum !== undefined && { minimum: node.minimum }),
      ...(node.maximum !== undefined && { maximum: node.maximum }),
    };
  }
  return out;
}

function namesOf(schema: z.ZodType): Partial<Names> | undefined {
  const own = schema.meta() as Partial<Names> | undefined;
  if (own?.zh) return own;
  return schema instanceof z.ZodOptional ? namesOf(schema.unwrap() as z.ZodType) : own;
}

let cached: SchemaDescription | undefined;
let extension: ExtensionSummary | null = null;

/** Drops the cached description: the schema in force changed (see extension/schema.ts). */
export function forgetDescription(summary: ExtensionSummary | null): void {
  cached = undefined;
  extension = summary;
}

export function describeSchema(): SchemaDescription {
  cached ??= {
    version: 1,
    ...(extension && { extension }),
    groups: kindGroups,
    kinds: nodeKindNames.map((kind) => {
      const spec = nodeKinds[kind];
      return {
        kind,
        zh: spec.zh,
        en: spec.en,
        group: spec.group,
        keyRule: spec.keyRule,
        ...('keyPattern' in spec && spec.keyPattern && { keyPattern: spec.keyPattern.source }),
        colour: spec.colour,
        size: spec.size,
        glyph: spec.glyph,
        glyphEn: ('glyphEn' in spec && spec.glyphEn) || spec.en.slice(0, 2),
        properties: describeProperties(spec.schema),
      };
    }),
    relationships: relTypeNames.map((rel) => {
      const spec = relationshipTypes[rel];
      return {
        rel,
        zh: spec.zh,
        en: spec.en,
        colour: spec.colour,
        pairs: spec.pairs.map(([f, t]) => [f, t] as [NodeKind, NodeKind]),
        properties: describeProperties(spec.schema),
      };
    }),
  };
  return cached;
}

/** The property names any kind or relationship may carry, with their types (for GraphML/GEXF headers). */
export function allPropertyTypes(): {
  nodes: Map<string, PropertyDescription['type']>;
  edges: Map<string, PropertyDescription['type']>;
} {
  const schema = describeSchema();
  const nodes = new Map<string, PropertyDescription['type']>();
  const edges = new Map<string, PropertyDescription['type']>();
  for (const k of schema.kinds)
    for (const [n, p] of Object.entries(k.properties)) if (!nodes.has(n)) nodes.set(n, p.type);
  for (const r of schema.relationships)
    for (const [n, p] of Object.entries(r.properties)) if (!edges.has(n)) edges.set(n, p.type);
  return { nodes, edges };
}
