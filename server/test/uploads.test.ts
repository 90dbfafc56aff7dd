/**
 * Upload limits: a size per file and a quota per user from the configuration (checked against
 * Content-Length before reading, and while streaming when there is none), nothing kept of a
 * refused upload, expired uploads purged by a timer while the server runs, and a request with no
 * body (once a 500) stored as an empty file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { Uploads } from '../src/import/uploads.ts';
import { asAdmin, buildTestApp, tempDir } from './helpers.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function app(env: NodeJS.ProcessEnv) {
  const built = await buildTestApp(undefined, env);
  apps.push(built.app);
  return built;
}

const upload = (
  server: FastifyInstance,
  payload: Buffer | Readable | undefined,
  headers: Record<string, string> = asAdmin,
) =>
  server.inject({
    method: 'POST',
    url: '/api/uploads?name=data.csv',
    headers: {
      ...headers,
      ...(payload !== undefined && { 'content-type': 'application/octet-stream' }),
    },
    ...(payload !== undefined && { payload }),
  });

const files = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'uploads'));

async function editorToken(server: FastifyInstance, username: string): Promise<string> {
  await server.inject({
    method: 'POST',
    url: '/api/users',
    headers: asAdmin,
    payload: { username, role: 'editor' },
  });
  const made = await server.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: asAdmin,
    payload: { username, name: 'uploads' },
  });
  return made.json<{ token: string }>().token;
}

describe('upload limits', () => {
  it('refuses a file over ATLAS_UPLOAD_MAX_SIZE with 413 and keeps nothing', async () => {
    const { app: server, dataDir } = await app({ ATLAS_UPLOAD_MAX_SIZE: '1KiB' });
    const declared = await upload(server, Buffer.alloc(2048, 'a'));
    expect(declared.statusCode).toBe(413);
    expect(declared.json().code).toBe('UPLOAD_TOO_LARGE');
    // Streamed without a Content-Length (chunked, over a real socket): cut off past the limit.
    const address = await server.listen({ host: '127.0.0.1', port: 0 });
    const streamed = await fetch(`${address}/api/uploads?name=big.csv`, {
      method: 'POST',
      headers: { ...asAdmin, 'content-type': 'application/octet-stream' },
      body: Readable.toWeb(Readable.from([Buffer.alloc(700), Buffer.alloc(700)])) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(files(dataDir)).toEqual([]);
    expect((await upload(server, Buffer.alloc(1024, 'a'))).statusCode).toBe(201);
  });

  it('keeps each user within ATLAS_UPLOAD_QUOTA, counted per user', async () => {
    const { app: server } = await app({
      ATLAS_UPLOAD_QUOTA: '3KiB',
      ATLAS_UPLOAD_MAX_SIZE: '2KiB',
    });
    const first = await upload(server, Buffer.alloc(2000));
    expect(first.statusCode).toBe(201);
    const second = await upload(server, Buffer.alloc(2000));
    expect(second.statusCode).toBe(413);
    expect(second.json().code).toBe('UPLOAD_QUOTA_EXCEEDED');
    const other = await editorToken(server, 'other-editor');
    expect(
      (await upload(server, Buffer.alloc(2000), { authorization: `Bearer ${other}` })).statusCode,
    ).toBe(201);
    expect((await upload(server, Buffer.alloc(1000))).statusCode).toBe(201);
  });

  it('stores a request with no body as an empty file (was a 500)', async () => {
    const { app: server } = await app({});
    const res = await server.inject({
      method: 'POST',
      url: '/api/uploads?name=00',
      headers: asAdmin,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '00', bytes: 0 });
  });
});

describe('upload expiry', () => {
  it('purges expired uploads on a timer while running', async () => {
    const dir = tempDir();
    const uploads = new Uploads(dir, {
      maxBytes: 1e6,
      quotaBytes: 1e6,
      ttlMs: 300,
      purgeEveryMs: 50,
    });
    try {
      const saved = await uploads.save('a.csv', Readable.from([Buffer.from('x,y\n')]), 'u1');
      expect(uploads.get(saved.id).bytes).toBe(4);
      expect(uploads.usedBy('u1')).toBe(4);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(() => uploads.get(saved.id)).toThrow(/no upload/);
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(uploads.usedBy('u1')).toBe(0);
    } finally {
      uploads.close();
    }
  });
});
