/**
 * Graceful shutdown: SIGTERM while an import is in flight lets the import finish and answer, and
 * the data is there when the server starts again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const entry = path.join(import.meta.dirname, '..', 'src', 'server.ts');

function startServer(
  dataDir: string,
): Promise<{ proc: ChildProcess; url: string; exited: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: {
        ...process.env,
        ATLAS_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        ATLAS_SEED_DEMO: 'false',
        ATLAS_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
    let output = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/localhost:\d+)\//.exec(output);
      if (match) resolve({ proc, url: match[1]!, exited });
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
        headers: { 'content-type': 'application/x-ndjson' },
        body: lines.join('\n'),
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
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
