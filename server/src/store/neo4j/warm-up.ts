/**
 * Warm-up of a freshly started Neo4j: runs the import path's statement shapes once — new nodes
 * (one statement for every kind), nodes that may exist (one per kind), relationships new or
 * existing (one per type and pair of kinds the schema allows), existence checks, the counts and
 * a bulk session's bookkeeping —
 * in one write transaction that is rolled back, so nothing stays but Neo4j's cached plans and a
 * JIT-compiled planner. Measured on the demo region: the first import into a just-started server
 * costs about ten times a later one without it; most of that is the planner's code running cold.
 * The statements are sent together (pipelined), so the warm-up is one round trip.
 *
 * `scripts/neo4j start` runs it once the server answers (NEO4J_WARM_UP=0 skips it):
 * `node --import tsx server/src/store/neo4j/warm-up.ts`.
 */
import { fileURLToPath } from 'node:url';
import {
  nodeKindNames,
  relationshipTypes,
  type NodeKind,
  type RelType,
} from '@chanjiao/graph-schema';
import { loadConfig } from '../../config.ts';
import {
  beginMarker,
  deleteMarker,
  deleteUndo,
  forgetUndo,
  lastUndo,
  listMarkers,
  recordUndo,
  undoStatements,
} from './cypher/bulk.ts';
import { finishChanges, reserveChanges } from './audit.ts';
import { graphCounts } from './cypher/stats.ts';
import { createNodes, mergeNodes, upsertEdges } from './cypher/upsert.ts';
import { existingNodes } from './cypher/read.ts';
import { Executor, type Neo4jTarget, type Statement } from './executor.ts';

// Keys no real node has: validation refuses control characters in keys.
const created = '\u0000warm-up-created';
const merged = '\u0000warm-up-merged';

/** The statements a warm-up runs, in order (nodes first: the relationships join them). */
export function warmUpStatements(): Statement[] {
  const props = { name_zh: '预热', updatedAt: '2026-01-01T00:00:00.000Z' };
  // The bookkeeping of a bulk session, on a marker of its own.
  const session = '\u0000warm-up';
  const entry = {
    nodesCreated: [['Chain', created]],
    nodesUpdated: [['Chain', merged, props]],
    edgesCreated: [['PART_OF', 'Segment', created, 'Chain', merged]],
    edgesUpdated: [['PART_OF', 'Segment', created, 'Chain', merged, {}]],
  } satisfies Parameters<typeof undoStatements>[0];
  const statements: Statement[] = [
    graphCounts,
    listMarkers,
    beginMarker(session, 'warm-up'),
    recordUndo(session, 1, entry),
    lastUndo(session),
    ...undoStatements(entry),
    deleteUndo(session, 1),
    reserveChanges(session, 0),
    finishChanges(session, 100),
    forgetUndo(session, 100),
    deleteMarker(session),
    createNodes(nodeKindNames.map((kind) => ({ kind, key: created, props }))),
    ...nodeKindNames.map((kind) => mergeNodes(kind, 'merge', [{ key: merged, props }])),
    ...nodeKindNames.map((kind) => existingNodes(kind, [created])),
  ];
  for (const [rel, spec] of Object.entries(relationshipTypes) as [
    RelType,
    { pairs: readonly (readonly [NodeKind, NodeKind])[] },
  ][])
    for (const [from, to] of spec.pairs)
      for (const strategy of ['create', 'merge'] as const)
        statements.push(
          upsertEdges({ rel, from, to }, 'merge', strategy, [
            { from: created, to: merged, props: { updatedAt: props.updatedAt } },
          ]),
        );
  return statements;
}

/** Runs the warm-up; returns how many statements it ran. */
export async function warmUp(exec: Executor): Promise<number> {
  const statements = warmUpStatements();
  const session = exec.driver.session({
    defaultAccessMode: 'WRITE',
    ...(exec.target.database && { database: exec.target.database }),
  });
  const tx = session.beginTransaction({
    metadata: { app: 'chanjiao-atlas', operation: 'warm-up' },
  });
  try {
    await Promise.all(statements.map((s) => tx.run(s.cypher, s.params)));
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
  return statements.length;
}

async function main(): Promise<void> {
  const target: Neo4jTarget = loadConfig({ ...process.env, ATLAS_STORE: 'neo4j' }).neo4j;
  const started = performance.now();
  const exec = await Executor.connect(target);
  try {
    const count = await warmUp(exec);
    console.log(
      `neo4j: warmed up (${count} statement shapes planned, rolled back) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await exec.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((error: unknown) => {
    console.error(
      `neo4j: warm-up failed (the server works, only colder): ${(error as Error).message}`,
    );
    process.exitCode = 1;
  });
