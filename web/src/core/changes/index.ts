/**
 * A node's history and its restore, for the details panel: the API calls (`GET
 * /api/nodes/:kind/:key/history`, read a page at a time, oldest first, each page going on from the
 * `next` of the one before; an administrator's `POST …/restore`), parsed with graph-schema's
 * schemas, and what a change says in a line — its action and the properties it changed, each
 * before → after (the server's own stamps, `updatedAt` and `updatedBy`, are who and when already).
 */
import { changeFeedSchema, type ChangeFeed, type ChangeRecord } from '@chanjiao/graph-schema';
import { badResponse } from '../api/client.ts';
import { fetchJson, type Fetch, type NodeRef } from '../api/index.ts';

export type { ChangeRecord };

const nodePath = (ref: NodeRef) =>
  `/api/nodes/${encodeURIComponent(ref.kind)}/${encodeURIComponent(ref.key)}`;

/** Changes read per page of a node's history. */
export const historyPage = 100;

export const changePaths = {
  /** A page of the history: from the first change, or after change number `since`. */
  history: (ref: NodeRef, since?: number, limit = historyPage) =>
    `${nodePath(ref)}/history?limit=${limit}${since === undefined ? '' : `&since=${since}`}`,
  restore: (ref: NodeRef) => `${nodePath(ref)}/restore`,
};

export interface ChangesApi {
  /** A page of a node's history, oldest first; `since` is the `next` of the page before. */
  history(ref: NodeRef, since?: number, signal?: AbortSignal): Promise<ChangeFeed>;
  restore(ref: NodeRef): Promise<void>;
}

export function createChangesApi(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  base = '',
): ChangesApi {
  return {
    async history(ref, since, signal) {
      const path = changePaths.history(ref, since);
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

/** The history read so far: its changes, oldest first, and where the next page starts. */
export interface HistoryPages {
  changes: ChangeRecord[];
  /** The `since` of the next page; null once a page came back short (nothing more to read). */
  next: number | null;
}

/** The history with one more page read: a full page means there may be more after it. */
export function pageAdded(
  pages: HistoryPages | null,
  feed: ChangeFeed,
  limit = historyPage,
): HistoryPages {
  const seen = new Set(pages?.changes.map((change) => change.seq));
  return {
    changes: [...(pages?.changes ?? []), ...feed.changes.filter((c) => !seen.has(c.seq))],
    next: feed.changes.length >= limit ? feed.next : null,
  };
}

/** A property value as a line shows it: text as it is, anything else as JSON, cut when long. */
export function valueText(value: unknown, max = 80): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Each property a change set, changed or removed: its value before and after, as text. */
export function propChanges(
  change: Pick<ChangeRecord, 'before' | 'after'>,
): { name: string; before: string; after: string }[] {
  return changedProps(change).map((name) => ({
    name,
    before: valueText(change.before?.[name]),
    after: valueText(change.after?.[name]),
  }));
}
