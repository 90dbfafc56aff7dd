/**
 * What a store holds that the schema in force no longer declares — after a deployment removes
 * something from its schema extension: nodes of kinds it lost, relationships of types it lost or
 * joining pairs it no longer allows, and properties no kind or type declares any more. `findResidue`
 * counts them with a few keys of each (read through the full export, so it costs one pass over the
 * store); `pruneResidue` removes them as ordinary audited writes: undeclared nodes and
 * relationships are removed, undeclared properties dropped from records that keep the rest.
 */
import {
  isNodeKind,
  isRelType,
  nodeKinds,
  relationshipTypes,
  type EdgeRef,
  type NodeKind,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import type { AuditStamp, GraphStore, WriteOp, WriteResult } from '../store/port.ts';

/** How many records, and the first few of them. */
export interface Tally {
  count: number;
  samples: string[];
}

export interface Residue {
  /** Undeclared node kinds → their nodes. */
  kinds: Record<string, Tally>;
  /** Undeclared relationship types → their relationships. */
  types: Record<string, Tally>;
  /** `REL From→To` for a declared type joining a pair it no longer allows. */
  pairs: Record<string, Tally>;
  /** `Kind.property` → the nodes carrying it. */
  nodeProperties: Record<string, Tally>;
  /** `REL.property` → the relationships carrying it. */
  relationshipProperties: Record<string, Tally>;
}

const sampleCount = 3;

function declared(shape: object): Set<string> {
  return new Set(Object.keys(shape));
}

function count(tallies: Record<string, Tally>, name: string, sample: string): void {
  const tally = (tallies[name] ??= { count: 0, samples: [] });
  tally.count += 1;
  if (tally.samples.length < sampleCount) tally.samples.push(sample);
}

const edgeName = (e: EdgeRef) => `${e.from.kind}:${e.from.key}→${e.to.kind}:${e.to.key}`;

function allowed(rel: RelType, from: NodeKind, to: NodeKind): boolean {
  const spec = relationshipTypes[rel] as { pairs: readonly (readonly [NodeKind, NodeKind])[] };
  return spec.pairs.some(([a, b]) => a === from && b === to);
}

/** What the records hold beyond the schema, and what each pruned record becomes. */
interface Finding {
  residue: Residue;
  ops: WriteOp[];
}

function withoutUndeclared(props: Props, names: Set<string>): Props {
  return Object.fromEntries(Object.entries(props).filter(([name]) => names.has(name))) as Props;
}

async function scan(store: GraphStore, collectOps: boolean): Promise<Finding> {
  const residue: Residue = {
    kinds: {},
    types: {},
    pairs: {},
    nodeProperties: {},
    relationshipProperties: {},
  };
  const ops: WriteOp[] = [];
  const nodeNames = new Map<NodeKind, Set<string>>();
  const relNames = new Map<RelType, Set<string>>();
  /** Nodes that go: their relationships go with them, so they are not listed again. */
  const goneKinds = new Set<string>();
  for await (const item of store.exportAll()) {
    if (item.type === 'node') {
      const { kind, key, props } = item;
      if (!isNodeKind(kind)) {
        count(residue.kinds, kind, key);
        goneKinds.add(kind);
        if (collectOps) ops.push({ op: 'removeNode', ref: { kind, key } });
        continue;
      }
      let names = nodeNames.get(kind);
      if (!names) nodeNames.set(kind, (names = declared(nodeKinds[kind].schema.shape)));
      const extra = Object.keys(props).filter((name) => !names.has(name));
      for (const name of extra) count(residue.nodeProperties, `${kind}.${name}`, key);
      if (extra.length > 0 && collectOps)
        ops.push({
          op: 'upsertNode',
          node: { kind, key, props: withoutUndeclared(props, names) },
          mode: 'replace',
        });
      continue;
    }
    const { rel, from, to, props } = item;
    const ref: EdgeRef = { rel, from, to };
    if (goneKinds.has(from.kind) || goneKinds.has(to.kind)) continue;
    if (!isRelType(rel)) {
      count(residue.types, rel, edgeName(ref));
      if (collectOps) ops.push({ op: 'removeEdge', ref });
      continue;
    }
    if (!allowed(rel, from.kind, to.kind)) {
      count(residue.pairs, `${rel} ${from.kind}→${to.kind}`, edgeName(ref));
      if (collectOps) ops.push({ op: 'removeEdge', ref });
      continue;
    }
    let names = relNames.get(rel);
    if (!names) relNames.set(rel, (names = declared(relationshipTypes[rel].schema.shape)));
    const extra = Object.keys(props).filter((name) => !names.has(name));
    for (const name of extra)
      count(residue.relationshipProperties, `${rel}.${name}`, edgeName(ref));
    if (extra.length > 0 && collectOps)
      ops.push({
        op: 'upsertEdge',
        edge: { ...ref, props: withoutUndeclared(props, names) },
        mode: 'replace',
      });
  }
  return { residue, ops };
}

export async function findResidue(store: GraphStore): Promise<Residue> {
  return (await scan(store, false)).residue;
}

export function residueIsEmpty(residue: Residue): boolean {
  return Object.values(residue).every((tallies) => Object.keys(tallies).length === 0);
}

/**
 * Removes the residue, `batch` records per write, each write audited with `stamp` (the change
 * feed shows every removed record and every record's properties before and after). Returns what
 * it found and the writes' totals.
 */
export async function pruneResidue(
  store: GraphStore,
  stamp: AuditStamp,
  batch = 1000,
): Promise<{ residue: Residue; result: WriteResult }> {
  const { residue, ops } = await scan(store, true);
  const result: WriteResult = {
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesRemoved: 0,
    edgesCreated: 0,
    edgesUpdated: 0,
    edgesRemoved: 0,
  };
  // Relationships first: a node removed later takes its remaining relationships with it.
  ops.sort((a, b) => Number(a.op === 'removeNode') - Number(b.op === 'removeNode'));
  for (let i = 0; i < ops.length; i += batch) {
    const done = await store.write(ops.slice(i, i + batch), stamp);
    for (const name of Object.keys(result) as (keyof WriteResult)[]) result[name] += done[name];
  }
  return { residue, result };
}
