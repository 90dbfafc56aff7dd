/**
 * The neighbourhood of a node: breadth-first in both directions with a node budget, in the
 * deterministic order of traverse.ts, then the returned nodes' properties and the relationships
 * among them.
 */
import { nodeId, type RelType } from '@chanjiao/graph-schema';
import type { EdgeRow, NeighbourhoodQuery, NodeRow, Subgraph } from '../port.ts';
import { compareEdgeRows } from '../order.ts';
import { breadthFirstByLevel } from '../traverse.ts';
import * as walk from './cypher/neighbourhood.ts';
import { run, type Executor } from './executor.ts';
import { kindOf } from './names.ts';
import { nodeProps, toPlainProps } from './values.ts';

export async function neighbourhood(
  exec: Executor,
  query: NeighbourhoodQuery,
): Promise<Subgraph | null> {
  return exec.read('neighbourhood', async (tx) => {
    const center = await run(tx, walk.centre(query.center));
    if (center.records.length === 0) return null;
    const elementIds = new Map<string, string>([
      [nodeId(query.center), center.records[0]!.get('id') as string],
    ]);
    const neighboursOf = async (frontier: string[]) => {
      const res = await run(tx, walk.frontierNeighbours(frontier.map((f) => elementIds.get(f)!)));
      const byElement = new Map([...elementIds].map(([k, v]) => [v, k]));
      const adjacency = new Map<string, string[]>();
      for (const record of res.records) {
        const from = byElement.get(record.get('id') as string)!;
        const to = nodeId({
          kind: kindOf(record.get('labels') as string[]),
          key: record.get('key') as string,
        });
        elementIds.set(to, record.get('mid') as string);
        const list = adjacency.get(from);
        if (list) list.push(to);
        else adjacency.set(from, [to]);
      }
      return adjacency;
    };
    const { ids, truncated } = await breadthFirstByLevel(
      nodeId(query.center),
      neighboursOf,
      query.depth,
      query.limit,
    );
    const eids = ids.map((id) => elementIds.get(id)!);
    const rows = new Map<string, NodeRow>();
    for (const record of (await run(tx, walk.nodesByElementId(eids))).records) {
      const kind = kindOf(record.get('labels') as string[]);
      const key = record.get('key') as string;
      rows.set(nodeId({ kind, key }), {
        kind,
        key,
        props: nodeProps(record.get('p') as Record<string, unknown>),
      });
    }
    const edges = (await run(tx, walk.edgesAmong(eids))).records.map((record): EdgeRow => ({
      rel: record.get('rel') as RelType,
      from: {
        kind: kindOf(record.get('fromLabels') as string[]),
        key: record.get('fromKey') as string,
      },
      to: {
        kind: kindOf(record.get('toLabels') as string[]),
        key: record.get('toKey') as string,
      },
      props: toPlainProps(record.get('p') as Record<string, unknown>),
    }));
    edges.sort(compareEdgeRows);
    return { nodes: ids.map((id) => rows.get(id)!), edges, truncated };
  });
}
