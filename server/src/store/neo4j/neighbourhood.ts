/**
 * The neighbourhood of a node on Neo4j: the breadth-first walk of traverse.ts (each level visits
 * its frontier in id order and each node's neighbours in id order, up to a node budget), driven
 * here with the bounded statements of cypher/neighbourhood.ts, all in one read transaction:
 *
 * - the centre and its neighbours come in one statement;
 * - a level's frontier is cut into runs of ordinary nodes, each expanded by one statement, and hubs,
 *   whose neighbours come kind by kind (one statement per kind, sent together, so one round trip);
 * - the walk stops as soon as the budget is spent, so later frontier nodes are never touched;
 * - one last statement returns the chosen nodes' properties and the relationships among them.
 * A typical depth-2 neighbourhood takes three round trips; each statement is small, so Neo4j plans
 * it once and reuses the plan. (A single statement doing all of this for every kind of hub is tens
 * of kilobytes of Cypher that takes tens of seconds to plan.)
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { EdgeRow, NeighbourhoodQuery, NodeRow, Subgraph } from '../port.ts';
import { compareEdgeRows, compareStrings } from '../order.ts';
import { neighbourKinds } from './cypher/adjacency.ts';
import { expandRun, hubNeighbours, subgraph, walkStart } from './cypher/neighbourhood.ts';
import { run, type Executor } from './executor.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

interface Found {
  id: string;
  kind: NodeKind;
  key: string;
  degree: number;
}

function found(value: Record<string, unknown>): Found {
  return {
    id: value.id as string,
    kind: value.kind as NodeKind,
    key: value.key as string,
    degree: toNumber(value.degree),
  };
}

const order = (a: Found, b: Found) =>
  compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key);

/** The first `cap` neighbours of a hub, kind by kind in id order. */
async function hubNeighbourList(
  tx: ManagedTransaction,
  hub: Found,
  cap: number,
  counts: Partial<Record<NodeKind, number>>,
): Promise<Found[]> {
  const kinds = neighbourKinds().get(hub.kind) ?? [];
  // Sent together: the driver pipelines them, so this is one round trip.
  const results = await Promise.all(
    kinds.map(({ kind, rels }) =>
      run(tx, hubNeighbours(hub.kind, kind, rels, hub.id, cap, counts[kind] ?? 1e12)),
    ),
  );
  const out: Found[] = [];
  for (const result of results)
    for (const record of result.records) {
      out.push(found(record.get('n') as Record<string, unknown>));
      if (out.length >= cap) return out;
    }
  return out;
}

export interface WalkSettings {
  /** Node count per kind (estimates are enough: they only pick strategies). */
  counts: Partial<Record<NodeKind, number>>;
  /** Nodes with more relationships than this are hubs (see cypher/neighbourhood.ts). */
  hubDegree: number;
}

export async function neighbourhood(
  exec: Executor,
  query: NeighbourhoodQuery,
  { counts, hubDegree }: WalkSettings,
): Promise<Subgraph | null> {
  const { depth, limit } = query;
  // At most `limit` nodes are seen before any step, so the first `limit + 1` neighbours of a step
  // hold every one it may add and tell whether more were reachable.
  const cap = limit + 1;
  return exec.read('neighbourhood', async (tx) => {
    const start = (await run(tx, walkStart(query.center, cap, hubDegree))).records[0];
    if (!start) return null;
    const centre: Found = {
      id: start.get('id') as string,
      kind: query.center.kind,
      key: query.center.key,
      degree: toNumber(start.get('degree')),
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

    let frontier = [centre];
    walk: for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const next: Found[] = [];
      for (let i = 0; i < frontier.length;) {
        let candidates: Found[];
        if (level === 1 && centre.degree <= hubDegree) {
          candidates = (start.get('found') as Record<string, unknown>[]).map(found);
          i = frontier.length;
        } else if (frontier[i]!.degree > hubDegree) {
          candidates = await hubNeighbourList(tx, frontier[i]!, cap, counts);
          i++;
        } else {
          const runIds: string[] = [];
          while (i < frontier.length && frontier[i]!.degree <= hubDegree)
            runIds.push(frontier[i++]!.id);
          candidates = (await run(tx, expandRun(runIds, cap))).records.map((r) =>
            found(r.get('n') as Record<string, unknown>),
          );
        }
        if (!take(candidates, next)) {
          truncated = true;
          break walk;
        }
      }
      frontier = next.sort(order);
    }

    const result = (
      await run(
        tx,
        subgraph(
          chosen.map((n) => n.id),
          hubDegree,
        ),
      )
    ).records[0]!;
    const props = new Map<string, Record<string, unknown>>();
    for (const n of result.get('nodes') as { id: string; p: Record<string, unknown> }[])
      props.set(n.id, n.p);
    const byId = new Map(chosen.map((n) => [n.id, n]));
    const nodes: NodeRow[] = chosen.map((n) => ({
      kind: n.kind,
      key: n.key,
      props: nodeProps(props.get(n.id) ?? {}),
    }));
    const edges = (
      result.get('edges') as {
        rel: RelType;
        from: string;
        to: string;
        p: Record<string, unknown>;
      }[]
    ).map((e): EdgeRow => {
      const from = byId.get(e.from)!;
      const to = byId.get(e.to)!;
      return {
        rel: e.rel,
        from: { kind: from.kind, key: from.key },
        to: { kind: to.kind, key: to.key },
        props: toPlainProps(e.p),
      };
    });
    edges.sort(compareEdgeRows);
    return { nodes, edges, truncated };
  });
}
