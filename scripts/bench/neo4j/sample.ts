/**
 * The nodes the Neo4j benchmark asks about, drawn from the NDJSON file it loads: a fixed number of
 * each of the kinds a user explores from (the same kinds the HTTP scale benchmark samples), by
 * reservoir sampling with a seeded sequence, so two runs on one file ask about the same nodes.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { NodeKind, NodeRef } from '@chanjiao/graph-schema';

export const centreKinds: NodeKind[] = [
  'Enterprise',
  'Posting',
  'Candidate',
  'Occupation',
  'Competency',
  'Course',
  'Segment',
  'Chain',
  'Industry',
  'Park',
];

function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export interface Sampled {
  centres: NodeRef[];
  names: { kind: NodeKind; key: string; name_zh?: string; name_en?: string }[];
}

export async function sampleNodes(file: string, perKind: number): Promise<Sampled> {
  const random = sequence(42);
  const seen = new Map<NodeKind, number>();
  const chosen = new Map<NodeKind, Sampled['names']>();
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith('{"type":"node"')) continue;
    const record = JSON.parse(line) as {
      kind: NodeKind;
      key: string;
      props: { name_zh?: string; name_en?: string };
    };
    if (!centreKinds.includes(record.kind)) continue;
    const n = (seen.get(record.kind) ?? 0) + 1;
    seen.set(record.kind, n);
    const bucket = chosen.get(record.kind) ?? [];
    chosen.set(record.kind, bucket);
    const entry = {
      kind: record.kind,
      key: record.key,
      ...(record.props.name_zh && { name_zh: record.props.name_zh }),
      ...(record.props.name_en && { name_en: record.props.name_en }),
    };
    if (bucket.length < perKind) bucket.push(entry);
    else {
      const slot = Math.floor(random() * n);
      if (slot < perKind) bucket[slot] = entry;
    }
  }
  const names = centreKinds.flatMap((kind) => chosen.get(kind) ?? []);
  return { centres: names.map(({ kind, key }) => ({ kind, key })), names };
}
