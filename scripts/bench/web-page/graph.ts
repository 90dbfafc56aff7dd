/**
 * The graphs the web benchmark draws: `order` nodes in clusters (as a neighbourhood of a real
 * region would be: chains, their enterprises, occupations and competencies), `size` relationships
 * mostly within a cluster, every node of a schema kind with a Chinese name, and positions already
 * laid out (clusters on a spiral, nodes in a disc around their cluster's centre). Seeded: the same
 * arguments give the same graph.
 */
import { describeSchema } from '@chanjiao/graph-schema';
import { createAtlasGraph } from '../../../web/src/core/graph/utils.ts';
import type { AtlasGraph } from '../../../web/src/core/graph/types.ts';
import { seededRandom } from '../../../web/src/core/utils/random.ts';

/** Kinds as often as they turn up in a neighbourhood of the demo region. */
const kindMix = [
  ...Array<string>(6).fill('Enterprise'),
  ...Array<string>(5).fill('Competency'),
  ...Array<string>(4).fill('Posting'),
  ...Array<string>(3).fill('Occupation'),
  ...Array<string>(3).fill('Course'),
  'Segment',
  'Program',
  'Expert',
  'Task',
];
const rels = ['OPERATES_IN', 'EMPLOYS', 'REQUIRES', 'TEACHES', 'POSTED', 'FOR'];

export function clusteredGraph(order: number, size: number, seed = 42): AtlasGraph {
  const random = seededRandom(seed);
  const known = new Set(describeSchema().kinds.map((k) => k.kind as string));
  const kinds = kindMix.filter((kind) => known.has(kind));
  const graph = createAtlasGraph();
  const clusters = Math.max(3, Math.round(Math.sqrt(order) / 4));
  const centres = Array.from({ length: clusters }, (_, c) => {
    const angle = c * 2.4;
    const radius = 40 * Math.sqrt(c + 1);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const spread = 25 * Math.sqrt(order / clusters / 100);
  for (let i = 0; i < order; i++) {
    const centre = centres[i % clusters] ?? { x: 0, y: 0 };
    const angle = random() * 2 * Math.PI;
    const r = spread * Math.sqrt(random());
    const kind = kinds[Math.floor(random() * kinds.length)] ?? 'Enterprise';
    graph.addNode(`${kind}:n${i}`, {
      kind,
      key: `n${i}`,
      name_zh: `节点 ${i} · 第 ${i % clusters} 群`,
      name_en: `Node ${i} in cluster ${i % clusters}`,
      cluster: i % clusters,
      x: centre.x + r * Math.cos(angle),
      y: centre.y + r * Math.sin(angle),
    });
  }
  const nodes = graph.nodes();
  for (let e = 0; e < size; e++) {
    const source = Math.floor(random() * order);
    // Four in five relationships stay in the source's cluster.
    const target =
      random() < 0.8
        ? (Math.floor((random() * order) / clusters) * clusters + (source % clusters)) % order
        : Math.floor(random() * order);
    if (source === target) continue;
    const rel = rels[Math.floor(random() * rels.length)] ?? 'REQUIRES';
    graph.addDirectedEdgeWithKey(`e${e}`, nodes[source] as string, nodes[target] as string, {
      rel,
    });
  }
  return graph;
}

/** Random positions in a square, for a layout to start from (as an unlaid neighbourhood would). */
export function scatter(graph: AtlasGraph, seed = 7): void {
  const random = seededRandom(seed);
  const side = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: (random() - 0.5) * side,
    y: (random() - 0.5) * side,
  }));
}
