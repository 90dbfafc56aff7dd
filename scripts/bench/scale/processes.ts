/**
 * Child processes the scale benchmark drives: the `atlas` command line (generate, import) and the
 * server itself, each started the way a user starts it (Node with tsx), so what is measured is the
 * product over HTTP and not an in-process shortcut. The server's resident memory is read from
 * /proc while it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');
const cli = path.join(root, 'server', 'src', 'cli', 'index.ts');
const serverEntry = path.join(root, 'server', 'src', 'server.ts');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** CPU seconds (user + system) of the child, from /proc when it ends. */
  cpuSeconds: number | null;
}

/** Runs `pnpm atlas <args>` (as `node --import tsx`) with the given environment. */
export function atlas(args: string[], env: Record<string, string>): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', cli, ...args], env);
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let cpuSeconds: number | null = null;
    // Sampled while it runs: the last sample is at most 100 ms before the end.
    const sampler = setInterval(() => (cpuSeconds = cpuOf(child.pid) ?? cpuSeconds), 100);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 19));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, cpuSeconds });
    });
  });
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticks = 100;

/** User + system CPU seconds of a running process, or null off Linux. */
export function cpuOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return null;
  }
}

/** Resident memory of a process in MB, or null off Linux. */
export function rssOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface Served {
  url: string;
  process: ChildProcess;
  /** Seconds from start until the server answered `/api/health` at all, and until it said `ok`. */
  listening: number;
  ready: number;
  /** Highest resident memory seen since the last `resetPeak()`, in MB. */
  peakRss(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

/** Starts a Node entry point that prints `at http://localhost:<port>/` once it listens. */
async function listen(
  entry: string,
  env: Record<string, string>,
  timeoutSeconds: number,
  nodeArgs: string[] = [],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = performance.now() + timeoutSeconds * 1000;
  for (;;) {
    const match = /at http:\/\/localhost:(\d+)\//.exec(output);
    if (match) return { child, url: `http://127.0.0.1:${match[1]}`, output: () => output };
    if (child.exitCode !== null || performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${path.basename(entry)} did not start:\n${output}`);
    }
    await sleep(20);
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
}

/** The empty Fastify route, in its own process: the floor for a request. */
/** The empty route's server; its one route is `/empty`. */
export async function serveEmptyRoute(): Promise<{
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}> {
  const { child, url } = await listen(path.join(import.meta.dirname, 'empty-route.ts'), {}, 60);
  return { url, process: child, stop: stopper(child) };
}

/**
 * Starts the server and waits until `/api/health` says `ok`, sampling its memory meanwhile.
 * `nodeArgs` go to Node itself (e.g. `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function serve(
  env: Record<string, string>,
  timeoutSeconds = 900,
  nodeArgs: string[] = [],
): Promise<Served> {
  const started = performance.now();
  let peak = 0;
  const { child, url } = await listen(
    serverEntry,
    {
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_SEED_DEMO: 'false',
      ATLAS_LOG_LEVEL: 'warn',
      ...env,
    },
    timeoutSeconds,
    nodeArgs,
  );
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid) ?? 0)), 100);
  const stop = stopper(child);
  const listening = (performance.now() - started) / 1000;
  const deadline = started + timeoutSeconds * 1000;
  try {
    for (;;) {
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string };
      if (health.status === 'ok') break;
      if (performance.now() > deadline) throw new Error('the server did not become ready');
      await sleep(50);
    }
  } catch (error) {
    // Not ready, or gone: nothing is left running.
    clearInterval(sampler);
    await stop();
    throw error;
  }
  const ready = (performance.now() - started) / 1000;
  return {
    url,
    process: child,
    listening,
    ready,
    peakRss: () => Math.max(peak, rssOf(child.pid) ?? 0),
    resetPeak: () => (peak = rssOf(child.pid) ?? 0),
    stop: async () => {
      clearInterval(sampler);
      await stop();
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
