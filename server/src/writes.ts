/**
 * Single-node and single-relationship writes behind the REST routes: validated with graph-schema
 * like an import record, stamped with `updatedAt`, applied as a one-op batch. PATCH merges the given
 * properties into the stored ones (a `null` removes a property) and validates the result whole.
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
  delete merged.updatedAt;
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

const now = () => new Date().toISOString();

export async function putNode(
  store: GraphStore,
  ref: NodeRef,
  props: unknown,
): Promise<{ created: boolean; node: NodeRow }> {
  const problem = keyProblem(ref.kind, ref.key);
  if (problem) throw new BadRequestError(`key: ${problem}`, [{ field: 'key', message: problem }]);
  const checked = valid(validateNodeProps(ref.kind, props));
  const node = { ...ref, props: { ...checked, updatedAt: now() } };
  const result = await store.write([{ op: 'upsertNode', node, mode: 'replace' }]);
  return { created: result.nodesCreated === 1, node };
}

export async function patchNode(
  store: GraphStore,
  ref: NodeRef,
  patch: PropsPatch,
): Promise<NodeRow> {
  const stored = await store.getNode(ref);
  if (!stored) throw notFoundNode(ref);
  const checked = valid(validateNodeProps(ref.kind, applyPatch(stored.props, patch)));
  const node = { ...ref, props: { ...checked, updatedAt: now() } };
  await store.write([{ op: 'upsertNode', node, mode: 'replace' }]);
  return node;
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
  const edge = { ...ref, props: { ...checked, updatedAt: now() } };
  try {
    const result = await store.write([{ op: 'upsertEdge', edge, mode: 'replace' }]);
    return { created: result.edgesCreated === 1, edge };
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
  const edge = { ...ref, props: { ...checked, updatedAt: now() } };
  await store.write([{ op: 'upsertEdge', edge, mode: 'replace' }]);
  return edge;
}

export async function deleteEdge(store: GraphStore, ref: EdgeRef): Promise<void> {
  const result = await store.write([{ op: 'removeEdge', ref }]);
  if (result.edgesRemoved === 0) throw new NotFoundError(`no relationship ${edgeId(ref)}`);
}

export function notFoundNode(ref: NodeRef): NotFoundError {
  return new NotFoundError(`no ${ref.kind} with key ${JSON.stringify(ref.key)} (${nodeId(ref)})`);
}
