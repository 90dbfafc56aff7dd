/**
 * How far and how wide an expansion reaches, and how it is written in the address. An expansion
 * is a node id, optionally followed by options: `Segment:cells~depth:2~limit:500~rel:OPERATES_IN,
 * EMPLOYS~kind:Enterprise` — two hops, at most 500 nodes, following only those relationship
 * types, keeping only enterprises (and the nodes on the way to them). Plain `Segment:cells` is the
 * default: one hop, 150 nodes, everything. The options are read from the end of the item, so a key
 * may itself contain `~`.
 *
 * The server's neighbourhood has depth and limit but no filters, so a filtered expansion asks for
 * the most it may (2000 nodes) and filters here (`filterNeighbourhood`); how many matched before
 * the expansion's own limit is kept, for "N of M shown".
 */
import type { Neighbourhood } from '@chanjiao/graph-schema';
import type { Depth } from '../api/urls.ts';

export interface ExpansionOptions {
  depth: Depth;
  limit: number;
  /** Relationship types to follow; empty for all. */
  rels: readonly string[];
  /** Kinds to keep (with the nodes on the way to them); empty for all. */
  kinds: readonly string[];
}

export const defaultExpansion: ExpansionOptions = { depth: 1, limit: 150, rels: [], kinds: [] };
/** What a reader may pick; the server takes at most 2000 nodes. */
export const expansionLimits = [50, 150, 500, 1000, 2000] as const;
export const maxServerLimit = 2000;

export interface ExpansionItem {
  /** The node expanded, `Kind:key`. */
  node: string;
  options: ExpansionOptions;
}

const optionPattern = /^(depth|limit|rel|kind):([A-Za-z0-9_,]+)$/;
const namePattern = /^[A-Za-z][A-Za-z0-9_]*$/;

function names(text: string): string[] {
  return [...new Set(text.split(',').filter((name) => namePattern.test(name)))].sort();
}

/** Reads an address item; a malformed option is left out (the default applies). */
export function parseExpansion(item: string): ExpansionItem {
  const parts = item.split('~');
  const options: { -readonly [K in keyof ExpansionOptions]: ExpansionOptions[K] } = {
    ...defaultExpansion,
  };
  let end = parts.length;
  while (end > 1) {
    const match = optionPattern.exec(parts[end - 1] ?? '');
    if (!match) break;
    const [, name, value = ''] = match;
    if (name === 'depth' && ['1', '2', '3'].includes(value)) options.depth = Number(value) as Depth;
    else if (name === 'limit' && /^\d+$/.test(value))
      options.limit = Math.min(maxServerLimit, Math.max(1, Number(value)));
    else if (name === 'rel') options.rels = names(value);
    else if (name === 'kind') options.kinds = names(value);
    end--;
  }
  return { node: parts.slice(0, end).join('~'), options };
}

/** Writes an item: the node id, then only the options that differ from the default, in order. */
export function writeExpansion(node: string, options: Partial<ExpansionOptions> = {}): string {
  const o = { ...defaultExpansion, ...options };
  const parts = [node];
  if (o.depth !== defaultExpansion.depth) parts.push(`depth:${o.depth}`);
  if (o.limit !== defaultExpansion.limit) parts.push(`limit:${o.limit}`);
  const rels = [...new Set(o.rels)].sort();
  const kinds = [...new Set(o.kinds)].sort();
  if (rels.length > 0) parts.push(`rel:${rels.join(',')}`);
  if (kinds.length > 0) parts.push(`kind:${kinds.join(',')}`);
  return parts.join('~');
}

export const isFiltered = (options: ExpansionOptions) =>
  options.rels.length > 0 || options.kinds.length > 0;

/** The limit to ask the server for: the expansion's own, or the most when filtering here. */
export function serverLimit(options: ExpansionOptions): number {
  return isFiltered(options) ? maxServerLimit : options.limit;
}

export interface FilteredNeighbourhood {
  neighbourhood: Neighbourhood;
  /** Nodes that matched (the centre included) before the expansion's limit cut them. */
  matched: number;
}

const kindOf = (id: string) => id.slice(0, Math.max(0, id.indexOf(':')));

/**
 * Keeps what an expansion asks for from a neighbourhood: breadth-first from the centre along the
 * relationship types asked for, up to the depth; the nodes of the kinds asked for and every node
 * on the way to one; then, nearest first (by id within a hop), at most `limit` nodes with the
 * relationships of those types among them. `truncated` is set when the server or the limit cut
 * something off.
 */
export function filterNeighbourhood(
  neighbourhood: Neighbourhood,
  options: ExpansionOptions,
): FilteredNeighbourhood {
  const center = neighbourhood.attributes.center;
  const follows = (rel: unknown) => options.rels.length === 0 || options.rels.includes(String(rel));
  const wanted = (id: string) => options.kinds.length === 0 || options.kinds.includes(kindOf(id));
  const adjacent = new Map<string, string[]>();
  for (const edge of neighbourhood.edges) {
    if (!follows(edge.attributes.rel)) continue;
    adjacent.set(edge.source, [...(adjacent.get(edge.source) ?? []), edge.target]);
    adjacent.set(edge.target, [...(adjacent.get(edge.target) ?? []), edge.source]);
  }
  const level = new Map<string, number>([[center, 0]]);
  const parent = new Map<string, string>();
  let frontier = [center];
  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const from of frontier)
      for (const to of [...(adjacent.get(from) ?? [])].sort()) {
        if (level.has(to)) continue;
        level.set(to, hop);
        parent.set(to, from);
        next.push(to);
      }
    frontier = next;
  }
  const keep = new Set<string>([center]);
  for (const node of level.keys()) {
    if (!wanted(node)) continue;
    for (let at: string | undefined = node; at && !keep.has(at); at = parent.get(at)) keep.add(at);
  }
  const ordered = [...keep].sort(
    (a, b) => (level.get(a) ?? 0) - (level.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  // Cutting keeps paths whole: a node stays only with the node it was reached from.
  const kept = new Set<string>();
  for (const node of ordered) {
    if (kept.size >= options.limit) break;
    const from = parent.get(node);
    if (from === undefined || kept.has(from)) kept.add(node);
  }
  return {
    neighbourhood: {
      ...neighbourhood,
      attributes: {
        ...neighbourhood.attributes,
        limit: options.limit,
        truncated: neighbourhood.attributes.truncated || kept.size < keep.size,
      },
      nodes: neighbourhood.nodes.filter((n) => kept.has(n.key)),
      edges: neighbourhood.edges.filter(
        (e) => follows(e.attributes.rel) && kept.has(e.source) && kept.has(e.target),
      ),
    },
    matched: keep.size,
  };
}
