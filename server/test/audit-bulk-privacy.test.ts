/**
 * A bulk session's change records on the embedded store carry the privacy of the records they
 * touch without reading them back: a relationship to a private node the session wrote is left out
 * of other organisations' feed, on a load into an empty store (rows and changes inserted many at a
 * time) and on an import into a store that holds something; a write that fails in the session
 * forgets the privacy it set.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '@chanjiao/graph-schema';
import { MissingNodeError } from '../src/errors.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import type { AuditStamp, UpsertOp } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';

const stamp: AuditStamp = { by: 'test', at: '2026-12-01T00:00:00.000Z', requestId: 'bulk-privacy' };
const secret = { kind: 'Competency' as const, key: 'secret-skill' };
const open = { kind: 'Competency' as const, key: 'open-skill' };
const occupation = { kind: 'Occupation' as const, key: 'coater' };

const node = (
  ref: { kind: 'Competency' | 'Occupation'; key: string },
  props: object,
): UpsertOp => ({
  op: 'upsertNode',
  node: { ...ref, props: { name_zh: ref.key, ...props } },
  mode: 'merge',
});
const edge = (to: { kind: 'Competency'; key: string }, props: object = {}): UpsertOp => ({
  op: 'upsertEdge',
  edge: { rel: 'REQUIRES', from: occupation, to, props: { ...props } },
  mode: 'merge',
});
const describeChange = (c: ChangeRecord) =>
  c.node ? `${c.action} ${c.node.key}` : `${c.action} ${c.edge!.from.key}->${c.edge!.to.key}`;

for (const start of ['empty', 'holding a node'] as const)
  describe(`a bulk session with an audit trail into a store ${start}`, () => {
    it('marks changes to private records and their relationships from what it wrote', async () => {
      const store = EmbeddedStore.open({ dataDir: tempDir('atlas-bulk-privacy-') });
      try {
        if (start === 'holding a node')
          await store.write([node({ kind: 'Occupation', key: 'other' }, {})], stamp);
        const session = await store.beginBulk(stamp);
        await session.write([
          node(occupation, {}),
          node(secret, { visibility: 'private', org: 'org-a' }),
          node(open, {}),
          edge(secret),
          edge(open),
        ]);
        // A failing write that would have made the open skill private leaves it public.
        await expect(
          session.write([
            node(open, { visibility: 'private', org: 'org-a' }),
            edge({ kind: 'Competency', key: 'missing' }),
          ]),
        ).rejects.toBeInstanceOf(MissingNodeError);
        await session.write([edge(open, { importance: 2 })]);
        await session.commit();

        const all = await store.changes({ since: 0, limit: 100 });
        const outsider = await store.changes({ since: 0, limit: 100, privateOf: ['org-b'] });
        const member = await store.changes({ since: 0, limit: 100, privateOf: ['org-a'] });
        const mine = (list: ChangeRecord[]) =>
          list
            .filter((c) => c.requestId === 'bulk-privacy' && c.node?.key !== 'other')
            .map(describeChange);
        expect(mine(all)).toEqual([
          'create coater',
          'create secret-skill',
          'create open-skill',
          'create coater->secret-skill',
          'create coater->open-skill',
          'update coater->open-skill',
        ]);
        expect(mine(member)).toEqual(mine(all));
        expect(mine(outsider)).toEqual([
          'create coater',
          'create open-skill',
          'create coater->open-skill',
          'update coater->open-skill',
        ]);
        expect((await store.getNode(open))?.props.visibility).toBeUndefined();
      } finally {
        await store.close();
      }
    });
  });
