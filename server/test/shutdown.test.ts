/**
 * Graceful shutdown: SIGTERM while an import is in flight lets the import finish and answer, and
 * the data is there when the server starts again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAdmin, tempDir, testAdminToken } from './helpers.ts';

const entry = path.join(import.meta.dirname, '..', 'src', 'server.ts');

interface Started {
  proc: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** Resolves once the server's output contains `text`. */
  logged: (text: string) => Promise<void>;
}

function startServer(dataDir: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: {
        ...process.env,
        ATLAS_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        ATLAS_SEED_DEMO: 'false',
        ATLAS_LOG_LEVEL: 'info',
        ATLAS_ADMIN_TOKEN: testAdminToken,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
    let output = '';
    let announced = false;
    const waiting: { text: string; done: () => void }[] = [];
    const logged = (text: string) =>
      new Promise<void>((done) => (output.includes(text) ? done() : waiting.push({ text, done })));
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const w of waiting.splice(0))
        (output.includes(w.text) ? w.done : () => waiting.push(w))();
      const match = /at (http:\/\/localhost:\d+)\//.exec(output);
      if (match && !announced) {
        announced = true;
        resolve({ proc, url: match[1]!, exited, logged });
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

describe('graceful shutdown', () => {
  it(
    'finishes an in-flight import on SIGTERM and keeps its data',
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir('atlas-shutdown-');
      const first = await startServer(dataDir);
      const lines = Array.from({ length: 60_000 }, (_, i) =>
        JSON.stringify({
          type: 'node',
          kind: 'Competency',
          key: `c${i}`,
          props: { name_zh: `能力${i}`, dimension: 'skill' },
        }),
      );
      const importing = fetch(`${first.url}/api/import`, {
        method: 'POST',
        headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
        body: lines.join('\n'),
      });
      // SIGTERM once the server has the request (a fixed delay raced it on a loaded machine,
      // where a request not yet read is rightly answered 503 by a closing server).
      await first.logged('incoming request');
      await new Promise((resolve) => setTimeout(resolve, 50));
      first.proc.kill('SIGTERM');
      const response = await importing;
      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { counts: { nodesCreated: number } }).counts.nodesCreated,
      ).toBe(60_000);
      expect(await first.exited).toBe(0);

      const second = await startServer(dataDir);
      try {
        const health = (await (await fetch(`${second.url}/api/health`)).json()) as {
          nodes: number;
        };
        expect(health.nodes).toBe(60_000);
      } finally {
        second.proc.kill('SIGTERM');
        await second.exited;
      }
    },
  );
});
