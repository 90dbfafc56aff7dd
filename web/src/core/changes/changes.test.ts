import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '@chanjiao/graph-schema';
import {
  changePaths,
  changedProps,
  createChangesApi,
  pageAdded,
  propChanges,
  valueText,
} from './index.ts';

const change = (seq: number, before: ChangeRecord['before'], after: ChangeRecord['after']) =>
  ({
    seq,
    at: '2026-01-01T00:00:00.000Z',
    by: 'editor',
    requestId: 'req-1',
    action: before === null ? 'create' : after === null ? 'remove' : 'update',
    node: { kind: 'Competency', key: 'coating' },
    before,
    after,
  }) as ChangeRecord;

describe('a node’s history', () => {
  it('names the properties a change set, changed or removed, leaving out the server’s stamps', () => {
    expect(
      changedProps(
        change(
          1,
          { name_zh: '涂布', level: 2, updatedAt: 'a', updatedBy: 'x' },
          { name_zh: '涂布', name_en: 'Coating', updatedAt: 'b', updatedBy: 'y' },
        ),
      ),
    ).toEqual(['level', 'name_en']);
    expect(changedProps(change(2, null, { name_zh: '涂布', updatedAt: 'b' }))).toEqual(['name_zh']);
  });

  it('says each property before → after, cutting long values', () => {
    expect(
      propChanges(change(1, { level: 2, name_zh: '涂布' }, { level: 3, tags: ['a', 'b'] })),
    ).toEqual([
      { name: 'level', before: '2', after: '3' },
      { name: 'name_zh', before: '涂布', after: '—' },
      { name: 'tags', before: '—', after: '["a","b"]' },
    ]);
    expect(valueText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('reads on page after page from the `next` of the last, until a page comes back short', () => {
    const ref = { kind: 'Competency', key: 'a b' };
    expect(changePaths.history(ref)).toBe('/api/nodes/Competency/a%20b/history?limit=100');
    expect(changePaths.history(ref, 42)).toBe(
      '/api/nodes/Competency/a%20b/history?limit=100&since=42',
    );
    const first = pageAdded(
      null,
      { changes: [change(1, null, {}), change(2, {}, {})], next: 2 },
      2,
    );
    expect(first).toEqual({ changes: first.changes, next: 2 });
    const last = pageAdded(
      first,
      { changes: [change(2, {}, {}), change(3, {}, null)], next: 3 },
      2,
    );
    // A change read twice is listed once; a full page may have more after it.
    expect(last.changes.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(last.next).toBe(3);
    expect(pageAdded(last, { changes: [], next: 3 }, 2).next).toBeNull();
  });

  it('asks for the page after `since`', async () => {
    const asked: string[] = [];
    const api = createChangesApi(async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify({ changes: [], next: 7 }), {
        headers: { 'content-type': 'application/json' },
      });
    });
    expect(await api.history({ kind: 'Competency', key: 'coating' }, 7)).toEqual({
      changes: [],
      next: 7,
    });
    expect(asked).toEqual(['/api/nodes/Competency/coating/history?limit=100&since=7']);
  });

  it('refuses an answer that is not a change feed', async () => {
    const api = createChangesApi(async () => new Response(JSON.stringify({ changes: 'no' })));
    await expect(api.history({ kind: 'Competency', key: 'coating' })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});
