/**
 * The schema as a value: the kinds and relationship types (with their zod validation), built in or
 * added by a deployment's extension. `builtInSchema` is the one kinds.ts and relationships.ts
 * declare; extendSchema (build.ts) makes an extended one.
 *
 * `activateSchema` makes a value the process's schema. The rest of the code base reads the schema
 * through this package's module-level names — `nodeKinds`, `nodeKindNames`, `isNodeKind`,
 * `relationshipTypes`, `allowsPair`, the database description, `describeSchema`, the wire enums —
 * and activation refills those in place, so every reader (validation, the stores' labels and
 * constraints, exports, OpenAPI) follows the extension without being handed the value. A server
 * or command activates its configured schema once, before it opens a store; tests switch back
 * with `activateSchema(builtInSchema)`. The TypeScript types (`NodeKind`, `RelType`) stay those
 * of the built-in schema: a deployment's kinds exist at run time only.
 */
import type { z } from 'zod';
import { refreshDatabaseDescription } from '../database.ts';
import type { KindGroup, Names, PropertyShape } from '../define.ts';
import { forgetDescription } from '../describe.ts';
import { nodeKindNames, nodeKinds, type NodeKind } from '../kinds.ts';
import { relationshipTypes, relTypeNames, type RelType } from '../relationships.ts';

export interface KindDefinition extends Names {
  group: KindGroup;
  keyRule: Names;
  keyPattern?: RegExp;
  colour: string;
  size: number;
  glyph: string;
  glyphEn?: string;
  props: PropertyShape;
  indexed?: string[];
  schema: z.ZodObject;
}

export interface RelDefinition extends Names {
  pairs: readonly (readonly [string, string])[];
  props: PropertyShape;
  colour: string;
  schema: z.ZodObject;
}

/** What an extension added, for hints and for `/api/schema`. */
export interface ExtensionSummary {
  /** The file's name as the deployment gave it (ATLAS_SCHEMA). */
  file: string;
  kinds: string[];
  relationships: string[];
  /** Added properties by kind or relationship type. */
  properties: Record<string, string[]>;
}

export interface GraphSchema {
  kinds: Readonly<Record<string, KindDefinition>>;
  relationships: Readonly<Record<string, RelDefinition>>;
  extension: ExtensionSummary | null;
}

export const builtInSchema: GraphSchema = Object.freeze({
  kinds: Object.freeze({ ...(nodeKinds as Record<string, KindDefinition>) }),
  relationships: Object.freeze({ ...(relationshipTypes as Record<string, RelDefinition>) }),
  extension: null,
});

let active: GraphSchema = builtInSchema;

/** The schema the process works with (the built-in one until another is activated). */
export function activeSchema(): GraphSchema {
  return active;
}

/** Replaces the contents of a registry object, keeping its identity (modules hold it). */
function refill<T>(registry: Record<string, T>, entries: Readonly<Record<string, T>>): void {
  for (const name of Object.keys(registry)) delete registry[name];
  Object.assign(registry, entries);
}

function refillList<T>(list: T[], items: T[]): void {
  list.splice(0, list.length, ...items);
}

/** Makes `schema` the process's schema (see the module comment). */
export function activateSchema(schema: GraphSchema): void {
  if (schema === active) return;
  refill(nodeKinds as Record<string, KindDefinition>, schema.kinds);
  refillList(nodeKindNames, Object.keys(schema.kinds) as NodeKind[]);
  refill(relationshipTypes as Record<string, RelDefinition>, schema.relationships);
  refillList(relTypeNames, Object.keys(schema.relationships) as RelType[]);
  refreshDatabaseDescription();
  forgetDescription(schema.extension);
  active = schema;
}
