import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjsonFileSource } from '../src/import/ndjson-source.ts';
import { ImportProblemsError, streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir } from './helpers.ts';
import { describeStreamImport } from './stream-import.ts';

const dataDir = tempDir('atlas-stream-store-');
describeStreamImport('embedded', async () => EmbeddedStore.open({ dataDir }));

describe('streaming import: encodings', () => {
  it('names the encoding problem of a GBK file with its line and what to do', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    try {
      const file = path.join(tempDir(), 'gbk.ndjson');
      const line1 = Buffer.from(
        '{"type":"node","kind":"Region","key":"350900","props":{"name_zh":"ND"}}\n',
      );
      // 宁德 in GBK: c4 fe b5 c2.
      const line2 = Buffer.concat([
        Buffer.from('{"type":"node","kind":"Region","key":"350902","props":{"name_zh":"'),
        Buffer.from([0xc4, 0xfe, 0xb5, 0xc2]),
        Buffer.from('"}}\n'),
      ]);
      fs.writeFileSync(file, Buffer.concat([line1, line2]));
      const failure = (await streamImport(store, [ndjsonFileSource(file)]).catch(
        (e: unknown) => e,
      )) as ImportProblemsError;
      expect(failure).toBeInstanceOf(ImportProblemsError);
      expect(failure.problems).toHaveLength(1);
      expect(failure.problems[0]).toMatchObject({ file: 'gbk.ndjson', row: 2 });
      expect(failure.problems[0]!.message).toMatch(/not UTF-8.*GB18030.*--encoding gb18030/s);
      expect((await store.stats()).nodes).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe('streaming import: failures', () => {
  it('rolls the session back and reports the error when a write fails mid-import', async () => {
    const dir = tempDir();
    const store = EmbeddedStore.open({ dataDir: dir });
    try {
      const file = path.join(dir, 'many.ndjson');
      fs.writeFileSync(
        file,
        Array.from({ length: 50 }, (_, i) =>
          JSON.stringify({
            type: 'node',
            kind: 'Product',
            key: `p${i}`,
            props: { name_zh: `产品${i}` },
          }),
        ).join('\n'),
      );
      // A store whose third bulk write fails, as a lost connection would.
      let writes = 0;
      const failing: typeof store = Object.create(store) as typeof store;
      failing.beginBulk = async () => {
        const session = await store.beginBulk();
        return {
          ...session,
          write: async (ops) => {
            if (++writes === 3) throw new Error('connection lost');
            return session.write(ops);
          },
        };
      };
      await expect(
        streamImport(failing, [ndjsonFileSource(file)], { chunkSize: 10 }),
      ).rejects.toThrow('connection lost');
      expect((await store.stats()).nodes).toBe(0);
      // The store takes the next import.
      await streamImport(store, [ndjsonFileSource(file)], { chunkSize: 10 });
      expect((await store.stats()).nodes).toBe(50);
    } finally {
      await store.close();
    }
  });
});
