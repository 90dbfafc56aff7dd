/**
 * What the mapping engine needs to know about the graph schema: the properties of each node kind
 * and relationship type, and their value types, read from @chanjiao/graph-schema so that a kind or
 * property added there is mappable without a change here.
 */
import {
  describeSchema,
  isNodeKind,
  isRelType,
  nodeKinds,
  relationshipTypes,
  type NodeKind,
  type PropertyDescription,
  type RelType,
} from '@chanjiao/graph-schema';

export type PropType = PropertyDescription['type'];

let nodeTypes: Map<string, Map<string, PropType>> | undefined;
let edgeTypes: Map<string, Map<string, PropType>> | undefined;
/** The description the maps were made from: a new one (a schema extension) makes them again. */
let madeFrom: ReturnType<typeof describeSchema> | undefined;

function load() {
  const schema = describeSchema();
  if (nodeTypes && edgeTypes && madeFrom === schema) return { nodeTypes, edgeTypes };
  madeFrom = schema;
  nodeTypes = new Map(
    schema.kinds.map((k) => [
      k.kind,
      new Map(Object.entries(k.properties).map(([n, p]) => [n, p.type])),
    ]),
  );
  edgeTypes = new Map(
    schema.relationships.map((r) => [
      r.rel,
      new Map(Object.entries(r.properties).map(([n, p]) => [n, p.type])),
    ]),
  );
  return { nodeTypes, edgeTypes };
}

/** The properties a node kind may carry (common ones included). */
export function nodePropNames(kind: NodeKind): string[] {
  return Object.keys(nodeKinds[kind].schema.shape);
}

/** The properties a relationship type may carry (common ones included). */
export function edgePropNames(rel: RelType): string[] {
  return Object.keys(relationshipTypes[rel].schema.shape);
}

export function nodePropType(kind: NodeKind, prop: string): PropType | undefined {
  return load().nodeTypes.get(kind)?.get(prop);
}

export function edgePropType(rel: RelType, prop: string): PropType | undefined {
  return load().edgeTypes.get(rel)?.get(prop);
}

export { isNodeKind, isRelType };
