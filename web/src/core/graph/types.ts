/**
 * The graph the explorer holds and sigma draws: a directed multigraph whose node keys are
 * `Kind:key` and whose attributes are those of the API's serialised neighbourhoods (kind, key,
 * names, properties), plus the layout's `x`/`y`. Visual attributes (colour, size, label) are not
 * stored: they are derived from the schema and the interface state when sigma renders.
 */
import type Graph from 'graphology';

export interface AtlasNodeAttributes {
  kind: string;
  key: string;
  name_zh?: string;
  name_en?: string;
  x: number;
  y: number;
  [property: string]: unknown;
}

export interface AtlasEdgeAttributes {
  rel: string;
  [property: string]: unknown;
}

export interface AtlasGraphAttributes {
  center?: string;
  [attribute: string]: unknown;
}

export type AtlasGraph = Graph<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>;

export interface Truncation {
  center: string;
  shown: number;
  limit: number;
  /** Nodes a filtered expansion matched before its limit cut them (at least, if the server cut too). */
  matched?: number;
}
