/**
 * The scale benchmark's report: every figure as JSON, and a table in docs/performance.md (between
 * markers, so the rest of the page stays as written) with the goals beside the figures and the
 * ratios against the baselines of the same run. A smoke run writes both into its work folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'prettier';
import { root } from './processes.ts';
import type { Latency, Throughput } from './http.ts';

export interface StoreReport {
  store: 'embedded' | 'neo4j';
  import: {
    how: string;
    records: number;
    seconds: number;
    recordsPerSecond: number;
    cpuSeconds: number | null;
    peakRssMb: number | null;
    /** The importer's own last line (the bulk loader's split into phases). */
    summary: string;
  } | null;
  open: { listeningSeconds: number; readySeconds: number; rssMb: number };
  servingRssMb: number;
  neighbourhood: {
    depth1: Latency;
    depth2: Latency;
    depth2Load: Throughput;
    /** Under load on centres not asked before (absent in older reports). */
    depth2LoadUnseen?: Throughput & { centers: number };
    /** The empty route's server sending a fixed answer of depth 2's mean size. */
    sizedFloor: Throughput;
    /** The same answer one request at a time, as many as depth 2 sent (absent in older reports). */
    sizedOne?: Latency;
    centers: number;
  };
  health: Throughput;
  searches: {
    query: string;
    total: number;
    totalExact: boolean;
    /** The first answer, apart from the repeats `latency` describes (absent in older reports). */
    firstMs?: number;
    latency: Latency;
  }[];
  /** status 0: no answer within the benchmark's limit (firstSeconds and latency null). */
  analyses: {
    name: string;
    status: number;
    firstSeconds: number | null;
    latency: Latency | null;
  }[];
  export: { seconds: number; bytes: number; peakRssMb: number };
}

export interface Report {
  work: string;
  smoke: boolean;
  nodes: number;
  records: number;
  generateSeconds: number | null;
  emptyRoute: Throughput;
  graphology: { loadSeconds: number; heapMb: number; latency: Latency } | null;
  reports: StoreReport[];
}

/** What else ran on the machine: load and the busiest processes by name. */
function machine() {
  let busiest: string[] = [];
  try {
    busiest = execFileSync('ps', ['-eo', 'pcpu=,comm=', '--sort=-pcpu'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(0, 8)
      .map((line) => line.trim().replace(/\s+/, '% '));
  } catch {
    // not on Linux
  }
  return {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    busiest,
    node: process.version,
  };
}

const f1 = (n: number) => n.toFixed(1);
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function table(report: Report, context: ReturnType<typeof machine>, date: string): string {
  const lines = [
    `Measured ${date} with \`pnpm bench:scale --nodes ${report.nodes}\`: ${report.records.toLocaleString('en')} records ` +
      `generated with seed 42 (plus three invented regions), on ${context.cpus} CPUs and ${context.memoryGb} GB, ` +
      `load average ${context.loadAverage.join(' / ')} at the end (other work was running: ${context.busiest.slice(0, 5).join(', ') || 'unknown'}).`,
    '',
    `Baselines of the same run: an empty Fastify route in its own process answers ` +
      `${Math.round(report.emptyRoute.requestsPerSecond).toLocaleString('en')} req/s (p50 ${report.emptyRoute.p50} ms, ` +
      `${report.emptyRoute.connections} connections)` +
      (report.graphology
        ? `; graphology in process (the whole graph in memory, ${Math.round(report.graphology.heapMb).toLocaleString('en')} MB of heap, ` +
          `${f1(report.graphology.loadSeconds)} s to load) answers a depth-2 neighbourhood (limit 500) in ` +
          `p50 ${ms(report.graphology.latency.p50)} ms, p95 ${ms(report.graphology.latency.p95)} ms.`
        : '.'),
    '',
  ];
  for (const r of report.reports) {
    const rows: [string, string, string][] = [
      r.import
        ? [
            'import (' + r.import.how + ')',
            `${f1(r.import.seconds)} s, ${Math.round(r.import.recordsPerSecond).toLocaleString('en')} records/s` +
              (r.import.cpuSeconds ? `, ${f1(r.import.cpuSeconds)} s CPU` : '') +
              (r.import.peakRssMb ? `, peak ${r.import.peakRssMb} MB` : ''),
            r.store === 'neo4j' && r.import.how.startsWith('neo4j-admin')
              ? '< 60 s'
              : '≥ 250,000 records/s',
          ]
        : ['import', 'not in this run: the database an earlier run loaded was kept', ''],
      ...(r.import?.how.startsWith('neo4j-admin')
        ? [
            ['bulk loader, by phase', r.import.summary.replace(/\|/g, '/'), ''] as [
              string,
              string,
              string,
            ],
          ]
        : []),
      [
        'open: answering / ready',
        `${f1(r.open.listeningSeconds)} s / ${f1(r.open.readySeconds)} s`,
        '≤ 20 s',
      ],
      [
        'memory: ready / serving / exporting',
        `${Math.round(r.open.rssMb)} / ${Math.round(r.servingRssMb)} / ${Math.round(r.export.peakRssMb)} MB RSS`,
        '≤ 1,500 MB',
      ],
      [
        'neighbourhood depth 1 (one at a time)',
        `p50 ${ms(r.neighbourhood.depth1.p50)}, p95 ${ms(r.neighbourhood.depth1.p95)} ms`,
        '',
      ],
      [
        `neighbourhood depth 2, limit 500 (one at a time, ${r.neighbourhood.centers} centres)`,
        `p50 ${ms(r.neighbourhood.depth2.p50)}, p95 ${ms(r.neighbourhood.depth2.p95)}, p99 ${ms(r.neighbourhood.depth2.p99)} ms; ${Math.round(r.neighbourhood.depth2.bytes / 1024)} KB an answer` +
          (report.graphology
            ? `; p50 ${ratio(r.neighbourhood.depth2.p50, report.graphology.latency.p50)} graphology`
            : ''),
        'p95 ≤ 10 ms',
      ],
      [
        `neighbourhood depth 2 under load (${r.neighbourhood.depth2Load.connections} connections, the centres above again)`,
        `${Math.round(r.neighbourhood.depth2Load.requestsPerSecond).toLocaleString('en')} req/s, p99 ${r.neighbourhood.depth2Load.p99} ms; ${ratio(r.neighbourhood.depth2Load.requestsPerSecond, report.emptyRoute.requestsPerSecond)} the empty route`,
        '≥ 2,000 req/s',
      ],
      ...(r.neighbourhood.depth2LoadUnseen
        ? [
            [
              `neighbourhood depth 2 under load, ${r.neighbourhood.depth2LoadUnseen.centers.toLocaleString('en')} centres not asked before`,
              `${Math.round(r.neighbourhood.depth2LoadUnseen.requestsPerSecond).toLocaleString('en')} req/s, p99 ${r.neighbourhood.depth2LoadUnseen.p99} ms; ${ratio(r.neighbourhood.depth2LoadUnseen.requestsPerSecond, r.neighbourhood.sizedFloor.requestsPerSecond)} the wire floor`,
              '',
            ] as [string, string, string],
          ]
        : []),
      [
        `the same-size answer from the empty route's server (${Math.round(r.neighbourhood.depth2.bytes / 1024)} KB, no store)`,
        `${Math.round(r.neighbourhood.sizedFloor.requestsPerSecond).toLocaleString('en')} req/s, p99 ${r.neighbourhood.sizedFloor.p99} ms; depth 2 under load is ${ratio(r.neighbourhood.depth2Load.requestsPerSecond, r.neighbourhood.sizedFloor.requestsPerSecond)} of it`,
        'the wire floor',
      ],
      ...(r.neighbourhood.sizedOne
        ? [
            [
              "the same-size answer from the empty route's server, one at a time",
              `p50 ${ms(r.neighbourhood.sizedOne.p50)}, p95 ${ms(r.neighbourhood.sizedOne.p95)} ms; depth 2 one at a time is p50 ${ratio(r.neighbourhood.depth2.p50, r.neighbourhood.sizedOne.p50)}, p95 ${ratio(r.neighbourhood.depth2.p95, r.neighbourhood.sizedOne.p95)} of it`,
              'the wire floor',
            ] as [string, string, string],
          ]
        : []),
      [
        '/api/health under load',
        `${Math.round(r.health.requestsPerSecond).toLocaleString('en')} req/s, p99 ${r.health.p99} ms; ${ratio(r.health.requestsPerSecond, report.emptyRoute.requestsPerSecond)} the empty route`,
        '≥ 0.8× the empty route',
      ],
      ...r.searches.map((s): [string, string, string] => [
        `search \`${s.query}\``,
        `${s.total.toLocaleString('en')}${s.totalExact ? '' : '+'} hits; ${s.firstMs === undefined ? '' : `first ${ms(s.firstMs)} ms, then `}p50 ${ms(s.latency.p50)}, p95 ${ms(s.latency.p95)} ms (${s.latency.requests})`,
        'p95 ≤ 20 ms',
      ]),
      ...r.analyses.map((a): [string, string, string] => [
        a.name,
        a.status === 0
          ? 'no answer within the limit'
          : !a.latency
            ? `HTTP ${a.status} after ${ms((a.firstSeconds ?? 0) * 1000)} ms (not repeated)`
            : a.status === 200
              ? `first ${ms((a.firstSeconds ?? 0) * 1000)} ms, then p50 ${ms(a.latency.p50)} ms`
              : `HTTP ${a.status}`,
        ['talent map', 'weak links', 'alignment'].includes(a.name) || a.name.startsWith('skill gap')
          ? '≤ 300 ms'
          : '',
      ]),
      [
        'export, NDJSON',
        `${f1(r.export.seconds)} s, ${Math.round(r.export.bytes / 1024 / 1024).toLocaleString('en')} MB, server peak ${Math.round(r.export.peakRssMb)} MB RSS`,
        'constant memory',
      ],
    ];
    lines.push(`**${r.store}**`, '', '| measure | figure | goal |', '| --- | --- | --- |');
    for (const [measure, figure, goal] of rows) lines.push(`| ${measure} | ${figure} | ${goal} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes a file as the repository's Prettier settings format it, so the format check passes. */
async function writeFormatted(file: string, text: string): Promise<void> {
  fs.writeFileSync(file, await format(text, { filepath: file }));
}

export async function writeReport(report: Report): Promise<{ json: string; markdown: string }> {
  const context = machine();
  const date = new Date().toISOString().slice(0, 10);
  const folder = report.smoke ? report.work : path.join(root, 'docs', 'performance');
  fs.mkdirSync(folder, { recursive: true });
  const json = path.join(folder, `scale-${report.nodes}.json`);
  await writeFormatted(json, JSON.stringify({ date, machine: context, ...report }, null, 2));
  const markdown = report.smoke
    ? path.join(report.work, 'performance.md')
    : path.join(root, 'docs', 'performance.md');
  const start = `<!-- scale ${report.nodes}: start -->`;
  const end = `<!-- scale ${report.nodes}: end -->`;
  const section = `${start}\n\n### ${report.nodes.toLocaleString('en')} nodes\n\n${table(report, context, date)}\n${end}`;
  const page = fs.existsSync(markdown) ? fs.readFileSync(markdown, 'utf8') : '# Performance\n';
  const at = page.indexOf(start);
  const next =
    at >= 0
      ? page.slice(0, at) + section + page.slice(page.indexOf(end) + end.length)
      : `${page.trimEnd()}\n\n${section}\n`;
  await writeFormatted(markdown, next);
  return { json, markdown };
}
