/**
 * The adjacency against a plain model: a graph of string ids walked by the shared breadth-first
 * rule (traverse.ts). Random graphs are built into CSR form, then changed through the overlay
 * (nodes and relationships added and removed, self-loops, several types between the same pair),
 * and every neighbourhood must match the model's — before the changes, after them, and after a
 * rebuild that merges them into a new base.
 */
import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../order.ts';
import { breadthFirst } from '../../traverse.ts';
import { Walker } from './bfs.ts';
import { buildCsr, finish, type EdgeArrays } from './csr.ts';
import { Adjacency, type Change } from './graph.ts';
import { Ranks } from './ranks.ts';

interface Model {
  nodes: Map<number, string>;
  edges: Map<number, { src: number; dst: number; rel: number }>;
}

async function build(model: Model): Promise<Adjacency> {
  const bound = Math.max(0, ...model.nodes.keys()) + 1;
  const edgeBound = Math.max(0, ...model.edges.keys()) + 1;
  const order = Uint32Array.from(
    [...model.nodes.keys()].sort((a, b) =>
      compareStrings(model.nodes.get(a)!, model.nodes.get(b)!),
    ),
  );
  const kind = new Uint8Array(bound);
  for (const id of model.nodes.keys()) kind[id] = 1;
  const list = [...model.edges];
  const edges: EdgeArrays = {
    count: list.length,
    id: Uint32Array.from(list.map(([id]) => id)),
    src: Uint32Array.from(list.map(([, e]) => e.src)),
    dst: Uint32Array.from(list.map(([, e]) => e.dst)),
    rel: Uint8Array.from(list.map(([, e]) => e.rel)),
  };
  // Tiny blocks exercise the sliced loops.
  const csr = finish(buildCsr(bound, order, edges, 7));
  const ranks = new Ranks(bound, order, (node) => {
    const id = model.nodes.get(node);
    if (id === undefined) throw new Error(`no node ${node}`);
    return id;
  });
  return new Adjacency(kind, ranks, csr.out, csr.in, edgeBound);
}

function expectedNeighbourhood(model: Model, center: number, depth: number, limit: number) {
  const neighbours = new Map<string, string[]>();
  for (const id of model.nodes.values()) neighbours.set(id, []);
  for (const { src, dst } of model.edges.values()) {
    neighbours.get(model.nodes.get(src)!)!.push(model.nodes.get(dst)!);
    neighbours.get(model.nodes.get(dst)!)!.push(model.nodes.get(src)!);
  }
  return breadthFirst(model.nodes.get(center)!, (id) => neighbours.get(id)!, depth, limit);
}

function expectAgreement(
  model: Model,
  adjacency: Adjacency,
  random: () => number,
  rounds = 60,
): void {
  const walker = new Walker(adjacency);
  const centers = [...model.nodes.keys()];
  for (let i = 0; i < rounds; i++) {
    const center = centers[Math.floor(random() * centers.length)]!;
    const depth = 1 + Math.floor(random() * 3);
    const limit = 1 + Math.floor(random() * 40);
    const got = walker.neighbourhood(center, depth, limit);
    const want = expectedNeighbourhood(model, center, depth, limit);
    expect({ ids: got.nodes.map((n) => model.nodes.get(n)), truncated: got.truncated }).toEqual(
      want,
    );
    // Relationships within the answer: every model edge whose both ends were returned.
    const inside = new Set(got.nodes);
    const wantEdges = [...model.edges]
      .filter(([, e]) => inside.has(e.src) && inside.has(e.dst))
      .map(([id]) => id)
      .sort((a, b) => a - b);
    expect([...walker.edgesWithin(got.nodes).edge].sort((a, b) => a - b)).toEqual(wantEdges);
  }
}

/** A deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kindNames = ['Chain', 'Segment', 'Occupation', 'Competency', 'Course', 'Enterprise'];

function randomId(random: () => number): string {
  const kind = kindNames[Math.floor(random() * kindNames.length)]!;
  // Keys share prefixes and vary in length, so code-unit order matters.
  const key = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
    'ab-电9'.charAt(Math.floor(random() * 5)),
  ).join('');
  return `${kind}:${key}${Math.floor(random() * 1000)}`;
}

function randomModel(random: () => number, nodes: number, edges: number): Model {
  const model: Model = { nodes: new Map(), edges: new Map() };
  const used = new Set<string>();
  for (let id = 1; model.nodes.size < nodes; id++) {
    let name = randomId(random);
    while (used.has(name)) name = randomId(random);
    used.add(name);
    model.nodes.set(id, name);
  }
  const ids = [...model.nodes.keys()];
  // A hub makes truncation likely.
  for (let id = 1; model.edges.size < edges; id++) {
    const src = random() < 0.2 ? ids[0]! : ids[Math.floor(random() * ids.length)]!;
    const dst = ids[Math.floor(random() * ids.length)]!;
    model.edges.set(id, { src, dst, rel: 1 + Math.floor(random() * 3) });
  }
  return model;
}

describe('compact adjacency', () => {
  it('lists neighbours in id order, a self-loop and several types between one pair included', async () => {
    const model: Model = {
      nodes: new Map([
        [1, 'Occupation:tester'],
        [2, 'Competency:safety'],
        [3, 'Chain:battery'],
        [4, 'Competency:algo'],
      ]),
      edges: new Map([
        [10, { src: 1, dst: 2, rel: 1 }],
        [11, { src: 1, dst: 2, rel: 2 }],
        [12, { src: 3, dst: 1, rel: 3 }],
        [13, { src: 1, dst: 1, rel: 1 }],
        [14, { src: 1, dst: 4, rel: 1 }],
      ]),
    };
    const adjacency = await build(model);
    const order: number[] = [];
    adjacency.forEachNeighbourInOrder(1, (n) => (order.push(n), true));
    // Chain:battery < Competency:algo < Competency:safety (twice) < Occupation:tester (self-loop, both ways).
    expect(order).toEqual([3, 4, 2, 2, 1, 1]);
    const out: [number, number, number][] = [];
    adjacency.forEachOut(1, (nbr, edge, rel) => out.push([nbr, edge, rel]));
    expect(out.map(([, edge]) => edge).sort()).toEqual([10, 11, 13, 14]);
    const walker = new Walker(adjacency);
    const hood = walker.neighbourhood(1, 1, 10);
    expect(hood).toEqual({ nodes: [1, 3, 4, 2], truncated: false });
    expect([...walker.edgesWithin(hood.nodes).edge].sort()).toEqual([10, 11, 12, 13, 14]);
    expect(walker.neighbourhood(1, 1, 2)).toEqual({ nodes: [1, 3], truncated: true });
  });

  it('keeps id order for nodes added between the same two base nodes', async () => {
    const model: Model = {
      nodes: new Map([
        [1, 'Course:a'],
        [2, 'Course:z'],
      ]),
      edges: new Map(),
    };
    const adjacency = await build(model);
    const names = [
      'Course:m',
      'Course:b',
      'Course:y',
      'Course:c',
      'Course:x',
      'Course:ab',
      'Course:zz',
      'Chain:0',
    ];
    names.forEach((name, i) => {
      model.nodes.set(3 + i, name);
      adjacency.apply([{ type: 'addNode', node: 3 + i, kind: 1, id: name }]);
    });
    const rank = adjacency.ranks.rank;
    const byRank = [...model.nodes.keys()].sort((a, b) => rank[a]! - rank[b]!);
    expect(byRank.map((n) => model.nodes.get(n))).toEqual(
      [...model.nodes.values()].sort(compareStrings),
    );
  });

  it('answers like the model on random graphs, through overlay changes and after a rebuild', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seeded(seed);
      const model = randomModel(random, 60, 150);
      const adjacency = await build(model);
      expectAgreement(model, adjacency, random);

      let nextNode = Math.max(...model.nodes.keys()) + 1;
      let nextEdge = Math.max(...model.edges.keys()) + 1;
      const used = new Set(model.nodes.values());
      for (let batch = 0; batch < 30; batch++) {
        const changes: Change[] = [];
        for (let op = 0; op < 5; op++) {
          const roll = random();
          const ids = [...model.nodes.keys()];
          if (roll < 0.25) {
            let name = randomId(random);
            while (used.has(name)) name = randomId(random);
            used.add(name);
            const node = nextNode++;
            model.nodes.set(node, name);
            changes.push({ type: 'addNode', node, kind: 1, id: name });
          } else if (roll < 0.7 && ids.length > 0) {
            const src = ids[Math.floor(random() * ids.length)]!;
            const dst = random() < 0.1 ? src : ids[Math.floor(random() * ids.length)]!;
            const edge = nextEdge++;
            const rel = 1 + Math.floor(random() * 3);
            model.edges.set(edge, { src, dst, rel });
            changes.push({ type: 'addEdge', edge, src, dst, rel });
          } else if (roll < 0.9 && model.edges.size > 0) {
            const all = [...model.edges.keys()];
            const edge = all[Math.floor(random() * all.length)]!;
            const { src, dst } = model.edges.get(edge)!;
            model.edges.delete(edge);
            changes.push({ type: 'removeEdge', edge, src, dst });
          } else if (ids.length > 3) {
            const node = ids[1 + Math.floor(random() * (ids.length - 1))]!;
            for (const [edge, e] of [...model.edges])
              if (e.src === node || e.dst === node) {
                model.edges.delete(edge);
                changes.push({ type: 'removeEdge', edge, src: e.src, dst: e.dst });
              }
            changes.push({ type: 'removeNode', node, id: model.nodes.get(node)! });
            model.nodes.delete(node);
          }
        }
        adjacency.apply(changes);
      }
      expect(adjacency.overlaySize).toBeGreaterThan(0);
      for (const node of model.nodes.keys()) expect(adjacency.hasNode(node)).toBe(true);
      expectAgreement(model, adjacency, random);
      expectAgreement(model, await build(model), random);
    }
  });
});
