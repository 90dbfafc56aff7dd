/**
 * The import streams: a generated file of 100,000 nodes and about 530,000 relationships (~100 MB)
 * is checked by `pnpm atlas import --dry-run` in a process whose JavaScript heap is capped at 64 MB
 * — less than the file — and then imported for real into the embedded store. Both print their peak
 * memory, which this test passes on to the log.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNdjson } from '@chanjiao/seed-data';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir } from './helpers.ts';

const cli = path.join(import.meta.dirname, '..', 'src', 'cli', 'index.ts');

function atlas(
  args: string[],
  env: NodeJS.ProcessEnv,
  heapMb?: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), '--import', 'tsx', cli, ...args],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('streaming import memory', () => {
  it(
    'checks a 100 MB file with a 64 MB heap and imports it, printing peak memory',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir('atlas-stream-mem-');
      const file = path.join(dir, 'generated.ndjson');
      const out = fs.createWriteStream(file);
      const stats = await writeNdjson({ nodes: 100_000, seed: 11 }, out);
      await new Promise<void>((resolve) => out.end(resolve));
      const bytes = fs.statSync(file).size;
      expect(bytes).toBeGreaterThan(64 * 1024 * 1024);

      const dataDir = path.join(dir, 'data');
      const env = { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: dataDir };
      const dry = await atlas(['import', '--dry-run', file], env, 64);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(
        new RegExp(`Valid \\(dry run, nothing written\\): ${stats.nodes + stats.edges} records`),
      );
      const real = await atlas(['import', file], env);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toMatch(/^Imported: /m);
      console.log(
        `[stream-memory] ${(bytes / 1024 / 1024).toFixed(1)} MB, ${stats.nodes} nodes, ${stats.edges} relationships\n` +
          `  dry run, heap capped at 64 MB: ${dry.stdout.trim()}\n  import: ${real.stdout.trim()}`,
      );
      const store = EmbeddedStore.open({ dataDir });
      try {
        expect(await store.stats()).toMatchObject({ nodes: stats.nodes, edges: stats.edges });
      } finally {
        await store.close();
      }
    },
  );
});
