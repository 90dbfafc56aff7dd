/**
 * Compressed sparse rows (CSR) for the base of the adjacency: for every node, the range of its
 * outgoing and of its incoming relationships in flat typed arrays — the neighbour, the edge's row
 * id and its type code. Each node's ranges are sorted by the neighbour's rank (its place in id
 * order), so a breadth-first walk reads neighbours in id order without sorting anything.
 *
 * The build is two counting passes, no comparison sort: scatter the edges by source, then walk the
 * sources in rank order filling the incoming ranges (which come out sorted by source rank), then
 * walk the targets in rank order filling the outgoing ranges from the incoming ones (sorted by
 * target rank). Every step is a plain loop over typed arrays that can be cut into slices.
 */

/** One direction: node `n`'s relationships are positions `offsets[n]` up to `offsets[n + 1]`. */
export interface Csr {
  offsets: Uint32Array;
  nbr: Uint32Array;
  edge: Uint32Array;
  rel: Uint8Array;
}

/** Edges as parallel arrays (the first `count` entries are used). */
export interface EdgeArrays {
  count: number;
  id: Uint32Array;
  src: Uint32Array;
  dst: Uint32Array;
  rel: Uint8Array;
}

export function emptyCsr(nodeBound: number): Csr {
  return {
    offsets: new Uint32Array(nodeBound + 1),
    nbr: new Uint32Array(0),
    edge: new Uint32Array(0),
    rel: new Uint8Array(0),
  };
}

/** How long one slice of work may hold the event loop. */
export const sliceMs = 8;

/**
 * Runs `work(from, to)` over [0, total) in blocks of `block`, yielding whenever a slice has run
 * for `sliceMs` — so a slow machine pauses as often as a fast one. The caller decides what a
 * yield does: a turn of the event loop (a large store opening), or nothing (a small one).
 */
export function* sliced(
  total: number,
  block: number,
  work: (from: number, to: number) => void,
): Generator<void, void, undefined> {
  const step = Math.max(1, block);
  let started = performance.now();
  for (let from = 0; from < total; from += step) {
    work(from, Math.min(total, from + step));
    if (from + step < total && performance.now() - started >= sliceMs) {
      yield;
      started = performance.now();
    }
  }
}

/** Runs steps to the end without pausing. */
export function finish<T>(steps: Generator<void, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function prefixSums(counts: Uint32Array): Uint32Array {
  const offsets = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/**
 * Builds both directions. `nodeBound` exceeds every node id; `order` lists the node ids in rank
 * order. Work is done in blocks of `block` elements, yielding every few milliseconds.
 */
export function* buildCsr(
  nodeBound: number,
  order: Uint32Array,
  edges: EdgeArrays,
  block = 1 << 14,
): Generator<void, { out: Csr; in: Csr }, undefined> {
  const m = edges.count;
  const outDegree = new Uint32Array(nodeBound);
  const inDegree = new Uint32Array(nodeBound);
  yield* sliced(m, block, (from, to) => {
    for (let i = from; i < to; i++) {
      outDegree[edges.src[i]!]!++;
      inDegree[edges.dst[i]!]!++;
    }
  });
  const outOffsets = prefixSums(outDegree);
  const inOffsets = prefixSums(inDegree);

  // 1. Scatter by source, unsorted within a source.
  const cursor = outDegree; // reused: counts are no longer needed
  cursor.set(outOffsets.subarray(0, nodeBound));
  const scatterNbr = new Uint32Array(m);
  const scatterEdge = new Uint32Array(m);
  const scatterRel = new Uint8Array(m);
  yield* sliced(m, block, (from, to) => {
    for (let i = from; i < to; i++) {
      const at = cursor[edges.src[i]!]!++;
      scatterNbr[at] = edges.dst[i]!;
      scatterEdge[at] = edges.id[i]!;
      scatterRel[at] = edges.rel[i]!;
    }
  });

  // 2. Incoming ranges, filled walking sources in rank order: sorted by source rank.
  const inNbr = new Uint32Array(m);
  const inEdge = new Uint32Array(m);
  const inRel = new Uint8Array(m);
  const inCursor = inDegree;
  inCursor.set(inOffsets.subarray(0, nodeBound));
  yield* sliced(order.length, block >> 3, (from, to) => {
    for (let r = from; r < to; r++) {
      const u = order[r]!;
      for (let p = outOffsets[u]!, end = outOffsets[u + 1]!; p < end; p++) {
        const at = inCursor[scatterNbr[p]!]!++;
        inNbr[at] = u;
        inEdge[at] = scatterEdge[p]!;
        inRel[at] = scatterRel[p]!;
      }
    }
  });

  // 3. Outgoing ranges, filled walking targets in rank order: sorted by target rank. The scatter
  // arrays are free now and take the sorted outgoing ranges.
  const outCursor = cursor;
  outCursor.set(outOffsets.subarray(0, nodeBound));
  yield* sliced(order.length, block >> 3, (from, to) => {
    for (let r = from; r < to; r++) {
      const v = order[r]!;
      for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
        const at = outCursor[inNbr[p]!]!++;
        scatterNbr[at] = v;
        scatterEdge[at] = inEdge[p]!;
        scatterRel[at] = inRel[p]!;
      }
    }
  });

  return {
    out: { offsets: outOffsets, nbr: scatterNbr, edge: scatterEdge, rel: scatterRel },
    in: { offsets: inOffsets, nbr: inNbr, edge: inEdge, rel: inRel },
  };
}
