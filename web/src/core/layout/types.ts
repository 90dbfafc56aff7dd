/** Layout modes and the registry entry shape. */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from '../graph/types.ts';

export type LayoutId = 'forceAtlas2';

/** What is happening to node positions right now. */
export type LayoutMode =
  { type: 'idle' } | { type: 'running'; layout: LayoutId; durationMs: number };

/** A running layout, as its starter hands it back: stop it and its worker goes away. */
export interface LayoutRun {
  stop(): void;
}

export interface LayoutDefinition {
  id: LayoutId;
  /** Starts moving nodes in `graph`; `onSettled` is called when it stops, whoever stopped it. */
  start(graph: AtlasGraph, options: { onSettled: () => void }): LayoutRun;
}

export type { ForceAtlas2Settings };
