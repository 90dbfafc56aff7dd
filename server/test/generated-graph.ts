/**
 * A generated graph (heavy-tailed degrees, every kind) with each key prefixed, for integration
 * tests that share a Neo4j database with other suites: the prefix keeps their data apart and lets
 * them remove exactly what they wrote.
 */
import { generateGraph } from '@chanjiao/seed-data';
import type { GraphRecord } from '@chanjiao/graph-schema';
import type { ImportSource } from '../src/import/source.ts';
import type { WriteOp } from '../src/store/port.ts';

export function prefixedGraph(nodes: number, seed: number, prefix: string): GraphRecord[] {
  const out: GraphRecord[] = [];
  for (const record of generateGraph({ nodes, seed }))
    out.push(
      record.type === 'node'
        ? { ...record, key: prefix + record.key }
        : {
            ...record,
            from: { ...record.from, key: prefix + record.from.key },
            to: { ...record.to, key: prefix + record.to.key },
          },
    );
  return out;
}

/** The records as an import source, one row each. */
export function recordSource(all: GraphRecord[]): ImportSource {
  return {
    file: 'generated',
    bytes: 0,
    async *read() {
      let row = 0;
      for (const record of all)
        yield { type: 'record', at: { file: 'generated', row: ++row }, record };
    },
  };
}

/** Removes every node of the graph, and with them their relationships. */
export function removal(all: GraphRecord[]): WriteOp[] {
  return all
    .filter((r) => r.type === 'node')
    .map((r) => ({ op: 'removeNode', ref: { kind: r.kind, key: r.key } }));
}
