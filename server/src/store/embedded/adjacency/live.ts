/**
 * The adjacency as the store sees it over time: not built yet, being built (from a snapshot, with
 * the changes committed meanwhile kept in a log), ready (changes applied as they commit), or being
 * rebuilt in the background while the current one keeps answering — when its overlay has grown
 * large, or after a bulk import too large to patch in (then answers wait for the new build, since
 * the current one no longer matches the file).
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Codes } from './codes.ts';
import { buildAdjacency, buildAdjacencyNow } from './build.ts';
import type { Adjacency, Change } from './graph.ts';

/** Overlay size past which the base is rebuilt in the background. */
export const overlayLimit = 200_000;

/** Stores of fewer nodes and relationships than this are built at once (a few milliseconds). */
export const buildAtOnceLimit = 50_000;

interface Build {
  done: Promise<Adjacency>;
  /** Changes committed since the build's snapshot; null once too many came (build again). */
  log: Change[] | null;
}

export interface LiveOptions {
  file: string;
  kinds: Codes<NodeKind>;
  rels: Codes<RelType>;
  idOf: (node: number) => string;
  /** Nodes and relationships in the store now. */
  size: () => number;
  /** Reports a failed background build (the next request retries). */
  onError?: (error: unknown) => void;
}

export class LiveAdjacency {
  private current: Adjacency | null = null;
  private build: Build | null = null;
  private closed = false;

  constructor(private readonly options: LiveOptions) {}

  /** Whether writes should collect their changes for it. */
  get wantsChanges(): boolean {
    return this.current !== null || this.build !== null;
  }

  /** Whether an answer is available without waiting. */
  get ready(): boolean {
    return this.current !== null;
  }

  /** Starts building unless built or building (e.g. when the store opens); a small store at once. */
  warm(): void {
    if (this.current || this.build) return;
    if (this.options.size() < buildAtOnceLimit) {
      this.current = buildAdjacencyNow(
        this.options.file,
        this.buildOptions(() => undefined),
      );
      return;
    }
    this.start();
  }

  /** The adjacency, up to date with every commit; waits while it is being built. */
  async get(): Promise<Adjacency> {
    for (;;) {
      if (this.closed) throw new Error('the embedded store is closed');
      this.warm();
      if (this.current) return this.current;
      await this.build!.done;
    }
  }

  /** After every COMMIT, in commit order: its changes, or null when they were too many to list. */
  committed(changes: readonly Change[] | null): void {
    if (this.build?.log) {
      if (changes === null || this.build.log.length + changes.length > overlayLimit)
        this.build.log = null;
      else for (const change of changes) this.build.log.push(change);
    }
    if (!this.current) return;
    if (changes === null) {
      this.current = null;
      this.warm();
      return;
    }
    this.current.apply(changes);
    if (this.current.overlaySize > overlayLimit) this.warm();
  }

  close(): void {
    this.closed = true;
    this.current = null;
  }

  private buildOptions(onSnapshot: () => void) {
    return {
      kinds: this.options.kinds,
      rels: this.options.rels,
      idOf: this.options.idOf,
      onSnapshot,
      cancelled: () => this.closed,
    };
  }

  private start(): Build {
    const build: Build = {
      log: null,
      done: Promise.resolve(null as unknown as Adjacency),
    };
    build.done = buildAdjacency(
      this.options.file,
      this.buildOptions(() => (build.log = [])),
    ).then(
      (adjacency) => {
        if (this.build === build) this.build = null;
        if (build.log === null) {
          // Too much changed while building: this one is already out of date.
          if (!this.closed) this.start();
          return adjacency;
        }
        adjacency.apply(build.log);
        this.current = adjacency;
        return adjacency;
      },
      (error: unknown) => {
        if (this.build === build) this.build = null;
        if (!this.closed) this.options.onError?.(error);
        throw error;
      },
    );
    // A background build that fails is reported above; waiting requests see the error themselves.
    build.done.catch(() => undefined);
    this.build = build;
    return build;
  }
}
