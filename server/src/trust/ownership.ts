/**
 * The ownership rule and the provenance stamp, as pure functions over a batch and the stored
 * records it touches. A node belongs to the organisation in its `org` (none: the consortium's,
 * which only administrators change); a relationship is part of its start node's record. An editor
 * creates freely (new nodes are their organisation's) but changes or deletes only what belongs to
 * one of their organisations; an administrator changes everything. Every written record gets the
 * server's `updatedAt` and `updatedBy`; what a client sent for those, or for `org`, is dropped.
 */
import { nodeId, type NodeRef, type Props } from '@chanjiao/graph-schema';
import type { NodeRow, WriteOp } from '../store/port.ts';
import { NotOwnerError } from './errors.ts';
import { isPrivate } from './scope.ts';
import { mayChange, newRecordOrg, type Writer } from './writer.ts';

/** Properties only the server sets. */
export const serverSetProps = ['updatedAt', 'updatedBy', 'org'] as const;

/** The nodes whose organisation decides whether the batch may be written. */
export function ownersToRead(ops: readonly WriteOp[]): NodeRef[] {
  const refs = new Map<string, NodeRef>();
  const add = (ref: NodeRef) => refs.set(nodeId(ref), { kind: ref.kind, key: ref.key });
  for (const op of ops)
    switch (op.op) {
      case 'upsertNode':
        add(op.node);
        break;
      case 'removeNode':
        add(op.ref);
        break;
      case 'upsertEdge':
        add(op.edge.from);
        break;
      case 'removeEdge':
        add(op.ref.from);
        break;
    }
  return [...refs.values()];
}

function orgOf(node: NodeRow | undefined): string | undefined {
  const org = node?.props.org;
  return typeof org === 'string' ? org : undefined;
}

function refuse(writer: Writer, record: string, owner: NodeRow): never {
  const org = orgOf(owner);
  const ownerId = nodeId(owner);
  // A private record of another organisation: its existence is all the refusal tells.
  if (isPrivate(owner.props) && writer.role !== 'admin')
    throw new NotOwnerError(
      `${record}: ${ownerId} is private to another organisation`,
      ownerId,
      null,
    );
  const whose = org === undefined ? 'belongs to no organisation' : `belongs to ${org}`;
  const rule =
    org === undefined
      ? 'only administrators change it'
      : `${writer.username} may change only records of ${writer.organisations.join(', ')}`;
  const part = record === ownerId ? '' : `, which is part of ${ownerId}`;
  throw new NotOwnerError(`${record}${part}: ${ownerId} ${whose}; ${rule}`, ownerId, org ?? null);
}

function withoutServerSet(props: Props): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...props };
  for (const name of serverSetProps) delete kept[name];
  return kept;
}

/**
 * Checks the batch against the stored owners (`stored`: the nodes of `ownersToRead` that exist, by
 * node id) and returns it stamped. Throws NotOwnerError at the first record the writer may not
 * change, OrganisationRequiredError when a new node needs `?org=`.
 */
export function guardBatch<T extends WriteOp>(
  ops: readonly T[],
  stored: ReadonlyMap<string, NodeRow>,
  writer: Writer,
): T[] {
  const stamp = { updatedAt: writer.at, updatedBy: writer.username };
  return ops.map((op): T => {
    switch (op.op) {
      case 'upsertNode': {
        const id = nodeId(op.node);
        const existing = stored.get(id);
        if (existing && !mayChange(writer, orgOf(existing))) refuse(writer, id, existing);
        // A new node is the writer's organisation's; a stored one keeps its own (a merge keeps
        // it by leaving it out, a replace must carry it over).
        const org = existing ? orgOf(existing) : (newRecordOrg(writer, id) ?? undefined);
        const props = {
          ...withoutServerSet(op.node.props),
          ...((!existing || op.mode === 'replace') && org !== undefined && { org }),
          ...stamp,
        } as Props;
        return { ...op, node: { ...op.node, props } };
      }
      case 'removeNode': {
        const id = nodeId(op.ref);
        const existing = stored.get(id);
        if (existing && !mayChange(writer, orgOf(existing))) refuse(writer, id, existing);
        return op;
      }
      case 'upsertEdge':
      case 'removeEdge': {
        const ref = op.op === 'upsertEdge' ? op.edge : op.ref;
        const owner = nodeId(ref.from);
        const start = stored.get(owner);
        if (start && !mayChange(writer, orgOf(start)))
          refuse(writer, `relationship ${ref.rel} ${owner} → ${nodeId(ref.to)}`, start);
        if (op.op === 'removeEdge') return op;
        const props = { ...withoutServerSet(op.edge.props), ...stamp } as Props;
        return { ...op, edge: { ...op.edge, props } };
      }
    }
    return op;
  });
}
