import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '@chanjiao/graph-schema';
import { changedProps, createChangesApi, latestFirst } from './index.ts';

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

  it('lists the newest first', () => {
    const changes = [change(1, null, {}), change(2, {}, {}), change(3, {}, null)];
    expect(latestFirst(changes, 2).map((c) => c.seq)).toEqual([3, 2]);
  });

  it('refuses an answer that is not a change feed', async () => {
    const api = createChangesApi(async () => new Response(JSON.stringify({ changes: 'no' })));
    await expect(api.history({ kind: 'Competency', key: 'coating' })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});
