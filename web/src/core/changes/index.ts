/**
 * A node's history and its restore, for the details panel: the API calls (`GET
 * /api/nodes/:kind/:key/history`, an administrator's `POST …/restore`), parsed with graph-schema's
 * schemas, and what a change says in a line — its action and the properties it changed (the
 * server's own stamps, `updatedAt` and `updatedBy`, are who and when already).
 */
import { changeFeedSchema, type ChangeFeed, type ChangeRecord } from '@chanjiao/graph-schema';
import { badResponse } from '../api/client.ts';
import { fetchJson, type Fetch, type NodeRef } from '../api/index.ts';

export type { ChangeRecord };

const nodePath = (ref: NodeRef) =>
  `/api/nodes/${encodeURIComponent(ref.kind)}/${encodeURIComponent(ref.key)}`;

export const changePaths = {
  history: (ref: NodeRef, limit = 1000) => `${nodePath(ref)}/history?limit=${limit}`,
  restore: (ref: NodeRef) => `${nodePath(ref)}/restore`,
};

export interface ChangesApi {
  history(ref: NodeRef, signal?: AbortSignal): Promise<ChangeFeed>;
  restore(ref: NodeRef): Promise<void>;
}

export function createChangesApi(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  base = '',
): ChangesApi {
  return {
    async history(ref, signal) {
      const path = changePaths.history(ref);
      const body = await fetchJson(fetchImpl, base + path, {
        credentials: 'same-origin',
        ...(signal && { signal }),
      });
      const result = changeFeedSchema.safeParse(body);
      if (!result.success) throw badResponse(path, '{changes, next}');
      return result.data;
    },
    async restore(ref) {
      await fetchJson(fetchImpl, base + changePaths.restore(ref), {
        method: 'POST',
        credentials: 'same-origin',
      });
    },
  };
}

export const changesApi = createChangesApi();

/** Set by the server on every write: who and when say it already. */
const stamps = new Set(['updatedAt', 'updatedBy']);

/** The properties a change set, changed or removed, by name (stamps left out), sorted. */
export function changedProps(change: Pick<ChangeRecord, 'before' | 'after'>): string[] {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => !stamps.has(name))
    .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .sort();
}

/** Newest first, at most `limit`: what the panel lists. */
export function latestFirst(changes: readonly ChangeRecord[], limit: number): ChangeRecord[] {
  return [...changes].reverse().slice(0, limit);
}
