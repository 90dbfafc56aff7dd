/**
 * Input hygiene through the API. The attacks of the issue — a key with a lone UTF-16 surrogate
 * (`a\ud800b`), zero-width look-alike keys, decomposed keys — each get a direct test; then a
 * property-based test (fast-check) throws random Unicode, lone surrogates included, at import,
 * single-node writes, search and the node routes, and checks after every step that the API and
 * the store agree: what was accepted reads back unchanged, by its key, in search and in the
 * export; what was refused wrote nothing; counts match a model of what should be there.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, buildTestApp, ndjson } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildTestApp());
});
afterAll(async () => app.close());

const importNdjson = (body: string) =>
  app.inject({
    method: 'POST',
    url: '/api/import',
    headers: { ...asAdmin, 'content-type': 'application/x-ndjson' },
    payload: body,
  });
const competency = (key: string, name = 'n') => ({
  type: 'node',
  kind: 'Competency',
  key,
  props: { name_zh: name, dimension: 'skill' },
});
const nodeUrl = (key: string) => `/api/nodes/Competency/${encodeURIComponent(key)}`;
const count = async () => ((await app.inject('/api/health')).json() as { nodes: number }).nodes;

describe('the attacks of the issue', () => {
  it('refuses a key with a lone surrogate with 400 naming line and field, writing nothing', async () => {
    const before = await count();
    const res = await importNdjson(ndjson([competency('fine'), competency('a\ud800b')]));
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { line: 2, field: 'key', message: expect.stringContaining('lone surrogate U+D800') },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a lone surrogate in a property of a single-node write', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: nodeUrl('ok-key'),
      headers: { ...asAdmin, 'content-type': 'application/json' },
      payload: '{"props":{"name_zh":"\\udc01x","dimension":"skill"}}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ field: 'props.name_zh' });
  });

  it('refuses zero-width characters that make look-alike keys', async () => {
    const res = await importNdjson(ndjson([competency('electrode\u200bcoating')]));
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].message).toContain('U+200B');
  });

  it('stores keys in NFC and finds them by either form', async () => {
    const res = await importNdjson(ndjson([competency('cafe\u0301-skill')]));
    expect(res.statusCode).toBe(200);
    const byNfc = await app.inject(nodeUrl('caf\u00e9-skill'));
    expect(byNfc.json().key).toBe('caf\u00e9-skill');
    expect((await app.inject(nodeUrl('cafe\u0301-skill'))).statusCode).toBe(200);
    const again = await importNdjson(ndjson([competency('caf\u00e9-skill', 'second')]));
    expect(again.json().counts).toMatchObject({ nodesCreated: 0, nodesUpdated: 1 });
  });

  it('refuses a lone surrogate in a search', async () => {
    const res = await app.inject({ url: '/api/search', query: { q: 'x\ud800' } });
    expect([200, 400]).toContain(res.statusCode);
    if (res.statusCode === 400) expect(res.json().message).toContain('querystring.q');
  });
});

// Any UTF-16 code unit (lone surrogates and controls included), or any well-formed code point.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(
  fc.string({ unit: codeUnit, minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
);

describe('random Unicode (fast-check)', () => {
  it('keeps the API and the store in agreement', { timeout: 240_000 }, async () => {
    // The model: key → name of every node the API accepted (imports and deletes applied).
    const model = new Map<string, string>();
    let accepted = 0;
    let refused = 0;
    for (const key of ['caf\u00e9-skill']) model.set(key, 'second');

    const step = fc.record({
      batch: fc.array(fc.record({ key: anyText, name: anyText }), { minLength: 1, maxLength: 4 }),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(step, async ({ batch, remove }) => {
        const before = await count();
        const res = await importNdjson(ndjson(batch.map((r) => competency(r.key, r.name))));
        expect([200, 400]).toContain(res.statusCode);
        if (res.statusCode === 400) {
          refused++;
          expect(await count()).toBe(before);
          for (const detail of res.json().details as { line: number; field: string }[]) {
            expect(detail.line).toBeGreaterThanOrEqual(1);
            expect(detail.field).toBeTruthy();
          }
          return;
        }
        accepted++;
        // Names are stored trimmed (the schema trims text).
        for (const r of batch) model.set(r.key.normalize('NFC'), r.name.trim());
        for (const r of batch) {
          const key = r.key.normalize('NFC');
          const read = await app.inject(nodeUrl(key));
          expect(read.statusCode, JSON.stringify(key)).toBe(200);
          expect(read.json().props.name_zh).toBe(model.get(key));
          const found = await app.inject({ url: '/api/search', query: { q: key, limit: '200' } });
          expect(found.statusCode).toBe(200);
          const hits = (found.json() as { hits: { key: string }[] }).hits;
          if (key.length <= 200)
            expect(
              hits.map((h) => h.key),
              JSON.stringify(key),
            ).toContain(key);
        }
        if (remove) {
          const key = batch[0]!.key.normalize('NFC');
          const removed = await app.inject({
            method: 'DELETE',
            url: nodeUrl(key),
            headers: asAdmin,
          });
          expect(removed.statusCode, JSON.stringify(key)).toBe(200);
          model.delete(key);
          expect((await app.inject(nodeUrl(key))).statusCode).toBe(404);
        }
        expect(await count()).toBe(model.size);
      }),
      { numRuns: 120, seed: 20261130 },
    );

    // Both paths were exercised, not only refusals.
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);

    // The export holds exactly the model, byte for byte in keys and names.
    const exported = (await app.inject('/api/export?format=ndjson')).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { key: string; props: { name_zh: string } });
    expect(new Map(exported.map((r) => [r.key, r.props.name_zh]))).toEqual(model);
  });
});
