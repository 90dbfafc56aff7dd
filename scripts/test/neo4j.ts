/**
 * The Neo4j the integration and browser tests use. A server that scripts/neo4j runs at NEO4J_URI
 * (home NEO4J_DATA_DIR) with an empty database is used as it is (a developer's test server; the
 * outage test stops and restarts it through the same script); otherwise the runner starts its own
 * through scripts/neo4j on a free port with a fresh data directory, and stops and removes it at
 * the end — so a database with data in it, or a server run some other way, is never touched.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
}

export type Probe =
  { answers: true; nodes: number } | { answers: false; reason: string; authFailed?: boolean };

/** Whether something accepts connections at the URI's host and port (quick, before the driver). */
function portOpen(uri: string): Promise<boolean> {
  const match = /^[a-z+]+:\/\/(?:[^@/]*@)?([^:/]+)(?::(\d+))?/.exec(uri);
  const host = match?.[1] ?? '127.0.0.1';
  const port = Number(match?.[2] ?? 7687);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Asks the server at `settings.uri` for its node count; never throws. */
export async function probe(settings: Neo4jSettings): Promise<Probe> {
  if (!(await portOpen(settings.uri)))
    return { answers: false, reason: `nothing listens at ${settings.uri}` };
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    // One attempt: the driver otherwise retries for 30 s.
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: 1,
  });
  try {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    return { answers: true, nodes: Number(records[0]?.get('nodes') ?? 0) };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return {
      answers: false,
      reason: (error as Error).message.split('\n')[0] ?? String(error),
      authFailed: code.includes('Security'),
    };
  } finally {
    await driver.close();
  }
}

/** Reuse a server only when it answers and holds nothing: the tests create and delete data. */
export function decide(result: Probe): 'reuse' | 'own' {
  return result.answers && result.nodes === 0 ? 'reuse' : 'own';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface TestNeo4j {
  settings: Neo4jSettings;
  /** The server's home for scripts/neo4j (tests that stop and start it need it), when started here. */
  dataDir?: string;
  /** What was decided, for the log. */
  summary: string;
  /** Stops and removes the server when the runner started it. */
  stop(): Promise<void>;
}

const script = path.resolve(import.meta.dirname, '..', 'neo4j');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(script, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Finds or starts the tests' Neo4j. Never throws: when none can be had, `settings` still names
 * the server to try, and the Neo4j tests say so (skip, or fail under CI=true).
 */
export async function testNeo4j(env: NodeJS.ProcessEnv): Promise<TestNeo4j> {
  const wanted: Neo4jSettings = {
    uri: env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'chanjiao-atlas',
  };
  const found = await probe(wanted);
  // The outage test stops and starts the server with scripts/neo4j: it must be one the script runs.
  const managed = found.answers && (await run(['status'], env)).code === 0;
  if (decide(found) === 'reuse' && managed)
    return {
      settings: wanted,
      summary: `using the running Neo4j at ${wanted.uri} (empty)`,
      stop: async () => {},
    };

  const why = !found.answers
    ? found.authFailed
      ? `the Neo4j at ${wanted.uri} rejects NEO4J_USER/NEO4J_PASSWORD, left alone`
      : `no Neo4j answers at ${wanted.uri}`
    : found.nodes > 0
      ? `the Neo4j at ${wanted.uri} holds ${found.nodes} nodes, left alone`
      : `the Neo4j at ${wanted.uri} is not one scripts/neo4j runs with NEO4J_DATA_DIR, left alone`;
  const port = await freePort();
  const dataDir = path.join(os.tmpdir(), `chanjiao-atlas-test-neo4j-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const settings = { ...wanted, uri: `bolt://127.0.0.1:${port}` };
  const scriptEnv = {
    ...env,
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    NEO4J_DATA_DIR: dataDir,
    // The warm-up readies a server for its first import; tests plan their own statements anyway.
    NEO4J_WARM_UP: env.NEO4J_WARM_UP ?? '0',
  };
  const started = performance.now();
  const result = await run(['start'], scriptEnv);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const remove = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (result.code !== 0) {
    remove();
    return {
      settings,
      summary: `${why}; starting one for the tests failed, so the Neo4j tests cannot run:\n${result.output.trim()}`,
      stop: async () => {},
    };
  }
  return {
    settings,
    dataDir,
    summary: `${why}; started one for the tests at ${settings.uri} (fresh data in ${dataDir}, ${seconds} s)`,
    stop: async () => {
      await run(['stop'], scriptEnv);
      remove();
    },
  };
}
