/** Analysis projections on Neo4j (see the port's `projection`). */
import type { EdgeRow, NodeRow, ProjectionSpec, Subgraph } from '../port.ts';
import { projectionTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows } from '../order.ts';
import { countKinds, edgesOfType, nodesOfKind } from './cypher/projection.ts';
import { run, type Executor } from './executor.ts';
import { kindOf } from './names.ts';
import { nodePropNames, unpackProps } from './cypher/props.ts';
import { toNumber, toPlainProps } from './values.ts';

export async function projection(exec: Executor, spec: ProjectionSpec): Promise<Subgraph> {
  return exec.read('projection', async (tx) => {
    if (spec.kinds.length > 0) {
      const counts = await run(tx, countKinds(spec.kinds));
      const count = counts.records.reduce((sum, r) => sum + toNumber(r.get('c')), 0);
      if (count > spec.maxNodes) throw projectionTooLarge(count, spec.maxNodes);
    }
    const nodes: NodeRow[] = [];
    const withProps = spec.props !== false;
    for (const kind of spec.kinds) {
      const names = nodePropNames(kind);
      for (const r of (await run(tx, nodesOfKind(kind, withProps))).records)
        for (const [key, packed] of r.get('nodes') as [string, unknown][])
          nodes.push({ kind, key, props: withProps ? unpackProps(names, packed) : {} });
    }
    const kinds = new Set<string>(spec.kinds);
    const edges: EdgeRow[] = [];
    for (const rel of spec.rels)
      for (const r of (await run(tx, edgesOfType(rel))).records) {
        const from = {
          kind: kindOf(r.get('fromLabels') as string[]),
          key: r.get('fromKey') as string,
        };
        const to = { kind: kindOf(r.get('toLabels') as string[]), key: r.get('toKey') as string };
        if (kinds.has(from.kind) && kinds.has(to.kind))
          edges.push({ rel, from, to, props: toPlainProps(r.get('p') as Record<string, unknown>) });
      }
    nodes.sort(compareNodeRows);
    edges.sort(compareEdgeRows);
    return { nodes, edges, truncated: false };
  });
}
