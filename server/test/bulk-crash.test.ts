/**
 * A bulk import killed mid-way leaves nothing: `pnpm atlas import` of a generated file is
 * SIGKILLed while it writes relationships (late in its first pass, past the nodes); the reopened embedded store holds
 * exactly what it held before, and the same import then completes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNdjson } from '@chanjiao/seed-data';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir } from './helpers.ts';

const cli = path.join(import.meta.dirname, '..', 'src', 'cli', 'index.ts');

describe('bulk import under SIGKILL (embedded)', () => {
  it(
    'keeps the store as it was when the import is killed, then imports it whole',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir('atlas-bulk-crash-');
      const file = path.join(dir, 'generated.ndjson');
      const out = fs.createWriteStream(file);
      const stats = await writeNdjson({ nodes: 20_000, seed: 5 }, out);
      await new Promise<void>((resolve) => out.end(resolve));
      const dataDir = path.join(dir, 'data');

      const seeded = EmbeddedStore.open({ dataDir });
      await seeded.write([
        {
          op: 'upsertNode',
          node: { kind: 'Chain', key: 'kept-chain', props: { name_zh: '保留的链' } },
          mode: 'merge',
        },
      ]);
      const before = await seeded.stats();
      await seeded.close();

      const run = (killInEdges: boolean) =>
        new Promise<{ code: number | null; signal: string | null; killed: boolean }>((resolve) => {
          const proc = spawn(process.execPath, ['--import', 'tsx', cli, 'import', file], {
            env: { ...process.env, ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: dataDir },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let killed = false;
          proc.stderr.on('data', (d: Buffer) => {
            // The progress line of the first pass at 60 % or more: the nodes (the first fifth of the
            // file) and some relationships written.
            if (killInEdges && !killed && /pass 1\/2 .* ([6-9]\d) %/.test(d.toString())) {
              killed = true;
              proc.kill('SIGKILL');
            }
          });
          proc.on('close', (code, signal) => resolve({ code, signal, killed }));
        });

      const crashed = await run(true);
      expect(crashed.killed).toBe(true);
      expect(crashed.signal).toBe('SIGKILL');
      const reopened = EmbeddedStore.open({ dataDir });
      expect(await reopened.stats()).toEqual(before);
      await reopened.close();

      const whole = await run(false);
      expect(whole.code).toBe(0);
      const after = EmbeddedStore.open({ dataDir });
      try {
        const s = await after.stats();
        expect(s.nodes).toBe(before.nodes + stats.nodes);
        expect(s.edges).toBe(before.edges + stats.edges);
      } finally {
        await after.close();
      }
    },
  );
});
