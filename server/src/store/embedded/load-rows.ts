/**
 * Rows prepared off the main thread, written into a load (a bulk session on an empty store; with
 * an audit trail, their change records are written at commit from the stored rows: audit.ts
 * `recordLoad`). The thread that prepares them has decoded, validated and numbered every record:
 * a node comes as its four column values, a relationship as four integers (its type, its ends' row
 * ids, its props text), so writing a row costs here no parse, no look-up and no object — only the
 * values pushed into the multi-row INSERTs of the row buffer.
 */
import type { RowBatch, RowLoad } from '../port.ts';
import type { CountDelta } from './counts.ts';
import type { RowBuffer } from './row-buffer.ts';
import type { RowIds } from './upsert.ts';

export function rowLoad(buffer: RowBuffer, ids: RowIds, delta: CountDelta): RowLoad {
  const base = { node: ids.node, edge: ids.edge };
  const loaded = { nodes: 0, edges: 0 };
  return {
    base,
    rows({ nodes, edges, rels, props }: RowBatch) {
      // Row ids were handed out by the preparing thread from `base`: nothing else may have taken one.
      if (ids.node !== base.node + loaded.nodes || ids.edge !== base.edge + loaded.edges)
        throw new Error('the load’s row ids were taken by another write');
      let node = ids.node;
      for (let i = 0; i < nodes.length; i += 4) {
        const kind = nodes[i]!;
        buffer.node(++node, kind, nodes[i + 1]!, nodes[i + 2]!, nodes[i + 3]!);
        delta.node(kind, 1);
      }
      const perRel = new Uint32Array(rels.length);
      let edge = ids.edge;
      for (let i = 0; i < edges.length; i += 4) {
        const rel = edges[i]!;
        buffer.edge(++edge, rels[rel]!, edges[i + 1]!, edges[i + 2]!, props[edges[i + 3]!]!);
        perRel[rel]!++;
      }
      perRel.forEach((n, rel) => n > 0 && delta.rel(rels[rel]!, n));
      buffer.flush();
      const created = { nodes: node - ids.node, edges: edge - ids.edge };
      ids.node = node;
      ids.edge = edge;
      loaded.nodes += created.nodes;
      loaded.edges += created.edges;
      return created;
    },
  };
}
