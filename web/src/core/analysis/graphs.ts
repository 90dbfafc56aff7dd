/**
 * The graphs the analysis views draw, built from the answers themselves (an answer names every
 * node and link behind its numbers): for a skill gap, occupations → competencies ← courses; for
 * weak links, the chain in its lanes — segments upstream → downstream in order, local enterprises
 * under their segment, enterprises elsewhere that could fill a gap after them. Nodes carry the data the visual getters need (share, supply, status) and a
 * `weight` in [0, 1] for their size; edges a `weight` for their width.
 */
import type { AtlasGraph } from '../graph/types.ts';
import { chainLayout, segmentsInChainOrder, setChainLanes } from '../layout/chain.ts';
import { circlePositions, type Point } from '../layout/positions.ts';
import { hashString } from '../utils/random.ts';
import type { SkillGapAnswer, WeakLinksAnswer } from './types.ts';

/** What a node stands for in an analysis graph; the visual getters style by role. */
export type AnalysisRole =
  | 'competency'
  | 'occupation'
  | 'teaching'
  | 'chain'
  | 'segment'
  | 'enterprise'
  | 'program'
  | 'posting'
  | 'candidate'
  | 'expert'
  | 'field';

export const competencyId = (key: string) => `Competency:${key}`;
export const occupationId = (key: string) => `Occupation:${key}`;
export const segmentId = (key: string) => `Segment:${key}`;
export const enterpriseId = (key: string) => `Enterprise:${key}`;

const edgeKey = (rel: string, source: string, target: string) => `${rel}|${source}|${target}`;

/** Every occupation and teaching item an answer names, as node ids (for fetching their names). */
export function skillGapNodeRefs(answer: SkillGapAnswer): string[] {
  const ids = new Set<string>();
  for (const c of answer.competencies) {
    for (const o of c.occupations) ids.add(occupationId(o.key));
    for (const k of c.courses) ids.add(`${k.kind}:${k.key}`);
  }
  return [...ids].sort();
}

/** The nodes to highlight for a picked competency: itself, its occupations and its courses. */
export function competencyFocus(answer: SkillGapAnswer, key: string): Set<string> {
  const focus = new Set<string>();
  const competency = answer.competencies.find((c) => c.key === key);
  if (!competency) return focus;
  focus.add(competencyId(key));
  for (const o of competency.occupations) focus.add(occupationId(o.key));
  for (const k of competency.courses) focus.add(`${k.kind}:${k.key}`);
  return focus;
}

/** The nodes to highlight for a picked segment: itself, the chain and its local enterprises. */
export function segmentFocus(answer: WeakLinksAnswer, key: string): Set<string> {
  const focus = new Set<string>();
  const segment = answer.segments.find((s) => s.key === key);
  if (!segment) return focus;
  focus.add(segmentId(key));
  focus.add(`Chain:${answer.chain}`);
  for (const e of segment.local) focus.add(enterpriseId(e));
  for (const c of segment.candidates) focus.add(enterpriseId(c.key));
  return focus;
}

/** Existing positions, so that a re-run of the same analysis does not scatter the picture. */
function positionsOf(graph: AtlasGraph): Map<string, Point> {
  const positions = new Map<string, Point>();
  graph.forEachNode((node, { x, y }) => positions.set(node, { x, y }));
  return positions;
}

interface NodeInput {
  kind: string;
  key: string;
  name_zh?: string;
  name_en?: string;
  role: AnalysisRole;
  weight: number;
  [property: string]: unknown;
}

/**
 * Empties `graph` and fills it with the skill gap's competencies, occupations and teaching items.
 * Competencies weigh their share of demand; occupations the demand they bring; teaching items the
 * number of competencies they teach. REQUIRES edges weigh the occupation's contribution, TEACHES
 * edges the taught level out of 5. Nodes already drawn keep their place; returns how many are new.
 */
export function fillSkillGapGraph(graph: AtlasGraph, answer: SkillGapAnswer): { added: number } {
  const nodes = new Map<string, NodeInput>();
  const edges: { key: string; source: string; target: string; rel: string; weight: number }[] = [];
  const maxShare = Math.max(0, ...answer.competencies.map((c) => c.share));
  const occupationDemand = new Map<string, number>();
  const taughtCount = new Map<string, number>();
  let maxContribution = 0;

  for (const c of answer.competencies) {
    for (const o of c.occupations) {
      occupationDemand.set(o.key, (occupationDemand.get(o.key) ?? 0) + o.contribution);
      maxContribution = Math.max(maxContribution, o.contribution);
    }
    for (const k of c.courses) {
      const id = `${k.kind}:${k.key}`;
      taughtCount.set(id, (taughtCount.get(id) ?? 0) + 1);
    }
  }
  const maxDemand = Math.max(0, ...occupationDemand.values());
  const maxTaught = Math.max(0, ...taughtCount.values());
  const ratio = (value: number, max: number) => (max > 0 ? value / max : 0);

  for (const c of answer.competencies) {
    const id = competencyId(c.key);
    nodes.set(id, {
      kind: 'Competency',
      key: c.key,
      name_zh: c.name_zh,
      ...(c.name_en !== undefined && { name_en: c.name_en }),
      role: 'competency',
      weight: ratio(c.share, maxShare),
      share: c.share,
      supply: c.supply,
      gap: c.gap,
      dimension: c.dimension,
    });
    for (const o of c.occupations) {
      const source = occupationId(o.key);
      if (!nodes.has(source))
        nodes.set(source, {
          kind: 'Occupation',
          key: o.key,
          role: 'occupation',
          weight: ratio(occupationDemand.get(o.key) ?? 0, maxDemand),
        });
      edges.push({
        key: edgeKey('REQUIRES', source, id),
        source,
        target: id,
        rel: 'REQUIRES',
        weight: ratio(o.contribution, maxContribution),
      });
    }
    for (const k of c.courses) {
      const source = `${k.kind}:${k.key}`;
      if (!nodes.has(source))
        nodes.set(source, {
          kind: k.kind,
          key: k.key,
          role: 'teaching',
          weight: ratio(taughtCount.get(source) ?? 0, maxTaught),
        });
      edges.push({
        key: edgeKey('TEACHES', source, id),
        source,
        target: id,
        rel: 'TEACHES',
        weight: Math.min(1, Math.max(0, k.level / 5)),
      });
    }
  }

  const previous = positionsOf(graph);
  const fresh = [...nodes.keys()].filter((id) => !previous.has(id)).sort();
  const seed = hashString(`${answer.chain}|${answer.supplier.kind}:${answer.supplier.key}`);
  const placed = circlePositions(fresh, seed);
  graph.clear();
  for (const [id, input] of nodes)
    graph.addNode(id, { ...input, ...(previous.get(id) ?? placed.get(id) ?? { x: 0, y: 0 }) });
  for (const edge of edges)
    if (!graph.hasEdge(edge.key))
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
        rel: edge.rel,
        weight: edge.weight,
      });
  return { added: fresh.length };
}

/** Enterprises elsewhere that could fill a segment: off the status scale, distinct from local ones. */
export const candidateColour = '#7c3aed';

/**
 * Empties `graph` and draws the chain in its lanes (see `core/layout/chain.ts`): the chain above,
 * its segments upstream → midstream → downstream in their order, each local enterprise under the
 * first segment it operates in and linked to every segment it operates in. Positions are
 * computed, not laid out, so the order along the chain stays readable; the lanes are left in the
 * graph's attributes for their headings. The enterprises elsewhere that could fill a missing or weak
 * segment stand under it after the local ones, in their own colour.
 */
export function fillWeakLinksGraph(
  graph: AtlasGraph,
  answer: WeakLinksAnswer,
  chainName: { name_zh?: string; name_en?: string } = {},
): void {
  graph.clear();
  const chain = `Chain:${answer.chain}`;
  const home = new Map<string, string>();
  for (const segment of segmentsInChainOrder(
    answer.segments.map((s) => ({ ...s, id: segmentId(s.key) })),
  ))
    for (const e of segment.local) if (!home.has(e)) home.set(e, segment.id);
  const blocks = new Map<string, string[]>();
  for (const [e, segment] of home)
    blocks.set(segment, [...(blocks.get(segment) ?? []), enterpriseId(e)]);
  // Candidates from elsewhere stand under the first segment they could fill, after the local ones.
  const candidates = new Map<string, WeakLinksAnswer['segments'][number]['candidates'][number]>();
  for (const segment of answer.segments)
    for (const c of segment.candidates)
      if (!home.has(c.key) && !candidates.has(c.key)) {
        candidates.set(c.key, c);
        const id = segmentId(segment.key);
        blocks.set(id, [...(blocks.get(id) ?? []), enterpriseId(c.key)]);
      }
  const layout = chainLayout({
    chain,
    segments: answer.segments.map((s) => ({
      id: segmentId(s.key),
      position: s.position,
      order: s.order,
    })),
    blocks,
  });
  const at = (id: string) => layout.positions.get(id) ?? { x: 0, y: 0 };

  graph.addNode(chain, {
    kind: 'Chain',
    key: answer.chain,
    ...chainName,
    role: 'chain',
    weight: 1,
    ...at(chain),
  });
  const maxEnterprises = Math.max(0, ...answer.segments.map((s) => s.enterprises));
  for (const segment of answer.segments) {
    const id = segmentId(segment.key);
    graph.addNode(id, {
      kind: 'Segment',
      key: segment.key,
      name_zh: segment.name_zh,
      ...(segment.name_en !== undefined && { name_en: segment.name_en }),
      role: 'segment',
      weight: maxEnterprises > 0 ? segment.enterprises / maxEnterprises : 0,
      status: segment.status,
      position: segment.position,
      ...at(id),
    });
    graph.addDirectedEdgeWithKey(edgeKey('PART_OF', id, chain), id, chain, {
      rel: 'PART_OF',
      weight: 0.4,
    });
  }
  for (const key of home.keys())
    graph.addNode(enterpriseId(key), {
      kind: 'Enterprise',
      key,
      role: 'enterprise',
      weight: 0,
      ...at(enterpriseId(key)),
    });
  for (const c of candidates.values())
    graph.addNode(enterpriseId(c.key), {
      kind: 'Enterprise',
      key: c.key,
      name_zh: c.name_zh,
      ...(c.name_en !== undefined && { name_en: c.name_en }),
      role: 'enterprise',
      colour: candidateColour,
      candidate: true,
      weight: 0,
      ...at(enterpriseId(c.key)),
    });
  for (const segment of answer.segments)
    for (const c of segment.candidates) {
      const source = enterpriseId(c.key);
      const edge = edgeKey('OPERATES_IN', source, segmentId(segment.key));
      if (graph.hasNode(source) && !graph.hasEdge(edge))
        graph.addDirectedEdgeWithKey(edge, source, segmentId(segment.key), {
          rel: 'OPERATES_IN',
          weight: 0.1,
        });
    }
  for (const segment of answer.segments)
    for (const key of segment.local) {
      const source = enterpriseId(key);
      const target = segmentId(segment.key);
      const edge = edgeKey('OPERATES_IN', source, target);
      if (!graph.hasEdge(edge))
        graph.addDirectedEdgeWithKey(edge, source, target, { rel: 'OPERATES_IN', weight: 0.2 });
    }
  setChainLanes(graph, layout.lanes);
}
