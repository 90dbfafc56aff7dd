/**
 * Exports stream: a store of 80,000 generated nodes and about 425,000 relationships is exported
 * by `pnpm atlas export` in a process whose JavaScript heap is capped at 64 MB — less than the
 * export — while its resident memory is sampled; every record must come out, in order, and the
 * process must stay small. Relationships are ordered by SQLite's sorter, which spills to
 * temporary files rather than growing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { writeNdjson } from '@chanjiao/seed-data';
import { tempDir } from './helpers.ts';

const cli = path.join(import.meta.dirname, '..', 'src', 'cli', 'index.ts');

function atlas(
  args: string[],
  env: NodeJS.ProcessEnv,
  heapMb?: number,
): Promise<{ code: number | null; stderr: string; peakRssMb: number }> {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), '--import', 'tsx', cli, ...args],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    let peak = 0;
    const sample = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
        if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
      } catch {
        // not on Linux, or already gone
      }
    }, 20);
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('close', (code) => {
      clearInterval(sample);
      resolve({ code, stderr, peakRssMb: peak });
    });
  });
}

describe('export memory', () => {
  it(
    'exports a store larger than its 64 MB heap in order, in little memory',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir('atlas-export-mem-');
      const file = path.join(dir, 'generated.ndjson');
      const out = fs.createWriteStream(file);
      const stats = await writeNdjson({ nodes: 80_000, seed: 12 }, out);
      await new Promise<void>((resolve) => out.end(resolve));
      const env = { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: path.join(dir, 'data') };
      const imported = await atlas(['import', file], env);
      expect(imported.code, imported.stderr).toBe(0);

      const exported = path.join(dir, 'export.ndjson');
      const run = await atlas(['export', '--out', exported], env, 64);
      expect(run.code, run.stderr).toBe(0);
      expect(fs.statSync(exported).size).toBeGreaterThan(64 * 1024 * 1024);
      let nodes = 0;
      let edges = 0;
      let previous = '';
      for await (const line of readline.createInterface({ input: fs.createReadStream(exported) })) {
        const record = JSON.parse(line) as { type: string; rel?: string };
        if (record.type === 'node') {
          expect(edges).toBe(0);
          nodes++;
        } else {
          // Relationships grouped by type, in type order.
          expect(record.rel! >= previous).toBe(true);
          previous = record.rel!;
          edges++;
        }
      }
      expect({ nodes, edges }).toEqual({ nodes: stats.nodes, edges: stats.edges });
      console.log(
        `[export-memory] ${(fs.statSync(exported).size / 1024 / 1024).toFixed(0)} MB exported; ` +
          `peak RSS ${run.peakRssMb.toFixed(0)} MB (import: ${imported.peakRssMb.toFixed(0)} MB)`,
      );
      // tsx, the schema and SQLite's caches take ~150 MB whatever the store holds.
      if (run.peakRssMb > 0) expect(run.peakRssMb).toBeLessThan(300);
    },
  );
});
