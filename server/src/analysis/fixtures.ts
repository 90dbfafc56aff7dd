/** Small hand-built subgraphs for analysis tests: `n('Kind', 'key', props)`, `e('REL', from, to, props)`. */
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { EdgeRow, NodeRow } from '../store/port.ts';
import { AnalysisGraph } from './graph.ts';

export function build(spec: { nodes: NodeRow[]; edges: EdgeRow[] }): AnalysisGraph {
  return new AnalysisGraph(spec);
}

export const n = (kind: NodeKind, key: string, props: Props = {}): NodeRow => ({
  kind,
  key,
  props: { name_zh: key, ...props },
});

export const e = (rel: RelType, from: string, to: string, props: Props = {}): EdgeRow => {
  const split = (id: string) => {
    const at = id.indexOf(':');
    return { kind: id.slice(0, at) as NodeKind, key: id.slice(at + 1) };
  };
  return { rel, from: split(from), to: split(to), props };
};
