/**
 * Durability of the embedded store under SIGKILL: a child imports batches until it is killed
 * mid-import; the reopened store must hold every acknowledged batch whole, and every batch it
 * holds must be whole (no partial batch).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { batchSize } from './fixtures/crash-batch.ts';
import { tempDir } from './helpers.ts';

const child = path.join(import.meta.dirname, 'fixtures', 'import-until-killed.ts');

function runUntilKilled(dataDir: string, acksBeforeKill: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastAck = -1;
    let buffer = '';
    let stderr = '';
    let killed = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) lastAck = Number(match[1]);
      }
      if (!killed && lastAck + 1 >= acksBeforeKill) {
        killed = true;
        // Let the next batch get under way, then kill without warning.
        setTimeout(() => proc.kill('SIGKILL'), 3 + Math.floor(Math.random() * 20));
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(lastAck);
      else reject(new Error(`child exited without being killed: ${stderr}`));
    });
  });
}

describe('embedded store under SIGKILL', () => {
  it('loses no acknowledged batch and leaves no partial batch', { timeout: 120_000 }, async () => {
    const dataDir = tempDir('atlas-crash-');
    for (const round of [0, 1, 2]) {
      const lastAck = await runUntilKilled(dataDir, 3 + round * 2);
      const store = EmbeddedStore.open({ dataDir });
      try {
        const batches = new Map<number, { nodes: number; edges: number }>();
        for await (const item of store.exportAll()) {
          const key = item.type === 'node' ? item.key : item.from.key;
          const batch = Number(/^b(\d+)-/.exec(key)?.[1]);
          const counts = batches.get(batch) ?? { nodes: 0, edges: 0 };
          if (item.type === 'node') counts.nodes++;
          else counts.edges++;
          batches.set(batch, counts);
        }
        // Every acknowledged batch is there, whole.
        for (let b = 0; b <= lastAck; b++)
          expect(batches.get(b), `batch ${b}`).toEqual({ nodes: batchSize, edges: batchSize - 1 });
        // Whatever else is there is whole too: at most the batch in flight, committed before its ack was read.
        for (const [b, counts] of batches) {
          expect(counts, `batch ${b}`).toEqual({ nodes: batchSize, edges: batchSize - 1 });
          expect(b).toBeLessThanOrEqual(lastAck + 1);
        }
        const stats = await store.stats();
        expect(stats.nodes).toBe(batches.size * batchSize);
      } finally {
        await store.close();
      }
    }
  });
});
