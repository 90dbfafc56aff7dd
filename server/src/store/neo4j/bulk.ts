/**
 * Bulk sessions on Neo4j: an import too large for one transaction is written one chunk per
 * transaction through the same write path as `write` (apply.ts), and each chunk transaction also
 * stores its undo entry (the keys it created, the properties of what it updated) in the database.
 * Rollback applies the entries newest first, one transaction each, so it can resume after an
 * interruption. An `AtlasImport` marker per session records its state and a heartbeat; a session
 * whose process died is rolled back the next time a store connects or a bulk session begins.
 */
import { randomUUID } from 'node:crypto';
import { ImportInProgressError } from '../../errors.ts';
import type { WriteLock } from '../lock.ts';
import {
  emptyWriteResult,
  type AuditStamp,
  type BulkSession,
  type UpsertOp,
  type WriteResult,
} from '../port.ts';
import { applyGroups, nothingKnown, type NewRows } from './apply.ts';
import { dropChanges, finishChanges, recordChanges, reserveChanges } from './audit.ts';
import { groupOps, orderForBatching } from './batching.ts';
import { countChanges, emptyChanges, undoEntryOf, unpackUndo } from './changes.ts';
import {
  beginMarker,
  deleteMarker,
  deleteUndo,
  forgetUndo,
  lastUndo,
  listMarkers,
  recordUndo,
  undoStatements,
} from './cypher/bulk.ts';
import { ConstraintError } from './errors.ts';
import { run, type Executor } from './executor.ts';
import { KnownNew } from './known-new.ts';
import type { CountReader } from './stats.ts';
import { toNumber } from './values.ts';

/** A session whose heartbeat is older than this (and not ours) is taken as abandoned. */
export const abandonedAfterMs = 60_000;

export interface BulkOptions {
  /** Identifies this process's sessions in their markers. */
  owner: string;
  chunkSize: number;
  abandonedAfterMs: number;
  /** Called after anything a session did became visible (a chunk, a commit, a rollback). */
  onChange: () => void;
  /** Reads current counts (which kinds and types are empty when a session begins). */
  counts: CountReader;
  /** Changes numbered per transaction when a committed session's changes are finished. */
  publishBatch: number;
  /**
   * Called after each such transaction (tests look at the feed half-way; a throw stops the finish
   * there, as a crash would, and the next recovery resumes it).
   */
  afterPublishBatch?: () => Promise<void>;
}

/** Changes numbered per transaction when a committed session's changes are finished. */
export const publishBatch = 10_000;

export class BulkSessions {
  constructor(
    private readonly exec: Executor,
    private readonly lock: WriteLock,
    private readonly options: BulkOptions,
  ) {}

  async begin(audit?: AuditStamp): Promise<BulkSession> {
    const release = await this.lock.acquire();
    try {
      await this.recover(true);
      const id = randomUUID();
      await this.exec.write('bulk-begin', (tx) => run(tx, beginMarker(id, this.options.owner)));
      return this.session(id, release, await KnownNew.at(this.options.counts), audit);
    } catch (error) {
      release();
      throw error;
    }
  }

  private session(
    id: string,
    release: () => void,
    known: KnownNew,
    audit: AuditStamp | undefined,
  ): BulkSession {
    let seq = 0;
    /** Changes the session recorded so far (its audit trail's own numbering). */
    let recorded = 0;
    let finished = false;
    const finish = (): void => {
      finished = true;
      this.options.onChange();
      release();
    };
    const assertActive = (): void => {
      if (finished) throw new Error('the bulk session is already committed or rolled back');
    };
    return {
      write: async (ops: UpsertOp[]): Promise<WriteResult> => {
        assertActive();
        if (ops.length === 0) return emptyWriteResult();
        const groups = groupOps(orderForBatching(ops), this.options.chunkSize);
        const chunk = seq + 1;
        const attempt = (newRows: NewRows) =>
          this.exec.write('bulk-write', async (tx) => {
            const out = emptyChanges();
            await applyGroups(tx, groups, out, newRows);
            const count = audit
              ? await recordChanges(tx, out, audit, new Map(), { id, recorded })
              : 0;
            await run(tx, recordUndo(id, chunk, undoEntryOf(out)));
            return { out, count };
          });
        let done;
        try {
          done = await attempt(known);
        } catch (error) {
          if (!(error instanceof ConstraintError)) throw error;
          // Someone else created a node this chunk took for new: merge it, and its kinds from now on.
          for (const group of groups) if (group.op === 'upsertNode') known.forgetKind(group.kind);
          done = await attempt(nothingKnown);
        }
        seq = chunk;
        recorded += done.count;
        this.options.onChange();
        return countChanges(done.out);
      },
      commit: async () => {
        assertActive();
        try {
          // One small transaction makes the whole session visible, its changes included.
          await this.exec.write('bulk-commit', (tx) => run(tx, reserveChanges(id, recorded)));
          await this.forget(id);
        } finally {
          finish();
        }
      },
      rollback: async () => {
        if (finished) return;
        try {
          await this.undo(id);
        } finally {
          finish();
        }
      },
    };
  }

  /**
   * Finishes what interrupted sessions left: a committed one loses its undo entries, an abandoned
   * running one (its heartbeat older than abandonedAfterMs, or ours) is rolled back. With
   * `exclusive`, a live session of another process is an ImportInProgressError.
   */
  async recover(exclusive: boolean): Promise<void> {
    const markers = (await this.exec.readOne('bulk-recover', listMarkers)).records.map((r) => ({
      id: r.get('id') as string,
      state: r.get('state') as string,
      owner: r.get('owner') as string,
      startedAt: r.get('startedAt') as string,
      idle: toNumber(r.get('idle')),
    }));
    for (const m of markers) {
      if (m.state === 'committed') await this.forget(m.id);
      else if (m.owner === this.options.owner || m.idle >= this.options.abandonedAfterMs)
        await this.undo(m.id);
      else if (exclusive)
        throw new ImportInProgressError(
          `another import is running on this Neo4j database (started ${m.startedAt}, last active ${Math.round(m.idle / 1000)} s ago); try again when it ends`,
        );
    }
  }

  /** Rolls a session back, newest chunk first, each chunk in its own transaction. */
  private async undo(id: string): Promise<void> {
    for (;;) {
      const done = await this.exec.write('bulk-rollback', async (tx) => {
        const last = (await run(tx, lastUndo(id))).records[0];
        if (!last) return true;
        const entry = unpackUndo(last.get('data') as string);
        for (const statement of undoStatements(entry)) await run(tx, statement);
        await run(tx, deleteUndo(id, toNumber(last.get('seq'))));
        return false;
      });
      this.options.onChange();
      if (done) break;
    }
    await this.exec.write('bulk-rollback', async (tx) => {
      await run(tx, dropChanges(id));
      await run(tx, deleteMarker(id));
    });
  }

  /**
   * Finishes a committed session: numbers its changes for good and drops its undo entries, in
   * small transactions, then its marker (the last, so a restart finds what is left to do).
   */
  private async forget(id: string): Promise<void> {
    for (;;) {
      const numbered = await this.exec.write('bulk-publish', async (tx) =>
        toNumber(
          (await run(tx, finishChanges(id, this.options.publishBatch))).records[0]?.get('c'),
        ),
      );
      if (numbered === 0) break;
      await this.options.afterPublishBatch?.();
    }
    for (;;) {
      const removed = await this.exec.write('bulk-forget', async (tx) =>
        toNumber((await run(tx, forgetUndo(id, 100))).records[0]?.get('c')),
      );
      if (removed === 0) break;
    }
    await this.exec.write('bulk-forget', (tx) => run(tx, deleteMarker(id)));
  }
}
