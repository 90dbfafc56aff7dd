/**
 * The chain layout: an industry chain drawn as three lanes, upstream → midstream → downstream, left
 * to right, each lane listing its segments top to bottom in their `order`, and beside each segment
 * a small grid of what hangs off it (its enterprises, occupations, and what those lead to). Nodes
 * linked only to the chain sit in a row beside the chain above the lanes; anything else in a block
 * below them. Positions are computed, not simulated: the same graph always gives the same picture,
 * the chain's order reads at a glance, and no label sits on another node's row.
 *
 * Two entry points: `chainLayout` places what it is given (the weak-links view knows its segments
 * and their local enterprises from the answer), `chainLayoutOfGraph` first works out that input
 * from a graph around a chain (the explorer, when a chain is the opened node). Coordinates are
 * graph units with y pointing up, as sigma draws them: one unit is one row of labels.
 */
import type { AtlasGraph } from '../graph/types.ts';
import type { Point } from './positions.ts';

export const chainLanes = ['upstream', 'midstream', 'downstream'] as const;
export type ChainLane = (typeof chainLanes)[number];
/** Segments whose position is missing or unknown get a lane of their own, after downstream. */
export type LaneId = ChainLane | 'unplaced';

export interface ChainSegment {
  id: string;
  position?: unknown;
  order?: unknown;
}

export interface ChainLayoutInput {
  /** The chain's node id, drawn above the lanes; null when the chain itself is not drawn. */
  chain: string | null;
  segments: readonly ChainSegment[];
  /** Per segment id, the nodes drawn beside it, in the order to place them. */
  blocks?: ReadonlyMap<string, readonly string[]>;
  /** Nodes beside the chain node (linked to the chain, not to a segment). */
  chainBlock?: readonly string[];
  /** Everything else, drawn below the lanes. */
  rest?: readonly string[];
  /**
   * Lanes one under another instead of side by side: for a tall, narrow canvas (a phone held
   * upright), where three lanes side by side would each get a sliver of the width.
   */
  stacked?: boolean;
}

/** A lane's box in graph units (`y` is its top edge), for drawing its heading. */
export interface LaneBox {
  lane: LaneId;
  x: number;
  y: number;
  width: number;
  height: number;
  segments: number;
}

export interface ChainLayout {
  positions: Map<string, Point>;
  lanes: LaneBox[];
}

/**
 * Spacing in graph units: a row is one unit; a grid cell is wide enough for a label of about ten
 * Chinese characters at the row height the picture is usually fitted to.
 */
export const chainSpacing = {
  row: 1,
  cell: 5,
  /** How far a segment's grid is indented under it. */
  indent: 0.7,
  /** Space between two segments' blocks, and between lanes. */
  blockGap: 0.6,
  laneGap: 1.5,
  /** Most columns of a segment's grid. */
  maxColumns: 4,
} as const;

export function laneOf(position: unknown): LaneId {
  return chainLanes.includes(position as ChainLane) ? (position as ChainLane) : 'unplaced';
}

function orderOf(segment: ChainSegment): number {
  const order = Number(segment.order);
  return Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER;
}

const laneRank = (lane: LaneId) =>
  lane === 'unplaced' ? chainLanes.length : chainLanes.indexOf(lane);

/** Segments as the chain runs: by lane, then `order`, then id. */
export function segmentsInChainOrder<S extends ChainSegment>(segments: readonly S[]): S[] {
  return [...segments].sort(
    (a, b) =>
      laneRank(laneOf(a.position)) - laneRank(laneOf(b.position)) ||
      orderOf(a) - orderOf(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Columns of a grid for `count` nodes: about as tall as wide on screen (a column is `cell` rows
 * wide, so about four rows a column), at most the maximum.
 */
export function gridColumns(count: number, maxColumns: number = chainSpacing.maxColumns): number {
  if (count <= 0) return 0;
  return Math.max(1, Math.min(maxColumns, Math.round(Math.sqrt(count / 4))));
}

/** Places `ids` row by row in `columns` columns from (x, y) downwards. */
function placeGrid(
  positions: Map<string, Point>,
  ids: readonly string[],
  columns: number,
  x: number,
  y: number,
): number {
  const { row, cell } = chainSpacing;
  ids.forEach((id, i) => {
    positions.set(id, { x: x + (i % columns) * cell, y: y - Math.floor(i / columns) * row });
  });
  return Math.ceil(ids.length / Math.max(1, columns)) * row;
}

export function chainLayout(input: ChainLayoutInput): ChainLayout {
  const { row, cell, indent, blockGap, laneGap } = chainSpacing;
  const positions = new Map<string, Point>();
  const blocks = input.blocks ?? new Map<string, readonly string[]>();
  const ordered = segmentsInChainOrder(input.segments);
  const byLane = new Map<LaneId, ChainSegment[]>();
  for (const segment of ordered) {
    const lane = laneOf(segment.position);
    byLane.set(lane, [...(byLane.get(lane) ?? []), segment]);
  }
  // The three lanes are always drawn, even empty (an empty lane says something about the chain).
  const laneIds: LaneId[] = [
    ...chainLanes,
    ...(byLane.has('unplaced') ? ['unplaced' as const] : []),
  ];

  // Lanes start one row below the chain row; the chain's own block takes rows beside the chain.
  // Side by side, what hangs off the chain makes a row beside it; stacked, a block under it, as a
  // segment's does, so that the picture stays as narrow as its lanes.
  const chainBlock = input.chainBlock ?? [];
  const chainColumns = input.stacked
    ? Math.max(1, gridColumns(chainBlock.length))
    : Math.max(1, Math.min(6, Math.ceil(chainBlock.length / 2)));
  const chainRows = Math.ceil(chainBlock.length / chainColumns);
  const top = input.stacked
    ? -((1 + chainRows) * row + blockGap)
    : -(Math.max(1, chainRows) * row + blockGap);

  const lanes: LaneBox[] = [];
  let x = 0;
  let bottom = top;
  let laneTop = top;
  for (const lane of laneIds) {
    const segments = byLane.get(lane) ?? [];
    const columns = Math.max(0, ...segments.map((s) => gridColumns(blocks.get(s.id)?.length ?? 0)));
    const width = Math.max(cell, indent + columns * cell);
    // The top of a lane holds its heading: a row and a half, so that it clears the first segment.
    let y = laneTop - 1.5 * row;
    for (const segment of segments) {
      positions.set(segment.id, { x, y });
      const attached = (blocks.get(segment.id) ?? []).filter((id) => !positions.has(id));
      const height = placeGrid(
        positions,
        attached,
        gridColumns(attached.length),
        x + indent,
        y - row,
      );
      y -= row + height + blockGap;
    }
    lanes.push({ lane, x, y: laneTop, width, height: laneTop - y, segments: segments.length });
    bottom = Math.min(bottom, y);
    if (input.stacked) laneTop = y - laneGap;
    else x += width + laneGap;
  }
  const totalWidth = input.stacked
    ? Math.max(cell, ...lanes.map((l) => l.width))
    : Math.max(cell, x - laneGap);

  if (input.chain !== null && input.stacked) {
    positions.set(input.chain, { x: 0, y: 0 });
    placeGrid(
      positions,
      chainBlock.filter((id) => !positions.has(id)),
      chainColumns,
      indent,
      -row,
    );
  } else if (input.chain !== null) {
    // The chain and what hangs off it, centred over the lanes.
    const groupWidth = (chainBlock.length > 0 ? 1.5 + chainColumns : 1) * cell;
    const chainX = Math.max(0, (totalWidth - groupWidth) / 2);
    positions.set(input.chain, { x: chainX, y: 0 });
    // A chain's name is long: its neighbours start a cell and a half to its right.
    placeGrid(
      positions,
      chainBlock.filter((id) => !positions.has(id)),
      chainColumns,
      chainX + 1.5 * cell,
      0,
    );
  }

  const rest = (input.rest ?? []).filter((id) => !positions.has(id));
  if (rest.length > 0) {
    const columns = Math.max(1, Math.floor(totalWidth / cell) + 1);
    placeGrid(positions, rest, columns, 0, bottom - row);
  }
  return { positions, lanes };
}

// ── From a graph around a chain ──────────────────────────────────────────

/** Orders nodes within a block: the kinds' rank (e.g. the schema's order), then id. */
export type KindRank = (kind: string) => number;

/**
 * What `chainLayout` needs, read from a graph holding `chain`: its segments are the Segment nodes
 * linked to it by PART_OF. Every other node goes to the block of the first segment (in chain
 * order) it can be reached from without passing the chain or another segment — breadth-first, so
 * an enterprise sits by its segment and the competencies of an occupation by the occupation's
 * segment; what is reached only through the chain goes beside the chain; the rest below. A node
 * linked to several segments goes to the one named first in `claimFirst` (the segments the reader
 * expanded, latest first: what they asked to see), else to the earliest in the chain.
 */
export function chainLayoutInputOf(
  graph: AtlasGraph,
  chain: string,
  kindRank: KindRank = () => 0,
  claimFirst: readonly string[] = [],
): ChainLayoutInput {
  const segments: ChainSegment[] = [];
  if (graph.hasNode(chain))
    graph.forEachEdge(chain, (_edge, attributes, source, target) => {
      const other = source === chain ? target : source;
      if (attributes.rel !== 'PART_OF' || other !== source) return;
      if (graph.getNodeAttribute(other, 'kind') !== 'Segment') return;
      if (segments.some((s) => s.id === other)) return;
      const { position, order } = graph.getNodeAttributes(other);
      segments.push({ id: other, position, order });
    });
  const ordered = segmentsInChainOrder(segments);
  const owner = new Map<string, string>();
  const depth = new Map<string, number>();
  for (const s of ordered) owner.set(s.id, s.id);
  if (graph.hasNode(chain)) owner.set(chain, chain);

  // Breadth-first from every segment at once, then the chain: the first to reach a node owns it.
  const segmentIds = ordered.map((s) => s.id);
  const first = claimFirst.filter((id) => segmentIds.includes(id));
  let frontier = [...new Set([...first, ...segmentIds]), ...(graph.hasNode(chain) ? [chain] : [])];
  for (let level = 1; frontier.length > 0; level++) {
    const next: string[] = [];
    for (const from of frontier) {
      const home = owner.get(from) as string;
      const neighbours = [...new Set(graph.neighbors(from))].sort();
      for (const node of neighbours) {
        if (owner.has(node)) continue;
        owner.set(node, home);
        depth.set(node, level);
        next.push(node);
      }
    }
    frontier = next;
  }

  const order = (a: string, b: string) =>
    (depth.get(a) ?? 0) - (depth.get(b) ?? 0) ||
    kindRank(graph.getNodeAttribute(a, 'kind')) - kindRank(graph.getNodeAttribute(b, 'kind')) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const blocks = new Map<string, string[]>();
  const chainBlock: string[] = [];
  const rest: string[] = [];
  graph.forEachNode((node) => {
    const home = owner.get(node);
    if (home === node) return;
    if (home === undefined) rest.push(node);
    else if (home === chain) chainBlock.push(node);
    else blocks.set(home, [...(blocks.get(home) ?? []), node]);
  });
  for (const list of blocks.values()) list.sort(order);
  chainBlock.sort(order);
  rest.sort(order);
  return {
    chain: graph.hasNode(chain) ? chain : null,
    segments: ordered,
    blocks,
    chainBlock,
    rest,
  };
}

/** The graph attribute holding the lanes of the last chain layout (for their headings). */
export const chainLanesAttribute = 'chainLanes';

/**
 * Lays out `graph` around `chain` in place: writes every node's `x`/`y` and keeps the lanes in the
 * graph's `chainLanes` attribute, so the view can draw their headings.
 */
export function applyChainLayout(
  graph: AtlasGraph,
  chain: string,
  kindRank?: KindRank,
  claimFirst?: readonly string[],
  stacked = false,
): ChainLayout {
  const layout = chainLayout({
    ...chainLayoutInputOf(graph, chain, kindRank, claimFirst),
    stacked,
  });
  graph.updateEachNodeAttributes((node, attributes) => {
    const point = layout.positions.get(node);
    return point ? { ...attributes, x: point.x, y: point.y } : attributes;
  });
  setChainLanes(graph, layout.lanes);
  return layout;
}

/** Keeps lanes computed elsewhere (an analysis that placed the chain itself) for their headings. */
export function setChainLanes(graph: AtlasGraph, lanes: LaneBox[]): void {
  graph.setAttribute(chainLanesAttribute, lanes);
}

/** The lanes a graph was last laid out in, if it was laid out as a chain. */
export function chainLanesOf(graph: AtlasGraph): LaneBox[] | null {
  const lanes = graph.getAttribute(chainLanesAttribute);
  return Array.isArray(lanes) ? (lanes as LaneBox[]) : null;
}

/** Forgets the lanes (another layout moved the nodes). */
export function clearChainLanes(graph: AtlasGraph): void {
  if (graph.hasAttribute(chainLanesAttribute)) graph.removeAttribute(chainLanesAttribute);
}
