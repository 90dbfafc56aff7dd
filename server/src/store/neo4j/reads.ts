/**
 * Reads of single entities, each one statement in one read transaction: a node, a relationship, a
 * node's relationships, and which of many nodes and relationships exist.
 */
import {
  edgeId,
  nodeId,
  type EdgeRef,
  type NodeRef,
  type RelationSummary,
  type RelType,
} from '@chanjiao/graph-schema';
import type { EdgeRow, NodeRow } from '../port.ts';
import { compareStrings } from '../order.ts';
import * as read from './cypher/read.ts';
import { run, type Executor } from './executor.ts';
import { kindOf } from './names.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return [...out.values()];
}

export async function getNode(exec: Executor, ref: NodeRef): Promise<NodeRow | null> {
  const record = (await exec.readOne('getNode', read.getNode(ref))).records[0];
  return record
    ? { kind: ref.kind, key: ref.key, props: nodeProps(record.get('p') as Record<string, unknown>) }
    : null;
}

export async function getEdge(exec: Executor, ref: EdgeRef): Promise<EdgeRow | null> {
  const record = (await exec.readOne('getEdge', read.getEdge(ref))).records[0];
  return record
    ? { ...ref, props: toPlainProps(record.get('p') as Record<string, unknown>) }
    : null;
}

export async function relationships(
  exec: Executor,
  ref: NodeRef,
  limit: number,
): Promise<{ items: RelationSummary[]; total: number }> {
  const { records } = await exec.readOne('relationships', read.relationships(ref, limit));
  const items = records.map((record) => {
    const kind = kindOf(record.get('labels') as string[]);
    const key = record.get('key') as string;
    const name_en = record.get('name_en') as string | null;
    return {
      rel: record.get('rel') as RelType,
      direction: record.get('direction') as 'out' | 'in',
      other: {
        kind,
        key,
        name_zh: (record.get('name_zh') as string | null) ?? key,
        ...(name_en !== null && { name_en }),
      },
      props: toPlainProps(record.get('props') as Record<string, unknown>),
    };
  });
  // Neo4j sorted them already; sorting again in code-unit order keeps both stores identical.
  items.sort(
    (a, b) =>
      compareStrings(a.rel, b.rel) ||
      compareStrings(a.direction, b.direction) ||
      compareStrings(nodeId(a.other), nodeId(b.other)),
  );
  return { items, total: records.length ? toNumber(records[0]!.get('total')) : 0 };
}

export async function existing(
  exec: Executor,
  nodes: NodeRef[],
  edges: EdgeRef[],
): Promise<{ nodes: Set<string>; edges: Set<string> }> {
  return exec.read('existing', async (tx) => {
    const foundNodes = new Set<string>();
    for (const refs of groupBy(nodes, (n) => n.kind)) {
      const kind = refs[0]!.kind;
      const res = await run(
        tx,
        read.existingNodes(
          kind,
          refs.map((r) => r.key),
        ),
      );
      for (const record of res.records)
        foundNodes.add(nodeId({ kind, key: record.get('key') as string }));
    }
    const foundEdges = new Set<string>();
    for (const refs of groupBy(edges, (e) => `${e.rel}|${e.from.kind}|${e.to.kind}`)) {
      const { rel, from, to } = refs[0]!;
      const res = await run(
        tx,
        read.existingEdges(
          { rel, from: from.kind, to: to.kind },
          refs.map((r) => ({ from: r.from.key, to: r.to.key })),
        ),
      );
      for (const record of res.records)
        foundEdges.add(
          edgeId({
            rel,
            from: { kind: from.kind, key: record.get('from') as string },
            to: { kind: to.kind, key: record.get('to') as string },
          }),
        );
    }
    return { nodes: foundNodes, edges: foundEdges };
  });
}
