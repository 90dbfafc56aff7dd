/**
 * The in-memory copy of the graph used for traversal and search: a graphology multigraph that
 * mirrors the SQLite file. It is built from the file on first use and refreshed, after each commit,
 * from the rows a write touched — so it never holds anything the file does not.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  edgeId,
  nodeId,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import type { EdgeRow, NodeRow } from '../port.ts';
import { edgeFromSql, nodeFromSql, parseProps, type EdgeSqlRow, type NodeSqlRow } from './rows.ts';
import type { Statements } from './sql.ts';

interface NodeAttrs {
  kind: NodeKind;
  key: string;
  props: Props;
}

interface EdgeAttrs {
  rel: RelType;
  props: Props;
}

export class GraphMirror {
  readonly graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  readonly byKind = new Map<string, number>();
  readonly byRel = new Map<string, number>();
  /** Whether `graph` mirrors the file; false until first needed, and after a large bulk import. */
  ready = false;

  constructor(private readonly st: Statements) {}

  /** Builds the mirror from the file when it is not built. */
  ensure(): void {
    if (this.ready) return;
    this.clear();
    for (const row of this.st.allNodes.iterate() as Iterable<NodeSqlRow>)
      this.putNode(nodeFromSql(row));
    for (const row of this.st.allEdges.iterate() as Iterable<EdgeSqlRow>)
      this.putEdge(edgeFromSql(row));
    this.ready = true;
  }

  /** Drops everything; the next `ensure` rebuilds from the file. */
  invalidate(): void {
    this.clear();
    this.ready = false;
  }

  /**
   * After a commit: brings the given nodes and edges in line with the file (present rows are put,
   * absent ones dropped). Edges are dropped before nodes and put after them.
   */
  refresh(nodes: Iterable<NodeRef>, edges: Iterable<EdgeRef>): void {
    if (!this.ready) return;
    const edgeRows: EdgeRow[] = [];
    for (const ref of edges) {
      const props = this.st.edgeProps.get(
        ref.rel,
        ref.from.kind,
        ref.from.key,
        ref.to.kind,
        ref.to.key,
      ) as string | undefined;
      if (props === undefined) this.dropEdge(ref);
      else edgeRows.push({ rel: ref.rel, from: ref.from, to: ref.to, props: parseProps(props) });
    }
    for (const ref of nodes) {
      const props = this.st.nodeProps.get(ref.kind, ref.key) as string | undefined;
      if (props === undefined) this.dropNode(ref);
      else this.putNode({ kind: ref.kind, key: ref.key, props: parseProps(props) });
    }
    for (const row of edgeRows) this.putEdge(row);
  }

  nodeRow(id: string): NodeRow {
    const a = this.graph.getNodeAttributes(id);
    return { kind: a.kind, key: a.key, props: a.props };
  }

  edgeRow(id: string): EdgeRow {
    const a = this.graph.getEdgeAttributes(id);
    const from = this.graph.getNodeAttributes(this.graph.source(id));
    const to = this.graph.getNodeAttributes(this.graph.target(id));
    return {
      rel: a.rel,
      from: { kind: from.kind, key: from.key },
      to: { kind: to.kind, key: to.key },
      props: a.props,
    };
  }

  private clear(): void {
    this.graph.clear();
    this.byKind.clear();
    this.byRel.clear();
  }

  private putNode(node: NodeRow): void {
    const id = nodeId(node);
    if (this.graph.hasNode(id)) this.graph.replaceNodeAttributes(id, { ...node });
    else {
      this.graph.addNode(id, { ...node });
      this.byKind.set(node.kind, (this.byKind.get(node.kind) ?? 0) + 1);
    }
  }

  private dropNode(ref: NodeRef): void {
    const id = nodeId(ref);
    if (!this.graph.hasNode(id)) return;
    this.graph.forEachEdge(id, (_edge, attrs) =>
      this.byRel.set(attrs.rel, (this.byRel.get(attrs.rel) ?? 1) - 1),
    );
    this.graph.dropNode(id);
    this.byKind.set(ref.kind, (this.byKind.get(ref.kind) ?? 1) - 1);
  }

  private putEdge(edge: EdgeRow): void {
    const id = edgeId(edge);
    if (this.graph.hasEdge(id))
      this.graph.replaceEdgeAttributes(id, { rel: edge.rel, props: edge.props });
    else {
      this.graph.addDirectedEdgeWithKey(id, nodeId(edge.from), nodeId(edge.to), {
        rel: edge.rel,
        props: edge.props,
      });
      this.byRel.set(edge.rel, (this.byRel.get(edge.rel) ?? 0) + 1);
    }
  }

  private dropEdge(ref: EdgeRef): void {
    const id = edgeId(ref);
    if (!this.graph.hasEdge(id)) return;
    this.graph.dropEdge(id);
    this.byRel.set(ref.rel, (this.byRel.get(ref.rel) ?? 1) - 1);
  }
}
