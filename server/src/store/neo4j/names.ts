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

/** The kind among a node's labels (a node has exactly one kind label). */
export function kindOf(labels: string[]): NodeKind {
  const kind = labels.find(isNodeKind);
  if (!kind) throw new Error(`node without a known kind label: ${labels.join(',')}`);
  return kind;
}
