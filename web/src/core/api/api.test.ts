import { describe, expect, it } from 'vitest';
import { sampleWeakLinks } from '../analysis/fixtures.ts';
import { createApiClient, type Fetch } from './client.ts';
import { ApiError } from './errors.ts';
import { apiPaths } from './urls.ts';

describe('apiPaths', () => {
  it('encodes kinds and keys in node paths', () => {
    expect(apiPaths.node({ kind: 'Industry', key: 'C/38 4' })).toBe(
      '/api/nodes/Industry/C%2F38%204',
    );
    expect(apiPaths.node({ kind: 'Competency', key: '电池测试' })).toBe(
      '/api/nodes/Competency/%E7%94%B5%E6%B1%A0%E6%B5%8B%E8%AF%95',
    );
    expect(apiPaths.node({ kind: 'Chain', key: 'c' }, 0)).toBe(
      '/api/nodes/Chain/c?relationships=0',
    );
  });

  it('keeps an empty q (list a kind) and drops absent parameters', () => {
    expect(apiPaths.search({ q: '', kind: 'Chain', limit: 5 })).toBe(
      '/api/search?q=&kind=Chain&limit=5',
    );
    expect(apiPaths.search({ q: 'a b+c' })).toBe('/api/search?q=a%20b%2Bc');
  });

  it('builds analysis queries with the supplier under its own parameter', () => {
    expect(
      apiPaths.skillGap({
        chain: 'nev',
        demand: 'postings',
        period: '2025-H1',
        supplier: { kind: 'MicroCredential', key: 'mc-1' },
      }),
    ).toBe('/api/analysis/skill-gap?chain=nev&demand=postings&period=2025-H1&microCredential=mc-1');
    expect(
      apiPaths.skillGap({
        chain: 'nev',
        region: '350900',
        demand: 'structural',
        supplier: { kind: 'Institution', key: 'u' },
      }),
    ).toBe('/api/analysis/skill-gap?chain=nev&region=350900&demand=structural&institution=u');
    expect(
      apiPaths.skillGap({
        chain: 'nev',
        demand: 'structural',
        mappings: 'follow',
        supplier: { kind: 'Program', key: 'p' },
      }),
    ).toBe('/api/analysis/skill-gap?chain=nev&demand=structural&mappings=follow&program=p');
    expect(apiPaths.weakLinks({ chain: 'nev', region: '350900' })).toBe(
      '/api/analysis/weak-links?chain=nev&region=350900',
    );
  });

  it('builds neighbourhood queries', () => {
    expect(apiPaths.neighbourhood({ kind: 'Chain', key: 'nev:1', depth: 1, limit: 150 })).toBe(
      '/api/graph/neighbourhood?kind=Chain&key=nev%3A1&depth=1&limit=150',
    );
  });
});

function fakeFetch(status: number, body: unknown, seen: string[] = []): Fetch {
  return async (input) => {
    seen.push(input);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('createApiClient', () => {
  it('returns the hits of a search', async () => {
    const seen: string[] = [];
    const client = createApiClient(
      fakeFetch(
        200,
        { hits: [{ kind: 'Chain', key: 'nev', name_zh: '新能源汽车', score: 1 }] },
        seen,
      ),
    );
    const hits = await client.search({ q: '新能源' });
    expect(hits).toHaveLength(1);
    expect(seen[0]).toBe('/api/search?q=%E6%96%B0%E8%83%BD%E6%BA%90');
  });

  it('turns the server error body into an ApiError with its code', async () => {
    const client = createApiClient(
      fakeFetch(404, {
        statusCode: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
        message: 'no such node',
      }),
    );
    const error = await client.node({ kind: 'Chain', key: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).name).toBe('ApiError');
    expect((error as ApiError).code).toBe('NOT_FOUND');
    expect((error as ApiError).status).toBe(404);
  });

  it('parses the analyses’ answers with their graph-schema schemas', async () => {
    const params = { chain: 'nev', region: '350900' };
    const weak = createApiClient(fakeFetch(200, sampleWeakLinks()));
    await expect(weak.weakLinks(params)).resolves.toEqual(sampleWeakLinks());
    const partial = createApiClient(fakeFetch(200, { segments: [] }));
    await expect(partial.weakLinks(params)).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      message: expect.stringContaining('chain'),
    });
    const wrong = createApiClient(fakeFetch(200, { coverage: '38%', competencies: [] }));
    await expect(
      wrong.skillGap({ ...params, demand: 'structural', supplier: { kind: 'Program', key: 'p' } }),
    ).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    const missing = createApiClient(
      fakeFetch(404, {
        statusCode: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
        message: 'chain: no Chain with key "x"',
      }),
    );
    await expect(missing.weakLinks(params)).rejects.toMatchObject({
      name: 'ApiError',
      message: 'chain: no Chain with key "x"',
    });
  });

  it('reports a body of the wrong shape and a failed connection', async () => {
    const wrong = createApiClient(fakeFetch(200, { results: [] }));
    await expect(wrong.search({ q: 'x' })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    const offline = createApiClient(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(offline.health()).rejects.toMatchObject({ name: 'ApiError', code: 'NETWORK' });
  });
});
