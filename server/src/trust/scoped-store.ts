/**
 * The store as one reader may see it: private records of other organisations are left out of
 * every read — node details, relationships, search, neighbourhoods, the scoped reads analyses use,
 * projections and the export — so no route and no analysis can return them. A Proxy over the
 * port: reads it does not know (and every write) pass through.
 *
 * This filters what the adapters answer, above the port, so it holds on both stores without
 * adapter code — except search and the counts analyses take inside the store (`countNeighbours`, `aggregate`),
 * whose totals must leave them out without reading what they count, so the scope goes down to the
 * store (`privateOf`). Its costs are that a filtered answer may come back shorter than its limit,
 * and a relationship total counts what it hid only among the listed items. Store-wide statistics (`stats`, health) still count every record.
 */
import { nodeId, type NodeRef, type Props } from '@chanjiao/graph-schema';
import type {
  AggregateGroup,
  AggregateQuery,
  CountQuery,
  FirstNodes,
  FirstNodesQuery,
  EdgeRow,
  ExportItem,
  ExpandQuery,
  GraphStore,
  NeighbourCounts,
  NodeRow,
  RelationshipGroup,
  RelationshipGroupQuery,
  Subgraph,
  SubgraphText,
} from '../store/port.ts';
import { isVisible, type ReadScope } from './scope.ts';

export function scopedStore(store: GraphStore, scope: ReadScope): GraphStore {
  if (scope.all) return store;
  const visible = (node: NodeRow) => isVisible(node.props, scope);

  /** Of these node ids, the ones the reader may not see (read from the store). */
  const hiddenAmong = async (refs: NodeRef[]): Promise<Set<string>> => {
    const unique = new Map(refs.map((r) => [nodeId(r), { kind: r.kind, key: r.key }]));
    const hidden = new Set<string>();
    if (unique.size === 0) return hidden;
    const found = await store.getNodes([...unique.values()]);
    for (const node of found) if (!visible(node)) hidden.add(nodeId(node));
    return hidden;
  };

  const edgeShown = (edge: EdgeRow, hidden: ReadonlySet<string>) =>
    !hidden.has(nodeId(edge.from)) && !hidden.has(nodeId(edge.to));

  const overrides: Partial<GraphStore> = {
    async getNode(ref) {
      const node = await store.getNode(ref);
      return node && visible(node) ? node : null;
    },

    async getNodes(refs) {
      return (await store.getNodes(refs)).filter(visible);
    },

    async getEdge(ref) {
      const edge = await store.getEdge(ref);
      if (!edge) return null;
      return (await hiddenAmong([edge.from, edge.to])).size ? null : edge;
    },

    async relationships(ref, limit) {
      const listed = await store.relationships(ref, limit);
      const hidden = await hiddenAmong(listed.items.map((item) => item.other));
      if (hidden.size === 0) return listed;
      const items = listed.items.filter((item) => !hidden.has(nodeId(item.other)));
      return { items, total: listed.total - (listed.items.length - items.length) };
    },

    async search(query) {
      // The store leaves them out itself, so the page, its total and its facets agree.
      return store.search({ ...query, privateOf: scope.organisations });
    },

    // The text fast path stays open to every reader: only a node whose properties' text could
    // say `private` is parsed, and the answer is filtered as the parsed one below would be.
    neighbourhoodText:
      store.neighbourhoodText &&
      (async (query) => {
        const graph = await store.neighbourhoodText!(query);
        if (!graph) return null;
        // Which nodes could be private is kept on the answer: a store may hand it out again.
        let suspects = graph.mayBePrivate;
        if (suspects === undefined) {
          const found: number[] = [];
          graph.nodes.forEach((node, i) => mayBePrivate(node.props) && found.push(i));
          graph.mayBePrivate = suspects = found;
        }
        const hidden = new Set<string>();
        for (const i of suspects) {
          const node = graph.nodes[i]!;
          if (!isVisible(JSON.parse(node.props) as Props, scope)) hidden.add(nodeId(node));
        }
        if (hidden.size === 0) return graph;
        return reachableFrom(query.center, query.depth, withoutIds(graph, hidden));
      }),

    async neighbourhood(query) {
      const graph = await store.neighbourhood(query);
      if (!graph) return null;
      return reachableFrom(query.center, query.depth, withoutHidden(graph, visible));
    },

    async projection(spec) {
      return withoutHidden(await store.projection(spec), visible);
    },

    async expand(query: ExpandQuery) {
      // The reached nodes' properties decide; a caller that asked for none gets none.
      const reached = await store.expand({ ...query, props: true });
      const hidden = new Set(reached.nodes.filter((n) => !visible(n)).map(nodeId));
      const nodes = reached.nodes.filter((n) => !hidden.has(nodeId(n)));
      return {
        nodes: query.props === false ? nodes.map((n) => ({ ...n, props: {} })) : nodes,
        edges: reached.edges.filter((e) => edgeShown(e, hidden)),
      };
    },

    // Counted inside the store without the records this reader may not see.
    async firstNodes(query: FirstNodesQuery): Promise<FirstNodes> {
      return store.firstNodes({ ...query, privateOf: scope.organisations });
    },
    async countRelationships(query: RelationshipGroupQuery): Promise<RelationshipGroup[]> {
      return store.countRelationships({ ...query, privateOf: scope.organisations });
    },
    async countNeighbours(query: CountQuery): Promise<NeighbourCounts> {
      return store.countNeighbours({ ...query, privateOf: scope.organisations });
    },

    async aggregate(query: AggregateQuery): Promise<AggregateGroup[]> {
      return store.aggregate({ ...query, privateOf: scope.organisations });
    },

    exportAll() {
      return exportVisible(store.exportAll(), visible);
    },
  };

  return new Proxy(store, {
    get(target, property) {
      if (Object.prototype.hasOwnProperty.call(overrides, property))
        return overrides[property as keyof GraphStore];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * Whether properties stored as this JSON text may mark the record private: the word, or an escape
 * that could spell it (JSON.stringify writes none for letters, but the check must not rely on it).
 */
function mayBePrivate(json: string): boolean {
  return json.includes('private') || json.includes('\\u');
}

/** A subgraph with parsed properties or with their JSON text: the filters below need neither. */
type AnyGraph = Subgraph | SubgraphText;

function withoutHidden(graph: Subgraph, visible: (n: NodeRow) => boolean): Subgraph {
  return withoutIds(graph, new Set(graph.nodes.filter((n) => !visible(n)).map(nodeId)));
}

function withoutIds<G extends AnyGraph>(graph: G, hidden: ReadonlySet<string>): G {
  if (hidden.size === 0) return graph;
  const nodes: G['nodes'][number][] = graph.nodes;
  const edges: G['edges'][number][] = graph.edges;
  return {
    nodes: nodes.filter((n) => !hidden.has(nodeId(n))),
    edges: edges.filter((e) => !hidden.has(nodeId(e.from)) && !hidden.has(nodeId(e.to))),
    truncated: graph.truncated,
  } as G;
}

/**
 * The part of a neighbourhood still within `depth` hops of its centre once hidden nodes are gone:
 * a node reached only through a private one would otherwise betray the path.
 */
function reachableFrom<G extends AnyGraph>(center: NodeRef, depth: number, graph: G): G | null {
  const start = nodeId(center);
  if (!graph.nodes.some((n) => nodeId(n) === start)) return null;
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    let list = neighbours.get(a);
    if (!list) neighbours.set(a, (list = []));
    list.push(b);
  };
  for (const e of graph.edges) {
    link(nodeId(e.from), nodeId(e.to));
    link(nodeId(e.to), nodeId(e.from));
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
    frontier = next;
  }
  if (seen.size === graph.nodes.length) return graph;
  const cut = new Set<string>();
  for (const node of graph.nodes) if (!seen.has(nodeId(node))) cut.add(nodeId(node));
  return withoutIds(graph, cut);
}

/** The export without hidden nodes and their relationships (nodes come first, so one pass). */
async function* exportVisible(
  items: AsyncIterable<ExportItem>,
  visible: (n: NodeRow) => boolean,
): AsyncGenerator<ExportItem> {
  const hidden = new Set<string>();
  for await (const item of items) {
    if (item.type === 'node') {
      if (visible(item)) yield item;
      else hidden.add(nodeId(item));
    } else if (!hidden.has(nodeId(item.from)) && !hidden.has(nodeId(item.to))) yield item;
  }
}
