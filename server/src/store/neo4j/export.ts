/** The full export on Neo4j: every node by (kind, key), then every edge by (rel, from, to), paged. */
import { nodeKindNames, relTypeNames } from '@chanjiao/graph-schema';
import type { EdgeRow, ExportItem, NodeRow } from '../port.ts';
import { compareStrings } from '../order.ts';
import { edgePage, nodePage } from './cypher/export.ts';
import type { Executor } from './executor.ts';
import { kindOf } from './names.ts';
import { nodeProps, toPlainProps } from './values.ts';

const pageSize = 5000;

export async function* exportAll(exec: Executor): AsyncIterable<ExportItem> {
  for (const kind of [...nodeKindNames].sort(compareStrings)) {
    let after: string | null = null;
    for (;;) {
      const { records } = await exec.readOne('export', nodePage(kind, after, pageSize));
      const page: NodeRow[] = records.map((r) => ({
        kind,
        key: r.get('key') as string,
        props: nodeProps(r.get('p') as Record<string, unknown>),
      }));
      for (const row of page) yield { type: 'node', ...row };
      if (page.length < pageSize) break;
      after = page[page.length - 1]!.key;
    }
  }
  for (const rel of [...relTypeNames].sort(compareStrings)) {
    let after: string[] | null = null;
    for (;;) {
      const { records } = await exec.readOne('export', edgePage(rel, after, pageSize));
      const page: EdgeRow[] = records.map((r) => ({
        rel,
        from: { kind: kindOf(r.get('fromLabels') as string[]), key: r.get('fromKey') as string },
        to: { kind: kindOf(r.get('toLabels') as string[]), key: r.get('toKey') as string },
        props: toPlainProps(r.get('p') as Record<string, unknown>),
      }));
      for (const row of page) yield { type: 'edge', ...row };
      if (page.length < pageSize) break;
      const last = page[page.length - 1]!;
      after = [last.from.kind, last.from.key, last.to.kind, last.to.key];
    }
  }
}
