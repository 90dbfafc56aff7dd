/**
 * Single-node and single-relationship writes behind the REST routes: validated with graph-schema
 * like an import record, applied as a one-op batch through the store the route passes — the
 * request's guarded store, which checks ownership and sets `updatedAt`, `updatedBy` and `org`
 * (trust/ownership.ts) — and answered with the record as stored. PATCH merges the given properties
 * into the stored ones (a `null` removes a property) and validates the result whole.
 */
import {
  allowsPair,
  edgeId,
  keyProblem,
  nodeId,
  validateEdgeProps,
  validateNodeProps,
  type EdgeRef,
  type NodeRef,
  type Props,
  type Validation,
} from '@chanjiao/graph-schema';
import { BadRequestError, MissingNodeError, NotFoundError } from './errors.ts';
import type { EdgeRow, GraphStore, NodeRow, WriteResult } from './store/port.ts';

export type PropsPatch = Record<string, unknown>;

function applyPatch(stored: Props, patch: PropsPatch): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

function valid(result: Validation<Props>): Props {
  if (!result.ok)
    throw new BadRequestError(
      result.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      result.errors,
    );
  return result.value;
}

/** The record as the store holds it after a write (with the provenance the server set). */
async function storedNode(store: GraphStore, ref: NodeRef): Promise<NodeRow> {
  const node = await store.getNode(ref);
  if (!node) throw notFoundNode(ref);
  return node;
}

async function storedEdge(store: GraphStore, ref: EdgeRef): Promise<EdgeRow> {
  const edge = await store.getEdge(ref);
  if (!edge) throw new NotFoundError(`no relationship ${edgeId(ref)}`);
  return edge;
}

export async function putNode(
  store: GraphStore,
  ref: NodeRef,
  props: unknown,
): Promise<{ created: boolean; node: NodeRow }> {
  const problem = keyProblem(ref.kind, ref.key);
  if (problem) throw new BadRequestError(`key: ${problem}`, [{ field: 'key', message: problem }]);
  const checked = valid(validateNodeProps(ref.kind, props));
  const node = { ...ref, props: checked };
  const result = await store.write([{ op: 'upsertNode', node, mode: 'replace' }]);
  return { created: result.nodesCreated === 1, node: await storedNode(store, ref) };
}

export async function patchNode(
  store: GraphStore,
  ref: NodeRef,
  patch: PropsPatch,
): Promise<NodeRow> {
  const stored = await store.getNode(ref);
  if (!stored) throw notFoundNode(ref);
  const checked = valid(validateNodeProps(ref.kind, applyPatch(stored.props, patch)));
  await store.write([{ op: 'upsertNode', node: { ...ref, props: checked }, mode: 'replace' }]);
  return storedNode(store, ref);
}

export async function deleteNode(store: GraphStore, ref: NodeRef): Promise<WriteResult> {
  const result = await store.write([{ op: 'removeNode', ref }]);
  if (result.nodesRemoved === 0) throw notFoundNode(ref);
  return result;
}

export async function putEdge(
  store: GraphStore,
  ref: EdgeRef,
  props: unknown,
): Promise<{ created: boolean; edge: EdgeRow }> {
  if (!allowsPair(ref.rel, ref.from.kind, ref.to.kind)) {
    const message = `${ref.rel} does not join ${ref.from.kind}→${ref.to.kind}`;
    throw new BadRequestError(message, [{ field: 'rel', message }]);
  }
  const checked = valid(validateEdgeProps(ref.rel, props));
  const edge = { ...ref, props: checked };
  try {
    const result = await store.write([{ op: 'upsertEdge', edge, mode: 'replace' }]);
    return { created: result.edgesCreated === 1, edge: await storedEdge(store, ref) };
  } catch (error) {
    if (error instanceof MissingNodeError) throw new NotFoundError(error.message);
    throw error;
  }
}

export async function patchEdge(
  store: GraphStore,
  ref: EdgeRef,
  patch: PropsPatch,
): Promise<EdgeRow> {
  const stored = await store.getEdge(ref);
  if (!stored) throw new NotFoundError(`no relationship ${edgeId(ref)}`);
  const checked = valid(validateEdgeProps(ref.rel, applyPatch(stored.props, patch)));
  await store.write([{ op: 'upsertEdge', edge: { ...ref, props: checked }, mode: 'replace' }]);
  return storedEdge(store, ref);
}

export async function deleteEdge(store: GraphStore, ref: EdgeRef): Promise<void> {
  const result = await store.write([{ op: 'removeEdge', ref }]);
  if (result.edgesRemoved === 0) throw new NotFoundError(`no relationship ${edgeId(ref)}`);
}

export function notFoundNode(ref: NodeRef): NotFoundError {
  return new NotFoundError(`no ${ref.kind} with key ${JSON.stringify(ref.key)} (${nodeId(ref)})`);
}
