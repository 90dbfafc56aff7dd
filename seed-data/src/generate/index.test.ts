/**
 * Checks the scale generator: deterministic per seed, valid and closed (every edge after both its
 * endpoints, no duplicates), the requested size, about five edges per node, heavy-tailed degrees,
 * honest provenance, bounded memory; and measures throughput for 200 000 nodes.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { edgeId, nodeId, validateRecord, type GraphRecord } from '@chanjiao/graph-schema';
import { generateGraph, plannedCounts, syntheticSource, writeNdjson } from './index.ts';

/** A writable that hashes what it receives; `slow` acknowledges late to force 'drain' waits. */
function hashingStream(slow: boolean) {
  const hash = createHash('sha256');
  let drains = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      if (slow) setImmediate(callback);
      else callback();
    },
  });
  stream.on('drain', () => drains++);
  return { stream, digest: () => hash.digest('hex'), drains: () => drains };
}

async function ndjsonHash(nodes: number, seed: number, slow = false) {
  const sink = hashingStream(slow);
  const stats = await writeNdjson({ nodes, seed }, sink.stream);
  return { hash: sink.digest(), stats, drains: sink.drains() };
}

function degrees(records: GraphRecord[], rel: string, end: 'from' | 'to'): number[] {
  const counts = new Map<string, number>();
  for (const r of records)
    if (r.type === 'edge' && r.rel === rel) {
      const id = nodeId(r[end]);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  return [...counts.values()].sort((a, b) => b - a);
}

describe('generateGraph', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes', async () => {
    const a = await ndjsonHash(5000, 42, true);
    const b = await ndjsonHash(5000, 42);
    const c = await ndjsonHash(5000, 43);
    expect(a.drains).toBeGreaterThan(0); // the slow sink made the writer wait for 'drain'
    expect(b.hash).toBe(a.hash);
    expect(b.stats).toEqual(a.stats);
    expect(c.hash).not.toBe(a.hash);
    expect(a.stats.nodes).toBe(5000);
  });

  describe('at 20 000 nodes', () => {
    const N = 20_000;
    const seed = 7;
    const records = [...generateGraph({ nodes: N, seed })];
    const nodes = records.filter((r) => r.type === 'node');
    const edges = records.filter((r) => r.type === 'edge');

    it('yields valid records, nodes before the edges that join them, without duplicates', () => {
      const seenNodes = new Set<string>();
      const seenEdges = new Set<string>();
      const problems: string[] = [];
      for (const [line, r] of records.entries()) {
        const v = validateRecord(JSON.parse(JSON.stringify(r)));
        if (!v.ok) problems.push(`${line}: ${JSON.stringify(v.errors)}`);
        if (r.type === 'node') {
          const id = nodeId(r);
          if (seenNodes.has(id)) problems.push(`${line}: duplicate node ${id}`);
          seenNodes.add(id);
        } else {
          const id = edgeId(r);
          if (seenEdges.has(id)) problems.push(`${line}: duplicate edge ${id}`);
          seenEdges.add(id);
          for (const end of [r.from, r.to])
            if (!seenNodes.has(nodeId(end)))
              problems.push(`${line}: ${id} before its endpoint ${nodeId(end)}`);
        }
        if (problems.length > 10) break;
      }
      expect(problems).toEqual([]);
    });

    it('has the requested size, the planned kinds and about five edges per node', () => {
      expect(Math.abs(nodes.length - N) / N).toBeLessThanOrEqual(0.02);
      const ratio = edges.length / nodes.length;
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(7);
      const byKind: Record<string, number> = {};
      for (const n of nodes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
      const planned = Object.fromEntries(
        Object.entries(plannedCounts({ nodes: N, seed })).filter(([, v]) => v > 0),
      );
      expect(byKind).toEqual(planned);
      expect(byKind.Region).toBeUndefined(); // no invented region codes
      expect(byKind.Enterprise! / N).toBeGreaterThan(0.55);
      expect(byKind.Enterprise! / N).toBeLessThan(0.65);
      expect(byKind.Posting! / N).toBeCloseTo(0.15, 1);
      expect(byKind.Chain).toBe(3);
    });

    it('has heavy-tailed degrees', () => {
      const report: Record<
        string,
        { nodes: number; max: number; median: number; topShare: number }
      > = {};
      for (const [rel, end] of [
        ['OPERATES_IN', 'to'],
        ['FOR', 'to'],
        ['REQUIRES', 'to'],
        ['POSTED', 'from'],
        ['EMPLOYS', 'to'],
        ['TEACHES', 'to'],
      ] as const) {
        const d = degrees(records, rel, end);
        const total = d.reduce((a, b) => a + b, 0);
        const top = d.slice(0, Math.max(1, Math.ceil(d.length / 100)));
        const topShare = top.reduce((a, b) => a + b, 0) / total;
        const median = d[Math.floor(d.length / 2)]!;
        report[`${rel} ${end}`] = { nodes: d.length, max: d[0]!, median, topShare };
      }
      console.log('degree tails at 20 000 nodes:', report);
      for (const { max, median, topShare } of Object.values(report)) {
        expect(max).toBeGreaterThanOrEqual(8 * median);
        expect(topShare).toBeGreaterThan(0.1);
      }
    });

    it('marks every node synthetic', () => {
      const source = syntheticSource(seed);
      expect(source).toBe('synthetic scale data — generated by Chanjiao Atlas (seed 7)');
      for (const n of nodes) {
        expect(n.props.source).toBe(source);
        expect(n.key.startsWith('syn-')).toBe(true);
        expect(String(n.props.name_zh)).toMatch(/^合成/);
        expect(String(n.props.name_en)).toMatch(/^Synthetic /);
      }
    });
  });

  it('rejects sizes below the minimum and non-integer seeds', () => {
    expect(() => generateGraph({ nodes: 10, seed: 1 }).next()).toThrow(RangeError);
    expect(() => generateGraph({ nodes: 5000, seed: 1.5 }).next()).toThrow(RangeError);
  });

  it('streams 200 000 nodes to a null sink in bounded memory', async () => {
    let peak = 0;
    let writes = 0;
    const sink = new Writable({
      write(_chunk, _encoding, callback) {
        if (writes++ % 16 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        callback();
      },
    });
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const stats = await writeNdjson({ nodes: 200_000, seed: 1 }, sink);
    const seconds = (performance.now() - started) / 1000;
    const records = stats.nodes + stats.edges;
    const figures = {
      nodes: stats.nodes,
      edges: stats.edges,
      megabytes: Math.round(stats.bytes / 1e6),
      seconds: Math.round(seconds * 10) / 10,
      recordsPerSecond: Math.round(records / seconds),
      heapBeforeMB: Math.round(before / 1e6),
      peakHeapMB: Math.round(peak / 1e6),
    };
    console.log('scale generator, 200 000 nodes → null sink:', figures);
    expect(stats.nodes).toBe(200_000);
    expect(stats.edges / stats.nodes).toBeGreaterThan(3);
    // Nothing is accumulated: the heap stays far below what holding ~1.2M records would take.
    expect(peak - before).toBeLessThan(200e6);
  });
});
