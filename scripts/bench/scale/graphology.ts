/**
 * The floor for a neighbourhood: the same data in a graphology multigraph in process — what the
 * embedded store held in memory before — walked by the shared breadth-first rule, with the answer's
 * nodes and relationships collected as the store returns them. Run as its own process (it needs
 * several GB of heap at a million nodes): `tsx graphology.ts <file.ndjson> <centers.json> <depth>
 * <limit>` prints one JSON line with the load time, the heap and the latencies.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import { edgeId, nodeId, type GraphRecord, type NodeRef } from '@chanjiao/graph-schema';
import { breadthFirst } from '../../../server/src/store/traverse.ts';
import { compareEdgeRows } from '../../../server/src/store/order.ts';
import { percentiles } from './http.ts';

const [file, centersFile, depthArg, limitArg] = process.argv.slice(2);
const centers = JSON.parse(fs.readFileSync(centersFile!, 'utf8')) as NodeRef[];
const depth = Number(depthArg);
const limit = Number(limitArg);

const started = performance.now();
const graph = new MultiDirectedGraph<Record<string, unknown>, Record<string, unknown>>({
  allowSelfLoops: true,
});
for await (const line of readline.createInterface({ input: fs.createReadStream(file!) })) {
  if (!line) continue;
  const record = JSON.parse(line) as GraphRecord;
  if (record.type === 'node')
    graph.mergeNode(nodeId(record), { kind: record.kind, key: record.key, props: record.props });
  else
    graph.mergeDirectedEdgeWithKey(edgeId(record), nodeId(record.from), nodeId(record.to), {
      rel: record.rel,
      props: record.props,
    });
}
const loadSeconds = (performance.now() - started) / 1000;
global.gc?.();
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

const times: number[] = [];
for (const round of [0, 1])
  for (const center of centers) {
    const t = performance.now();
    const { ids } = breadthFirst(nodeId(center), (id) => graph.neighbors(id), depth, limit);
    const included = new Set(ids);
    const nodes = ids.map((id) => graph.getNodeAttributes(id));
    const edges: { rel: never; from: NodeRef; to: NodeRef }[] = [];
    for (const id of ids)
      graph.forEachOutEdge(id, (_edge, attributes, source, target) => {
        if (!included.has(target)) return;
        const from = graph.getNodeAttributes(source) as unknown as NodeRef;
        const to = graph.getNodeAttributes(target) as unknown as NodeRef;
        edges.push({ rel: attributes.rel as never, from, to });
      });
    edges.sort(compareEdgeRows);
    if (round === 1) times.push(performance.now() - t);
    if (nodes.length === 0) throw new Error('no answer');
  }
console.log(JSON.stringify({ loadSeconds, heapMb, latency: percentiles(times) }));
