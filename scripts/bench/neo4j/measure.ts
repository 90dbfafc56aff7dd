/**
 * Small measuring helpers of the Neo4j benchmark: latency percentiles of a repeated call,
 * requests per second under concurrent callers, and child processes (the `atlas` command line,
 * `scripts/neo4j`) timed with their peak resident memory sampled from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentiles(ms: number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/** Calls `call` for each item in turn, timing each call. */
export async function timeEach<T>(
  items: T[],
  call: (item: T) => Promise<unknown>,
): Promise<Latency> {
  const ms: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await call(item);
    ms.push(performance.now() - started);
  }
  return percentiles(ms);
}

/** `callers` loops calling `call` on the items round-robin for `seconds`: calls per second. */
export async function throughput<T>(
  items: T[],
  call: (item: T) => Promise<unknown>,
  callers: number,
  seconds: number,
): Promise<{ perSecond: number; latency: Latency }> {
  const until = performance.now() + seconds * 1000;
  const ms: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) {
        const item = items[next++ % items.length]!;
        const started = performance.now();
        await call(item);
        ms.push(performance.now() - started);
      }
    }),
  );
  return { perSecond: ms.length / seconds, latency: percentiles(ms) };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMb: number;
}

/** Runs a command, sampling its resident memory every 50 ms. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    const sampler = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
      } catch {
        // gone, or not Linux
      }
    }, 50);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 19));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        code,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: peak,
      });
    });
  });
}

/** `pnpm atlas <args>`, as node with tsx. */
export function atlas(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const cli = path.join(root, 'server', 'src', 'cli', 'index.ts');
  return run(process.execPath, ['--import', 'tsx', cli, ...args], env);
}

/** `scripts/neo4j <args>`; throws with its output when it fails. */
export async function neo4jScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const result = await run(path.join(root, 'scripts', 'neo4j'), args, env);
  if (result.code !== 0)
    throw new Error(`scripts/neo4j ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

export function ensureOk(what: string, result: Run): Run {
  if (result.code !== 0) throw new Error(`${what} failed:\n${result.stderr.slice(-4000)}`);
  return result;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
