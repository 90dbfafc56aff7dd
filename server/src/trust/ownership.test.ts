/**
 * The ownership rule and the provenance stamp alone: who resolves to which organisation, which
 * records a batch needs read, what a writer may change, and what the stamped batch holds.
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/accounts.ts';
import type { NodeRow, WriteOp } from '../store/port.ts';
import { guardBatch, ownersToRead } from './ownership.ts';
import { mayChange, newRecordOrg, resolveWriter, type Writer } from './writer.ts';

const principal = (role: Principal['role'], organisations: string[]): Principal =>
  ({ userId: 'u1', username: 'li.wei', displayName: '', role, organisations }) as Principal;

const at = new Date('2026-05-01T08:00:00.000Z');
const resolve = (p: Principal | null, org?: string) =>
  resolveWriter({ principal: p, org, requestId: 'req-1', now: at }, (k) => k !== 'nowhere');

const writer = (over: Partial<Writer> = {}): Writer => ({
  username: 'li.wei',
  role: 'editor',
  organisations: ['college'],
  org: 'college',
  at: at.toISOString(),
  requestId: 'req-1',
  ...over,
});

describe('resolveWriter', () => {
  it('gives an editor their only organisation, or the one ?org= names', () => {
    expect(resolve(principal('editor', ['college'])).org).toBe('college');
    expect(resolve(principal('editor', ['college', 'park']), 'park').org).toBe('park');
    expect(resolve(principal('editor', ['college', 'park'])).org).toEqual({
      choose: ['college', 'park'],
    });
    expect(resolve(principal('editor', ['college'])).at).toBe('2026-05-01T08:00:00.000Z');
  });

  it('refuses an editor without organisation, or naming one not theirs', () => {
    expect(() => resolve(principal('editor', []))).toThrow(
      expect.objectContaining({ name: 'NoOrganisationError', statusCode: 403 }),
    );
    expect(() => resolve(principal('editor', ['college']), 'park')).toThrow(
      expect.objectContaining({ code: 'NO_ORGANISATION' }),
    );
    expect(() => resolve(null)).toThrow(expect.objectContaining({ statusCode: 401 }));
  });

  it('lets an administrator name any existing organisation, or none', () => {
    expect(resolve(principal('admin', [])).org).toBeNull();
    expect(resolve(principal('admin', []), 'park').org).toBe('park');
    expect(() => resolve(principal('admin', []), 'nowhere')).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });

  it('asks an editor of several organisations to choose only when a record is created', () => {
    const w = writer({ org: { choose: ['college', 'park'] } });
    expect(() => newRecordOrg(w, 'Course:c1')).toThrow(
      expect.objectContaining({ code: 'ORGANISATION_REQUIRED', statusCode: 400 }),
    );
    expect(newRecordOrg(writer(), 'Course:c1')).toBe('college');
  });

  it('lets editors change their organisations’ records, administrators every record', () => {
    const w = writer({ organisations: ['college', 'park'] });
    expect(mayChange(w, 'park')).toBe(true);
    expect(mayChange(w, 'enterprise')).toBe(false);
    expect(mayChange(w, undefined)).toBe(false);
    expect(mayChange(writer({ role: 'admin', organisations: [] }), undefined)).toBe(true);
  });
});

const course = { kind: 'Course', key: 'c1' } as const;
const skill = { kind: 'Competency', key: 's1' } as const;
const job = { kind: 'Occupation', key: 'o1' } as const;
const row = (ref: { kind: NodeRow['kind']; key: string }, props: NodeRow['props']): NodeRow => ({
  ...ref,
  props,
});
const storedOf = (...rows: NodeRow[]) => new Map(rows.map((r) => [`${r.kind}:${r.key}`, r]));

describe('ownersToRead', () => {
  it('reads each node a batch changes and each relationship’s start node, once', () => {
    const ops: WriteOp[] = [
      { op: 'upsertNode', node: { ...course, props: {} }, mode: 'merge' },
      {
        op: 'upsertEdge',
        edge: { rel: 'TEACHES', from: course, to: skill, props: {} },
        mode: 'merge',
      },
      { op: 'removeEdge', ref: { rel: 'REQUIRES', from: job, to: skill } },
      { op: 'removeNode', ref: skill },
    ];
    expect(ownersToRead(ops)).toEqual([course, job, skill]);
  });
});

describe('guardBatch', () => {
  it('stamps new nodes with the writer’s organisation and the server’s time and user', () => {
    const [op] = guardBatch(
      [
        {
          op: 'upsertNode',
          node: {
            ...course,
            props: { name_zh: '课', updatedAt: '2000-01-01T00:00:00Z', updatedBy: 'x', org: 'y' },
          },
          mode: 'merge',
        },
      ],
      new Map(),
      writer(),
    );
    expect(op).toMatchObject({
      node: {
        props: { name_zh: '课', org: 'college', updatedBy: 'li.wei', updatedAt: at.toISOString() },
      },
    });
  });

  it('keeps a stored node’s organisation: left out of a merge, carried over by a replace', () => {
    const stored = storedOf(row(course, { name_zh: '课', org: 'park' }));
    const admin = writer({ role: 'admin', organisations: [], org: 'college' });
    const [merge] = guardBatch(
      [
        {
          op: 'upsertNode',
          node: { ...course, props: { name_zh: '新', org: 'x' } },
          mode: 'merge',
        },
      ],
      stored,
      admin,
    );
    expect(merge).toMatchObject({ node: { props: { name_zh: '新' } } });
    expect((merge as { node: NodeRow }).node.props.org).toBeUndefined();
    const [replace] = guardBatch(
      [{ op: 'upsertNode', node: { ...course, props: { name_zh: '新' } }, mode: 'replace' }],
      stored,
      admin,
    );
    expect(replace).toMatchObject({ node: { props: { name_zh: '新', org: 'park' } } });
  });

  it('refuses a change to another organisation’s node, naming it and its organisation', () => {
    const stored = storedOf(row(skill, { org: 'enterprise' }), row(job, {}));
    for (const op of [
      { op: 'upsertNode', node: { ...skill, props: {} }, mode: 'merge' },
      { op: 'removeNode', ref: skill },
    ] satisfies WriteOp[])
      expect(() => guardBatch([op], stored, writer())).toThrow(
        expect.objectContaining({
          name: 'NotOwnerError',
          record: 'Competency:s1',
          organisation: 'enterprise',
        }),
      );
    expect(() => guardBatch([{ op: 'removeNode', ref: job }], stored, writer())).toThrow(
      /Occupation:o1 belongs to no organisation; only administrators change it/,
    );
  });

  it('judges a relationship by its start node, whoever owns the end', () => {
    const stored = storedOf(
      row(course, { org: 'college' }),
      row(skill, { org: 'enterprise' }),
      row(job, { org: 'enterprise' }),
    );
    const [teaches] = guardBatch(
      [
        {
          op: 'upsertEdge',
          edge: { rel: 'TEACHES', from: course, to: skill, props: { level: 2, updatedBy: 'x' } },
          mode: 'merge',
        },
      ],
      stored,
      writer(),
    );
    expect(teaches).toMatchObject({ edge: { props: { level: 2, updatedBy: 'li.wei' } } });
    expect(() =>
      guardBatch(
        [{ op: 'removeEdge', ref: { rel: 'REQUIRES', from: job, to: skill } }],
        stored,
        writer(),
      ),
    ).toThrow(
      /relationship REQUIRES Occupation:o1 → Competency:s1, which is part of Occupation:o1: Occupation:o1 belongs to enterprise/,
    );
  });
});
