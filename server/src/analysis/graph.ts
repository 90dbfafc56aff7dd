/**
 * The in-memory view analyses compute on: a projection from the store, indexed by node id and by
 * relationship type in both directions. Pure data, no I/O — tests build one from a hand-made
 * subgraph, the API from `store.projection()`.
 */
import { nodeId, type NodeKind, type Props, type RelType } from '@chanjiao/graph-schema';
import type { Subgraph } from '../store/port.ts';

export interface Link {
  id: string;
  props: Props;
}

export interface AnalysisNode {
  id: string;
  kind: NodeKind;
  key: string;
  props: Props;
}

export class AnalysisGraph {
  private readonly nodes = new Map<string, AnalysisNode>();
  private readonly byKind = new Map<NodeKind, AnalysisNode[]>();
  private readonly outgoing = new Map<string, Link[]>();
  private readonly incoming = new Map<string, Link[]>();

  constructor(subgraph: Pick<Subgraph, 'nodes' | 'edges'>) {
    for (const row of subgraph.nodes) {
      const node = { id: nodeId(row), kind: row.kind, key: row.key, props: row.props };
      this.nodes.set(node.id, node);
      const list = this.byKind.get(row.kind);
      if (list) list.push(node);
      else this.byKind.set(row.kind, [node]);
    }
    for (const edge of subgraph.edges) {
      const from = nodeId(edge.from);
      const to = nodeId(edge.to);
      push(this.outgoing, `${edge.rel}|${from}`, { id: to, props: edge.props });
      push(this.incoming, `${edge.rel}|${to}`, { id: from, props: edge.props });
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): AnalysisNode | undefined {
    return this.nodes.get(id);
  }

  nodesOf(kind: NodeKind): AnalysisNode[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Targets of `rel` edges leaving `id`, with the edge properties. */
  out(id: string, rel: RelType): Link[] {
    return this.outgoing.get(`${rel}|${id}`) ?? [];
  }

  /** Sources of `rel` edges arriving at `id`, with the edge properties. */
  in(id: string, rel: RelType): Link[] {
    return this.incoming.get(`${rel}|${id}`) ?? [];
  }

  name(id: string): { name_zh: string; name_en?: string } {
    const props = this.nodes.get(id)?.props ?? {};
    const name_zh = typeof props.name_zh === 'string' ? props.name_zh : id;
    return typeof props.name_en === 'string' ? { name_zh, name_en: props.name_en } : { name_zh };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function numberProp(props: Props, name: string): number | undefined {
  const value = props[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The region and every region below it (PART_OF Region→Region). */
export function regionAndBelow(graph: AnalysisGraph, regionId: string): Set<string> {
  const out = new Set([regionId]);
  const queue = [regionId];
  while (queue.length) {
    const current = queue.pop()!;
    for (const child of graph.in(current, 'PART_OF'))
      if (graph.node(child.id)?.kind === 'Region' && !out.has(child.id)) {
        out.add(child.id);
        queue.push(child.id);
      }
  }
  return out;
}

/** Whether a node is LOCATED_IN one of the regions, directly or through a park located there. */
export function isLocatedIn(graph: AnalysisGraph, id: string, regions: Set<string>): boolean {
  for (const place of graph.out(id, 'LOCATED_IN')) {
    if (regions.has(place.id)) return true;
    const node = graph.node(place.id);
    if (node?.kind === 'Park' && graph.out(place.id, 'LOCATED_IN').some((r) => regions.has(r.id)))
      return true;
  }
  return false;
}
