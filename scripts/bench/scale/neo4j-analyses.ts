/**
 * `tsx scripts/bench/scale/neo4j-analyses.ts [--rounds R] [--neo4j-pid PID] [--reader anonymous|admin]
 *   [--only a,b] [--variants name=module,…] [--write FILE | --compare FILE] [--calls]`: the
 * analyses the scale benchmark finds slowest on Neo4j (related occupations and segments, match
 * candidates for a posting, region overview), in process against the database at NEO4J_URI
 * (already loaded; only read), without HTTP. Each analysis runs as a request would: the loader
 * through the reader's view of the store (anonymous by default, as `bench:scale` asks), then the
 * pure function. It prints, per analysis, the median wall time of the loader and of the function,
 * and with `--calls` per store call of the last round: rows returned, bytes received, wall time,
 * Node CPU, Neo4j CPU (with its process id) and the time Neo4j reports for the statement — where
 * an analysis's time goes.
 *
 * `--variants` names modules with the scoped reads (`getNodes`, `expand`, `countNeighbours`,
 * `aggregate`, as server/src/store/neo4j/scoped.ts exports them, and optionally `projection`) to
 * compare, run alternately
 * analysis by analysis in each round so a busy machine weighs on each alike; every variant's answer
 * must be the same. `--write` stores a digest of every answer, `--compare` checks a later run gives
 * the same answers.
 */
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyses } from '../../../server/src/analysis/registry.ts';
import { firstNodes } from '../../../server/src/store/neo4j/first-nodes.ts';
import { projection } from '../../../server/src/store/neo4j/projection.ts';
import * as committed from '../../../server/src/store/neo4j/scoped.ts';
import { CountReader, StatsCache } from '../../../server/src/store/neo4j/stats.ts';
import type { GraphStore } from '../../../server/src/store/port.ts';
import { scopeOf } from '../../../server/src/trust/scope.ts';
import { scopedStore } from '../../../server/src/trust/scoped-store.ts';
import { region } from './workload.ts';
import {
  connectToBenchDatabase,
  cpuSeconds,
  keepOrCompareDigests,
  watchStatements,
} from './neo4j-process.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    'neo4j-pid': { type: 'string' },
    reader: { type: 'string', default: 'anonymous' },
    only: { type: 'string' },
    variants: { type: 'string' },
    write: { type: 'string' },
    compare: { type: 'string' },
    calls: { type: 'boolean', default: false },
  },
});

type Scoped = Pick<typeof committed, 'getNodes' | 'expand' | 'countNeighbours' | 'aggregate'> & {
  projection?: typeof projection;
};

const maxNodes = 500_000;
const questions = {
  relatedOccupations: { occupation: 'syn-occ-0001', limit: 20 },
  candidatesForPosting: { posting: 'syn-post-000001', limit: 20 },
  overview: { region },
  relatedSegments: { segment: 'syn-seg-0001', limit: 20 },
} as const;
type Question = keyof typeof questions;
const asked = (values.only?.split(',') ?? Object.keys(questions)) as Question[];

const exec = await connectToBenchDatabase();

/** Bytes this process has received on any socket (the Bolt connections are the only ones). */
let received = 0;
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (
  this: net.Socket,
  event: string | symbol,
  ...args: unknown[]
) {
  if (event === 'data') received += (args[0] as Buffer).length;
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof emit;

/** Time Neo4j reports for the statements run so far (available after + consumed after, ms). */
let serverMs = 0;
watchStatements(exec, (_cypher, result) => {
  serverMs +=
    Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
});

interface Call {
  op: string;
  what: string;
  rows: number;
  bytes: number;
  ms: number;
  nodeCpu: number;
  neoCpu: number;
  serverMs: number;
}
let calls: Call[] = [];

/** What a call asked, in a few words. */
function describe(op: string, query: unknown): string {
  if (op === 'getNodes') return `${(query as unknown[]).length} refs`;
  const q = query as Record<string, unknown> & { from?: unknown[]; where?: { to: unknown[] } };
  if (op === 'projection') return JSON.stringify(q.kinds);
  if (op === 'firstNodes') return `${String(q.kind)} limit ${String(q.limit)}`;
  if (op === 'aggregate') return `${JSON.stringify(q.kinds)} via ${JSON.stringify(q.via ?? [])}`;
  return (
    `${q.from?.length ?? 0} from ${JSON.stringify(q.rels)} ${String(q.direction)}` +
    (q.kinds ? ` ${JSON.stringify(q.kinds)}` : '') +
    (q.where ? ` where ${q.where.to.length}` : '') +
    (q.props === false ? ' bare' : '')
  );
}

function rowsOf(answer: unknown): number {
  if (Array.isArray(answer)) return answer.length;
  const a = answer as { nodes?: unknown[]; edges?: unknown[]; counts?: unknown[] };
  return (a.nodes?.length ?? 0) + (a.edges?.length ?? 0) + (a.counts?.length ?? 0);
}

function timed<A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const bytes = received;
    const server = serverMs;
    const neo = cpuSeconds(values['neo4j-pid']);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const answer = await fn(...args);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    calls.push({
      op,
      what: describe(op, args[0]),
      rows: rowsOf(answer),
      bytes: received - bytes,
      ms,
      nodeCpu: (used.user + used.system) / 1000,
      neoCpu: (cpuSeconds(values['neo4j-pid']) - neo) * 1000,
      serverMs: serverMs - server,
    });
    return answer;
  };
}

const stats = new StatsCache(new CountReader(exec));
/** The store as analyses see it, with the scoped reads of one variant, each call measured. */
function storeOf(reads: Scoped): GraphStore {
  const raw = {
    name: 'neo4j',
    getNodes: timed('getNodes', (refs: Parameters<Scoped['getNodes']>[1]) =>
      reads.getNodes(exec, refs),
    ),
    expand: timed('expand', (q: Parameters<Scoped['expand']>[1]) => reads.expand(exec, q)),
    countNeighbours: timed('countNeighbours', (q: Parameters<Scoped['countNeighbours']>[1]) =>
      reads.countNeighbours(exec, q),
    ),
    aggregate: timed('aggregate', (q: Parameters<Scoped['aggregate']>[1]) =>
      reads.aggregate(exec, q),
    ),
    projection: timed('projection', (spec: Parameters<typeof projection>[1]) =>
      (reads.projection ?? projection)(exec, spec),
    ),
    firstNodes: timed('firstNodes', (q: Parameters<typeof firstNodes>[1]) => firstNodes(exec, q)),
    stats: () => stats.get(),
  } as unknown as GraphStore;
  return values.reader === 'admin' ? raw : scopedStore(raw, scopeOf(null));
}

const variants: [string, GraphStore][] = [];
for (const spec of values.variants?.split(',') ?? [])
  if (spec) {
    const [name, file] = spec.split('=') as [string, string];
    const module = (await import(path.resolve(file))) as Scoped;
    variants.push([name, storeOf(module)]);
  }
if (variants.length === 0) variants.push(['committed', storeOf(committed)]);

/** Objects' keys sorted, so answers equal as values digest alike. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;
const digest = (value: unknown) =>
  createHash('sha1')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : 0;
};

async function ask(store: GraphStore, name: Question) {
  const analysis = analyses[name] as unknown as {
    load: (s: GraphStore, q: unknown, max: number) => Promise<unknown>;
    run: (g: unknown, q: unknown) => unknown;
  };
  calls = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  const graph = await analysis.load(store, questions[name], maxNodes);
  const loaded = performance.now();
  const answer = analysis.run(graph, questions[name]);
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    answer,
    load: loaded - started,
    run: done - loaded,
    cpu: (used.user + used.system) / 1000,
    calls,
  };
}

const answers: Record<string, string> = {};
const times = new Map<string, { load: number[]; run: number[]; cpu: number[] }>();
const lastCalls = new Map<string, Call[]>();
let failed = false;
try {
  // One unmeasured round first: plans and page cache warm for every variant.
  for (let round = 0; round <= Number(values.rounds); round++)
    for (const name of asked)
      for (const [variant, store] of round % 2 ? [...variants].reverse() : variants) {
        const result = await ask(store, name);
        const d = digest(result.answer);
        if (answers[name] === undefined) answers[name] = d;
        else if (answers[name] !== d) {
          console.log(`DIFFERENT answer: ${name} from ${variant}`);
          failed = true;
        }
        if (round === 0) continue;
        const key = `${name} ${variant}`;
        const t = times.get(key) ?? { load: [], run: [], cpu: [] };
        t.load.push(result.load);
        t.run.push(result.run);
        t.cpu.push(result.cpu);
        times.set(key, t);
        lastCalls.set(key, result.calls);
      }
  console.log(`${values.rounds} rounds, reader ${values.reader}, medians:`);
  for (const [key, t] of times) {
    const load = median(t.load);
    const run = median(t.run);
    console.log(
      `${key.padEnd(36)} total ${(load + run).toFixed(0).padStart(6)} ms  load ${load.toFixed(0).padStart(6)}  run ${run.toFixed(0).padStart(5)}  Node CPU ${median(t.cpu).toFixed(0).padStart(6)} ms`,
    );
    if (!values.calls) continue;
    for (const c of lastCalls.get(key) ?? [])
      console.log(
        `    ${c.op.padEnd(15)} ${c.what.slice(0, 60).padEnd(60)} ${String(c.rows).padStart(7)} rows ${(c.bytes / 1e6).toFixed(2).padStart(6)} MB ${c.ms.toFixed(0).padStart(5)} ms  Node ${c.nodeCpu.toFixed(0).padStart(5)}  Neo4j ${c.neoCpu.toFixed(0).padStart(5)}  server ${c.serverMs.toFixed(0).padStart(5)}`,
      );
  }
  if (keepOrCompareDigests(answers, values)) failed = true;
  if (failed) process.exitCode = 1;
} finally {
  await exec.close();
}
