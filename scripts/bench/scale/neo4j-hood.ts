/**
 * `tsx scripts/bench/scale/neo4j-hood.ts [--centres N] [--rounds R] [--neo4j-pid PID]
 *   [--write FILE | --compare FILE]`: the Neo4j neighbourhood walk in process, against the
 * database at NEO4J_URI (already loaded; only read), without HTTP. For depth-2 neighbourhoods
 * (limit 500) of centres sampled the way the scale benchmark samples them, it prints the latency
 * percentiles, the Node CPU and (with the Neo4j process id) the Neo4j CPU per neighbourhood, and
 * per statement shape how many were sent and their mean wall time — where a neighbourhood's time
 * goes. `--write` stores a digest of every answer, `--compare` checks a later run gives the same
 * answers (a change to the statements must not change what the walk returns).
 *
 * It also reads each answer a second way, as a floor for the walk: one statement in one read
 * transaction that fetches the answer's own nodes and relationships by their ids (found before
 * the timed rounds) and returns their properties, the least a read of that answer can cost
 * through Neo4j and the driver. The walk costs the floor plus the work of finding what to answer
 * (ordering neighbours, the links among the chosen nodes); the ratio says how much that is.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { NodeKind, NodeRef } from '@chanjiao/graph-schema';
import type { Subgraph } from '../../../server/src/store/port.ts';
import { neighbourhood } from '../../../server/src/store/neo4j/neighbourhood.ts';
import { defaultHubDegree } from '../../../server/src/store/neo4j/cypher/neighbourhood.ts';
import { CountReader } from '../../../server/src/store/neo4j/stats.ts';
import { label } from '../../../server/src/store/neo4j/names.ts';
import { run } from '../../../server/src/store/neo4j/executor.ts';
import { percentiles } from './http.ts';
import { centerKinds, sequence } from './workload.ts';
import {
  connectToBenchDatabase,
  cpuSeconds,
  keepOrCompareDigests,
  watchStatements,
} from './neo4j-process.ts';

const { values } = parseArgs({
  options: {
    centres: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
    'neo4j-pid': { type: 'string' },
    write: { type: 'string' },
    compare: { type: 'string' },
  },
});

const exec = await connectToBenchDatabase();

/** Centres as the scale benchmark picks them: per kind, random positions in key order. */
async function sample(count: number): Promise<NodeRef[]> {
  const random = sequence(42);
  const perKind = Math.ceil(count / centerKinds.length);
  const out: NodeRef[] = [];
  for (const kind of centerKinds as NodeKind[]) {
    const total = Number(
      (
        await exec.readOne('bench', {
          cypher: `MATCH (n:${label(kind)}) RETURN count(n) AS c`,
          params: {},
        })
      ).records[0]!.get('c'),
    );
    if (total === 0) continue;
    const span = Math.min(total, 10_000);
    for (let i = 0; i < perKind; i++) {
      const skip = Math.floor(random() * span);
      const { records } = await exec.readOne('bench', {
        cypher: `MATCH (n:${label(kind)}) WHERE n.key >= '' RETURN n.key AS key ORDER BY n.key SKIP $skip LIMIT 1`,
        params: { skip: neo4j.int(skip) },
      });
      if (records[0]) out.push({ kind, key: records[0].get('key') as string });
    }
  }
  return out;
}

/** Statement counts and wall time by shape (the statement's first line). */
const shapes = new Map<string, { count: number; ms: number }>();
let counting = false;
watchStatements(exec, (cypher, _result, started) => {
  if (!counting) return;
  const shape = cypher.split('\n')[0]!.slice(0, 60);
  const s = shapes.get(shape) ?? { count: 0, ms: 0 };
  s.count++;
  s.ms += performance.now() - started;
  shapes.set(shape, s);
});

const counts = await new CountReader(exec).read();
const settings = { counts: counts.byKind, hubDegree: defaultHubDegree };
const centres = await sample(Number(values.centres));
const ask = (center: NodeRef) => neighbourhood(exec, { center, depth: 2, limit: 500 }, settings);
const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

/** The Neo4j ids of an answer's nodes and of the relationships among them. */
async function idsOf(answer: Subgraph): Promise<{ nodes: number[]; rels: number[] }> {
  const byKind = new Map<NodeKind, string[]>();
  for (const n of answer.nodes) {
    const keys = byKind.get(n.kind);
    if (keys) keys.push(n.key);
    else byKind.set(n.kind, [n.key]);
  }
  const nodes: number[] = [];
  for (const [kind, keys] of byKind) {
    const { records } = await exec.readOne('bench', {
      cypher: `UNWIND $keys AS k MATCH (n:${label(kind)} {key: k}) RETURN id(n) AS id`,
      params: { keys },
    });
    for (const r of records) nodes.push(Number(r.get('id')));
  }
  const { records } = await exec.readOne('bench', {
    cypher:
      'MATCH (a)-[r]->(b) WHERE id(a) IN $ids AND id(b) IN $ids RETURN collect(DISTINCT id(r)) AS rels',
    params: { ids: nodes },
  });
  return { nodes, rels: (records[0]!.get('rels') as unknown[]).map(Number) };
}

/**
 * The floor: the answer's nodes and relationships fetched by id, with their property values
 * (values only, as the walk sends them: a map's keys cost the driver a string each).
 */
const floorCypher = `MATCH (n) WHERE id(n) IN $nodes
WITH collect([id(n), labels(n)[0], [k IN keys(n) | n[k]]]) AS nodes
OPTIONAL MATCH ()-[r]->() WHERE id(r) IN $rels
RETURN nodes, collect([type(r), id(startNode(r)), id(endNode(r)), [k IN keys(r) | r[k]]]) AS rels`;
const readFloor = (ids: { nodes: number[]; rels: number[] }) =>
  exec.read('bench', async (tx) => {
    const { records } = await run(tx, { cypher: floorCypher, params: ids });
    return (records[0]!.get('nodes') as unknown[]).length;
  });

/**
 * Runs `ask` over the items, one at a time, for the rounds asked: each wall time, and the CPU this
 * process and (with its pid) Neo4j used meanwhile.
 */
async function timed<T>(
  items: T[],
  ask: (item: T) => Promise<unknown>,
  each?: (item: T, ms: number) => void,
): Promise<{ times: number[]; node: NodeJS.CpuUsage; neo: number }> {
  const times: number[] = [];
  const nodeCpu = process.cpuUsage();
  const neoCpu = cpuSeconds(values['neo4j-pid']);
  for (let round = 0; round < Number(values.rounds); round++)
    for (const item of items) {
      const started = performance.now();
      await ask(item);
      const ms = performance.now() - started;
      times.push(ms);
      each?.(item, ms);
    }
  return { times, node: process.cpuUsage(nodeCpu), neo: cpuSeconds(values['neo4j-pid']) - neoCpu };
}

try {
  const answers: Record<string, string> = {};
  const floorIds: { nodes: number[]; rels: number[] }[] = [];
  let nodes = 0;
  let edges = 0;
  let floorEdges = 0;
  for (const c of centres) {
    const answer = await ask(c);
    answers[`${c.kind}:${c.key}`] = digest(answer);
    nodes += answer?.nodes.length ?? 0;
    edges += answer?.edges.length ?? 0;
    const ids = answer ? await idsOf(answer) : { nodes: [], rels: [] };
    floorEdges += ids.rels.length;
    floorIds.push(ids);
    await readFloor(ids);
  }
  counting = true;
  const byCentre = new Map<string, number>();
  const walk = await timed(centres, ask, (c, ms) => {
    const name = `${c.kind}:${c.key}`;
    byCentre.set(name, Math.max(byCentre.get(name) ?? 0, ms));
  });
  counting = false;
  const floor = await timed(floorIds, readFloor);
  const n = walk.times.length;
  const p = percentiles(walk.times);
  const f = percentiles(floor.times);
  const ms = (cpu: NodeJS.CpuUsage) => (cpu.user + cpu.system) / 1000 / n;
  console.log(
    `${centres.length} centres × ${values.rounds} rounds, ${(nodes / centres.length).toFixed(0)} nodes and ${(edges / centres.length).toFixed(0)} relationships each on average` +
      (floorEdges === edges
        ? ''
        : ` (the floor reads ${(floorEdges / centres.length).toFixed(0)})`),
  );
  console.log(
    `depth 2 in process p50 ${p.p50.toFixed(1)} ms p95 ${p.p95.toFixed(1)} ms p99 ${p.p99.toFixed(1)} ms max ${p.max.toFixed(1)} ms`,
  );
  console.log(
    `the answer read by id  p50 ${f.p50.toFixed(1)} ms p95 ${f.p95.toFixed(1)} ms p99 ${f.p99.toFixed(1)} ms max ${f.max.toFixed(1)} ms` +
      `  → the walk ${(p.p50 / f.p50).toFixed(2)}× at p50, ${(p.p95 / f.p95).toFixed(2)}× at p95`,
  );
  const cpu = (node: number, neoSeconds: number) =>
    `Node CPU ${node.toFixed(1)} ms` +
    (values['neo4j-pid'] ? `, Neo4j CPU ${((neoSeconds * 1000) / n).toFixed(1)} ms` : '');
  console.log(`per neighbourhood: ${cpu(ms(walk.node), walk.neo)}`);
  const walkCpu = ms(walk.node) + (walk.neo * 1000) / n;
  const floorCpu = ms(floor.node) + (floor.neo * 1000) / n;
  console.log(
    `per read by id:    ${cpu(ms(floor.node), floor.neo)}` +
      (values['neo4j-pid'] ? `  → the walk ${(walkCpu / floorCpu).toFixed(2)}× the CPU` : ''),
  );
  for (const [shape, s] of [...shapes].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `  ${(s.count / n).toFixed(2).padStart(6)} a hood, mean ${(s.ms / s.count).toFixed(1).padStart(6)} ms  ${shape}`,
    );
  const slowest = [...byCentre].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`slowest: ${slowest.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ')}`);
  if (keepOrCompareDigests(answers, values)) process.exitCode = 1;
} finally {
  await exec.close();
}
