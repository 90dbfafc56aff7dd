/**
 * Properties on their way out of Neo4j as lists of values in the order graph-schema declares them
 * for the kind or relationship type, instead of maps: the driver decodes every map key of every
 * row as a string of its own, so a 500-node answer decoded as maps spends about 40% of its client
 * time on names it already knows. A property the schema does not declare for the kind (written
 * by an older version, or by hand) comes after them as a [name, value] pair, so nothing is lost.
 *
 * A statement using these fragments takes the name lists as `$names` (by kind, for nodes) or
 * `$relNames` (by type, for relationships); unpackProps turns an answer back into properties.
 */
import {
  nodeKinds,
  relationshipTypes,
  type NodeKind,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import { perSchema } from '../per-schema.ts';
import { plain } from '../values.ts';

function declared(shape: object): string[] {
  return Object.keys(shape).filter((name) => name !== 'key');
}

const caches = perSchema(() => ({
  nodeNames: new Map<NodeKind, string[]>(),
  relNames: new Map<RelType, string[]>(),
}));

/**
 * The declared property names of a kind, in schema order (`key` is not among them); none for a
 * kind the schema in force no longer declares (a node a read reaches that an extension left
 * behind: all its properties are then "other" ones).
 */
export function nodePropNames(kind: NodeKind): string[] {
  const { nodeNames } = caches();
  let names = nodeNames.get(kind);
  if (!names) nodeNames.set(kind, (names = declared(nodeKinds[kind]?.schema.shape ?? {})));
  return names;
}

export function relPropNames(rel: RelType): string[] {
  const { relNames } = caches();
  let names = relNames.get(rel);
  if (!names) relNames.set(rel, (names = declared(relationshipTypes[rel]?.schema.shape ?? {})));
  return names;
}

/** `$names` for these kinds. */
export function namesByKind(kinds: Iterable<NodeKind>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kind of kinds) out[kind] = nodePropNames(kind);
  return out;
}

/** `$relNames` for these types. */
export function namesByType(rels: Iterable<RelType>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rel of rels) out[rel] = relPropNames(rel);
  return out;
}

/**
 * The properties of `v` packed as [declared values, other [name, value] pairs]; `names` is a
 * Cypher expression for the declared names (e.g. `$names[labels(n)[0]]`, or `$names` for one kind).
 */
export function packed(v: string, names: string): string {
  return `[[k IN ${names} | ${v}[k]], [k IN keys(${v}) WHERE k <> 'key' AND NOT k IN ${names} | [k, ${v}[k]]]]`;
}

/** The properties of a packed answer, as plain JSON values (absent ones left out). */
export function unpackProps(names: string[], value: unknown): Props {
  const [values, others] = value as [unknown[], [string, unknown][]];
  // Converted as they are read: no intermediate object per node or relationship.
  const out: Props = {};
  for (let i = 0; i < values.length; i++) {
    const v = plain(values[i]);
    if (v !== undefined) out[names[i]!] = v;
  }
  for (const [name, raw] of others) {
    const v = plain(raw);
    if (v !== undefined) out[name] = v;
  }
  return out;
}
