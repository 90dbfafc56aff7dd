/**
 * Labels and relationship types as they may appear in Cypher text. Labels and types cannot be
 * parameters, so they are the one thing concatenated into a statement: only names from
 * graph-schema's enums pass, backquoted; anything else throws before a statement is built.
 */
import { isNodeKind, isRelType, type NodeKind } from '@chanjiao/graph-schema';

/** A node kind as a backquoted label; throws for anything that is not a kind. */
export function label(kind: string): string {
  if (!isNodeKind(kind)) throw new Error(`not a node kind: ${kind}`);
  return `\`${kind}\``;
}

/** A relationship type, backquoted; throws for anything that is not a type. */
export function relType(rel: string): string {
  if (!isRelType(rel)) throw new Error(`not a relationship type: ${rel}`);
  return `\`${rel}\``;
}

/**
 * A label or type as stored, backquoted: a name of the schema in force, or one a store may hold
 * from an earlier schema (a kind or relationship type a schema extension no longer declares) —
 * read back from the database or named for removal. Only identifier-shaped names pass, so the
 * backquoted text is the name and nothing else.
 */
export function storedName(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a stored name: ${name}`);
  return `\`${name}\``;
}

/** The kind among a node's labels (a node has exactly one kind label). */
export function kindOf(labels: string[]): NodeKind {
  const kind = labels.find(isNodeKind);
  if (!kind) throw new Error(`node without a known kind label: ${labels.join(',')}`);
  return kind;
}

/**
 * The kind a node is stored under: its kind label, or for a node of a kind the schema in force no
 * longer declares, its one label. Bookkeeping nodes (the audit trail, import sessions) are never
 * reached through graph relationships.
 */
export function storedKindOf(labels: string[]): string {
  return labels.find(isNodeKind) ?? labels[0] ?? '';
}
