/**
 * The neighbourhood of a node on Neo4j: the breadth-first walk of traverse.ts (each level visits
 * its frontier in id order and each node's neighbours in id order, up to a node budget), driven
 * here with the bounded statements of cypher/neighbourhood.ts, all in one read transaction:
 *
 * - the centre and its neighbours come in one statement;
 * - a level's frontier is cut into runs of nodes read whole (ordinary nodes, and hubs for which that
 *   reads less), each expanded by one statement, and hubs whose neighbours come kind by kind (one
 *   statement per kind, sent together, so one round trip);
 * - the walk stops as soon as the budget is spent, so later frontier nodes are never touched;
 * - one last statement returns the chosen nodes' properties and the relationships among them;
 *   when the last level ends with a run of nodes read whole, that statement expands the run too
 *   (the walk stops after that level whatever it finds), so those nodes are never sent back.
 * A typical depth-2 neighbourhood takes two or three round trips; each statement is small, so Neo4j plans
 * it once and reuses the plan. (A single statement doing all of this for every kind of hub is tens
 * of kilobytes of Cypher that takes tens of seconds to plan.) Nodes travel as Neo4j's integer ids
 * (`id()`, deprecated in Neo4j 5 but still served, and still in Cypher 25): an element id is a
 * string of about 45 bytes to write and decode on both sides. The walk passes ids only between
 * statements of its own transaction, and Neo4j buffers a freed id until the transactions open when
 * it was freed have closed, so an id cannot name another node halfway through a walk. Measured at 1M nodes (scripts/bench/scale/neo4j-hood.ts), per neighbourhood the
 * statements' fixed costs (writing them to the socket, a transaction's begin and commit) and the
 * reads the answer needs (every relationship of the nodes expanded, to order their neighbours by
 * key) are most of the time, not Neo4j's planning.
 */
import { relTypeNames, type NodeKind, type Props, type RelType } from '@chanjiao/graph-schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { EdgeRow, NeighbourhoodQuery, NodeRow, Subgraph } from '../port.ts';
import { compareStrings } from '../order.ts';
import { neighbourKinds, type NeighbourKind } from './cypher/adjacency.ts';
import { expandRun, hubNeighbours, subgraph, walkStart } from './cypher/neighbourhood.ts';
import { run, type Executor } from './executor.ts';
import { perSchema } from './per-schema.ts';
import { nodePropNames, relPropNames, unpackProps } from './cypher/props.ts';
import { toNumber } from './values.ts';

interface Found {
  /** Neo4j's node id: stable within the walk's one read transaction, and an integer to send. */
  id: number;
  kind: NodeKind;
  key: string;
  degree: number;
  /** A hub's degree by relationship type (relTypeNames order). */
  types: number[] | null;
}

/** A neighbour as the statements return it: [id, kind, key, degree, typed degrees or null]. */
function found(value: unknown): Found {
  const [id, kind, key, degree, types] = value as [unknown, NodeKind, string, unknown, unknown];
  return { id: toNumber(id), kind, key, degree: toNumber(degree), types: typesOf(types) };
}

/** The neighbours a statement returns as `found`: one row holding a list (none: nothing found). */
function foundIn(records: { get(key: string): unknown }[]): Found[] {
  return ((records[0]?.get('found') as unknown[] | undefined) ?? []).map(found);
}

function typesOf(value: unknown): number[] | null {
  return Array.isArray(value) ? value.map(toNumber) : null;
}

const typeIndex = perSchema(() => new Map<RelType, number>(relTypeNames.map((rel, i) => [rel, i])));

const order = (a: Found, b: Found) =>
  compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key);

/**
 * What one statement costs beyond the relationships it reads, in relationships: sending it,
 * running and decoding it on both sides (≈ 2–4 ms each at 1M nodes, about what reading a couple of
 * thousand relationships and their end nodes' keys costs).
 */
const statementCost = 2000;

/**
 * A hub's first `cap` neighbours, in (kind, key) order, come one of two ways:
 *
 * - all at once, like an ordinary node's (expandRun, in a run with its ordinary neighbours in the
 *   frontier): one statement reading every relationship of the hub once;
 * - kind by kind, in id order (HubWalk.list), when that reads less: for a region or an industry
 *   with many thousand enterprises, walking the enterprise key index and keeping the hub's
 *   neighbours finds the first `cap` of them without reading every relationship.
 *
 * Kind by kind, kinds the hub has no relationship for are not asked. The others are asked in
 * batches (a batch's statements are sent together: the driver pipelines them, one round trip),
 * each batch holding the next kinds in order until their relationships (typed degrees, counted
 * once per type) reach `cap`. A type that joins the hub to several kinds (LOCATED_IN from
 * enterprises, postings, candidates…) says how many neighbours those kinds have together, not
 * each: so every kind sharing a type in the batch joins the batch. Usually one batch is enough,
 * and the kinds after it are never read.
 */
class HubWalk {
  private readonly kinds: NeighbourKind[];
  private readonly fetched = new Map<NodeKind, Found[]>();
  /** The first batch, or null when reading the hub whole costs less than asking it. */
  readonly first: NeighbourKind[] | null;

  constructor(
    private readonly hub: Found,
    private readonly cap: number,
    private readonly settings: WalkSettings,
  ) {
    this.kinds = (neighbourKinds().get(hub.kind) ?? []).filter((k) =>
      k.rels.some((rel) => this.degree(rel) > 0),
    );
    const first = this.batchFrom(0, 0);
    this.first =
      !settings.kindByKind && hub.degree + statementCost <= this.cost(first) ? null : first;
  }

  private degree(rel: RelType): number {
    const { types } = this.hub;
    return types ? (types[typeIndex().get(rel)!] ?? 0) : this.cap;
  }

  /** The kinds to ask next, from the `first` kind on, `have` neighbours being known before it. */
  private batchFrom(first: number, have: number): NeighbourKind[] {
    const { kinds, fetched, cap } = this;
    const batch = new Set<NeighbourKind>();
    const counted = new Set<RelType>();
    for (let j = first, expected = have; j < kinds.length && expected < cap; j++) {
      const next = kinds[j]!;
      if (fetched.has(next.kind)) {
        expected += fetched.get(next.kind)!.length;
        continue;
      }
      for (const rel of next.rels) {
        if (counted.has(rel)) continue;
        counted.add(rel);
        expected += this.degree(rel);
        for (const partner of kinds)
          if (!fetched.has(partner.kind) && partner.rels.includes(rel)) batch.add(partner);
      }
      batch.add(next);
    }
    return [...batch];
  }

  /** What a batch's statements read: per kind, its typed expansion or its index scan. */
  private cost(batch: NeighbourKind[]): number {
    return batch.reduce((sum, { kind, rels }) => {
      const d = rels.reduce((n, rel) => n + this.degree(rel), 0);
      const count = this.settings.counts[kind] ?? 1e12;
      const scan = d > this.cap ? (this.cap * count) / d : count;
      return sum + Math.min(d, 3 * scan) + statementCost;
    }, 0);
  }

  private async fetch(tx: ManagedTransaction, asked: NeighbourKind[], types: boolean) {
    const { hub, cap, settings } = this;
    const results = await Promise.all(
      asked.map(({ kind, rels }) =>
        run(
          tx,
          hubNeighbours(hub.kind, kind, rels, hub.id, {
            cap,
            count: settings.counts[kind] ?? 1e12,
            hubDegree: settings.hubDegree,
            types,
          }),
        ),
      ),
    );
    asked.forEach(({ kind }, i) => this.fetched.set(kind, foundIn(results[i]!.records)));
  }

  /** The neighbours kind by kind; `types`: whether hubs among them need their typed degrees. */
  async list(tx: ManagedTransaction, types: boolean): Promise<Found[]> {
    const { kinds, fetched, cap } = this;
    const out: Found[] = [];
    for (let i = 0; i < kinds.length; i++) {
      if (!fetched.has(kinds[i]!.kind))
        await this.fetch(
          tx,
          i === 0 && this.first ? this.first : this.batchFrom(i, out.length),
          types,
        );
      for (const neighbour of fetched.get(kinds[i]!.kind)!) {
        out.push(neighbour);
        if (out.length >= cap) return out;
      }
    }
    return out;
  }
}

export interface WalkSettings {
  /** Node count per kind (estimates are enough: they only pick strategies). */
  counts: Partial<Record<NodeKind, number>>;
  /** Nodes with more relationships than this are hubs (see cypher/neighbourhood.ts). */
  hubDegree: number;
  /** Walk every hub kind by kind, even where reading it whole costs less (tests). */
  kindByKind?: boolean;
}

export async function neighbourhood(
  exec: Executor,
  query: NeighbourhoodQuery,
  settings: WalkSettings,
): Promise<Subgraph | null> {
  const { hubDegree } = settings;
  const { depth, limit } = query;
  // At most `limit` nodes are seen before any step, so the first `limit + 1` neighbours of a step
  // hold every one it may add and tell whether more were reachable.
  const cap = limit + 1;
  return exec.read('neighbourhood', async (tx) => {
    const start = (await run(tx, walkStart(query.center, cap, hubDegree))).records[0];
    if (!start) return null;
    const centre: Found = {
      id: toNumber(start.get('id')),
      kind: query.center.kind,
      key: query.center.key,
      degree: toNumber(start.get('degree')),
      types: typesOf(start.get('types')),
    };
    const chosen: Found[] = [centre];
    const seen = new Set([centre.id]);
    let truncated = false;

    /** Adds neighbours in order; false once the budget is spent and one more was on offer. */
    const take = (candidates: Found[], next: Found[]): boolean => {
      for (const candidate of candidates) {
        if (seen.has(candidate.id)) continue;
        if (chosen.length >= limit) return false;
        seen.add(candidate.id);
        chosen.push(candidate);
        next.push(candidate);
      }
      return true;
    };

    /** The last level's final run of ordinary nodes, expanded by the subgraph statement. */
    let last: number[] | undefined;
    let frontier = [centre];
    walk: for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const next: Found[] = [];
      const walks = frontier.map((n) =>
        n.degree > hubDegree ? new HubWalk(n, cap, settings) : undefined,
      );
      // Typed degrees only matter for hubs the walk may still expand.
      const types = level < depth;
      for (let i = 0; i < frontier.length;) {
        let candidates: Found[];
        if (level === 1 && centre.degree <= hubDegree) {
          candidates = (start.get('found') as unknown[]).map(found);
          i = frontier.length;
        } else if (walks[i]?.first) {
          candidates = await walks[i]!.list(tx, types);
          i++;
        } else {
          // Ordinary nodes and hubs read whole, in frontier order, in one statement.
          const runIds: number[] = [];
          while (i < frontier.length && !walks[i]?.first) runIds.push(frontier[i++]!.id);
          if (level === depth && i === frontier.length) {
            last = runIds;
            break walk;
          }
          candidates = foundIn((await run(tx, expandRun(runIds, cap, hubDegree, types))).records);
        }
        if (!take(candidates, next)) {
          truncated = true;
          break walk;
        }
      }
      frontier = next.sort(order);
    }

    const rows = (
      await run(
        tx,
        subgraph(
          chosen.map((n) => ({ id: n.id, kind: n.kind, hub: n.degree > hubDegree })),
          last && { run: last, room: limit - chosen.length, cap, hubDegree },
        ),
      )
    ).records;
    // Rows of `part, items` (cypher/neighbourhood.ts inRows): the head, then nodes, then edges.
    const nodeValues: [number, unknown][] = [];
    const edgeValues: EdgeValues[] = [];
    for (const row of rows) {
      const part = toNumber(row.get('part'));
      const items = row.get('items') as unknown[];
      if (part === 1) for (const item of items) nodeValues.push(item as [number, unknown]);
      else if (part === 2) for (const item of items) edgeValues.push(item as EdgeValues);
      else if (last) {
        const [wasTruncated, added] = items as [boolean, [unknown, NodeKind, string][]];
        for (const [id, kind, key] of added)
          // Their degrees are not needed: the walk expands nothing after them.
          chosen.push({ id: toNumber(id), kind, key, degree: 0, types: null });
        truncated = wasTruncated;
      }
    }
    const props: Props[] = [];
    for (const [i, p] of nodeValues) props[i] = unpackProps(nodePropNames(chosen[i]!.kind), p);
    const nodes: NodeRow[] = chosen.map((n, i) => ({
      kind: n.kind,
      key: n.key,
      props: props[i] ?? {},
    }));
    const edges = edgesAmong(chosen, edgeValues);
    return { nodes, edges, truncated };
  });
}

/** A relationship as the subgraph statement returns it: [type number, start id, end id, props]. */
type EdgeValues = [number, unknown, unknown, unknown];

/** Each relationship type's place in name order, by type number (relTypeNames order). */
const relRanks = perSchema(() => {
  const ranks: number[] = [];
  relTypeNames
    .map((_, i) => i)
    .sort((a, b) => compareStrings(relTypeNames[a]!, relTypeNames[b]!))
    .forEach((type, rank) => (ranks[type] = rank));
  return ranks;
});

/**
 * The answer's edges in compareEdgeRows order, each (rel, from, to) once however many ways it was
 * found (a self-loop is found from both ends). Each edge gets one number, (rel's rank, from's
 * rank, to's rank) among the answer's nodes in (kind, key) order: it orders the edges as
 * compareEdgeRows would and tells duplicates apart, without a string per edge or a string
 * comparison per step of the sort (an answer has a few thousand relationships). Edges share their
 * end's reference object.
 */
function edgesAmong(chosen: Found[], rows: EdgeValues[]): EdgeRow[] {
  const n = chosen.length;
  const position = new Map(chosen.map((node, i) => [node.id, i]));
  const rank: number[] = [];
  chosen
    .map((_, i) => i)
    .sort((a, b) => order(chosen[a]!, chosen[b]!))
    .forEach((i, r) => (rank[i] = r));
  const refs = chosen.map(({ kind, key }) => ({ kind, key }));
  const ranks = relRanks();
  const byOrder = new Map<number, EdgeRow>();
  for (const [type, a, b, p] of rows) {
    const rel = relTypeNames[type];
    // A type the schema in force no longer declares (left by a schema extension) is not shown.
    if (rel === undefined) continue;
    const from = position.get(toNumber(a))!;
    const to = position.get(toNumber(b))!;
    const place = (ranks[type]! * n + rank[from]!) * n + rank[to]!;
    if (byOrder.has(place)) continue;
    byOrder.set(place, {
      rel,
      from: refs[from]!,
      to: refs[to]!,
      props: unpackProps(relPropNames(rel), p),
    });
  }
  return [...byOrder.keys()].sort((x, y) => x - y).map((place) => byOrder.get(place)!);
}
