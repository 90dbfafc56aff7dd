import type { Neighbourhood } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  cameraRequested,
  expansionApplied,
  expansionsRetracted,
  focusPending,
  initialExplorerState,
  neighbourhoodOpened,
  pendingFocusReached,
  requestCancelled,
  requestFailed,
  requestStarted,
} from './explorer.ts';
import {
  createAtlasGraph,
  kindCounts,
  mergeNeighbourhood,
  nodeId,
  parseNodeId,
  replaceWithNeighbourhood,
  truncationOf,
} from './utils.ts';

function neighbourhood(
  center: string,
  others: string[],
  options: { truncated?: boolean; limit?: number } = {},
): Neighbourhood {
  const node = (id: string) => {
    const ref = parseNodeId(id);
    return { key: id, attributes: { kind: ref?.kind, key: ref?.key, name_zh: `名称 ${ref?.key}` } };
  };
  return {
    attributes: {
      center,
      depth: 1,
      limit: options.limit ?? 150,
      truncated: options.truncated ?? false,
    },
    nodes: [center, ...others].map(node),
    edges: others.map((other) => ({
      key: `PART_OF|${other}|${center}`,
      source: other,
      target: center,
      attributes: { rel: 'PART_OF' },
    })),
  };
}

describe('node ids', () => {
  it('joins and splits at the first colon only', () => {
    expect(nodeId({ kind: 'Competency', key: 'esco:abc' })).toBe('Competency:esco:abc');
    expect(parseNodeId('Competency:esco:abc')).toEqual({ kind: 'Competency', key: 'esco:abc' });
    expect(parseNodeId(':x')).toBeNull();
    expect(parseNodeId('nokind')).toBeNull();
  });
});

describe('replaceWithNeighbourhood', () => {
  it('replaces the graph, puts the centre at the origin and every node at a finite position', () => {
    const graph = createAtlasGraph();
    replaceWithNeighbourhood(graph, neighbourhood('Chain:old', ['Segment:x']));
    replaceWithNeighbourhood(
      graph,
      neighbourhood('Chain:nev', ['Segment:cells', 'Segment:packs', 'Segment:vehicles']),
    );
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.hasNode('Chain:old')).toBe(false);
    expect(graph.getNodeAttributes('Chain:nev')).toMatchObject({
      kind: 'Chain',
      key: 'nev',
      x: 0,
      y: 0,
    });
    graph.forEachNode((_n, { x, y }) => {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    });
    expect(graph.getAttribute('center')).toBe('Chain:nev');
    expect(graph.getEdgeAttribute('PART_OF|Segment:cells|Chain:nev', 'rel')).toBe('PART_OF');
  });

  it('takes kind and key from the id when the attributes lack them, and drops server positions', () => {
    const graph = createAtlasGraph();
    replaceWithNeighbourhood(graph, {
      attributes: { center: 'Region:320500', depth: 1, limit: 10, truncated: false },
      nodes: [{ key: 'Region:320500', attributes: { name_zh: '苏州市', x: 99 } }],
      edges: [],
    });
    expect(graph.getNodeAttributes('Region:320500')).toMatchObject({
      kind: 'Region',
      key: '320500',
      x: 0,
    });
  });
});

describe('mergeNeighbourhood', () => {
  it('adds only new nodes and edges, near the expanded node, and keeps existing positions', () => {
    const graph = createAtlasGraph();
    replaceWithNeighbourhood(graph, neighbourhood('Chain:nev', ['Segment:cells', 'Segment:packs']));
    graph.setNodeAttribute('Segment:cells', 'x', 500);
    graph.setNodeAttribute('Segment:cells', 'y', 500);
    const expansion = neighbourhood('Segment:cells', ['Enterprise:catl', 'Enterprise:byd']);
    expansion.nodes.push({ key: 'Chain:nev', attributes: { kind: 'Chain', key: 'nev' } });
    expansion.edges.push({
      key: 'PART_OF|Segment:cells|Chain:nev',
      source: 'Segment:cells',
      target: 'Chain:nev',
      attributes: { rel: 'PART_OF' },
    });
    const result = mergeNeighbourhood(graph, expansion);
    expect(result.addedNodes.sort()).toEqual(['Enterprise:byd', 'Enterprise:catl']);
    expect(result.addedEdges).toHaveLength(2);
    expect(graph.order).toBe(5);
    expect(graph.getNodeAttribute('Segment:cells', 'x')).toBe(500);
    const { x, y } = graph.getNodeAttributes('Enterprise:catl');
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(200);
  });

  it('places a neighbourhood whose centre is not drawn around the anchor', () => {
    const graph = createAtlasGraph();
    replaceWithNeighbourhood(graph, neighbourhood('Chain:nev', ['Segment:cells']));
    graph.setNodeAttribute('Segment:cells', 'x', -300);
    graph.setNodeAttribute('Segment:cells', 'y', 0);
    mergeNeighbourhood(graph, neighbourhood('Occupation:tester', []), 'Segment:cells');
    const { x } = graph.getNodeAttributes('Occupation:tester');
    expect(x).toBeLessThan(-200);
  });
});

describe('summaries', () => {
  it('counts kinds and reports truncation with the number of nodes shown', () => {
    const graph = createAtlasGraph();
    const data = neighbourhood('Chain:nev', ['Segment:a', 'Segment:b'], {
      truncated: true,
      limit: 3,
    });
    replaceWithNeighbourhood(graph, data);
    expect(Object.fromEntries(kindCounts(graph))).toEqual({ Chain: 1, Segment: 2 });
    expect(truncationOf(data)).toEqual({ center: 'Chain:nev', shown: 3, limit: 3 });
    expect(truncationOf(neighbourhood('Chain:nev', []))).toBeNull();
  });
});

describe('explorer state', () => {
  it('tracks a request from start to success or failure', () => {
    const loading = requestStarted('open', 'Chain:nev')(initialExplorerState);
    expect(loading.request).toEqual({ type: 'loading', purpose: 'open', node: 'Chain:nev' });
    const opened = neighbourhoodOpened('Chain:nev', null)(loading);
    expect(opened).toMatchObject({ center: 'Chain:nev', request: { type: 'idle' } });
    expect(opened.camera).toEqual({ type: 'fit', nonce: 1 });
    const failed = requestFailed('expand', 'Segment:x', 'timeout')(opened);
    expect(failed.request).toMatchObject({ type: 'error', message: 'timeout' });
  });

  it('keeps an earlier truncation notice when an expansion is complete, replaces it otherwise', () => {
    const notice = { center: 'Chain:nev', shown: 150, limit: 150 };
    const opened = neighbourhoodOpened('Chain:nev', notice)(initialExplorerState);
    const complete = { id: 'Segment:y', nodes: [], edges: [], truncation: null };
    expect(expansionApplied(complete)(opened).truncation).toBe(notice);
    const newer = { center: 'Segment:x', shown: 150, limit: 150 };
    const cut = expansionApplied({ id: 'Segment:x', nodes: [], edges: [], truncation: newer })(
      opened,
    );
    expect(cut.truncation).toBe(newer);
    expect(cut.expansions.map((e) => e.id)).toEqual(['Segment:x']);
    // Undoing the expansion that was cut short brings back the notice of what is still drawn.
    const undone = expansionsRetracted(1)(cut);
    expect(undone.expansions).toEqual([]);
    expect(undone.truncation).toBe(notice);
  });

  it('ends a cancelled request and moves the camera to a pending focus once it is drawn', () => {
    const loading = requestStarted('expand', 'Segment:x')(initialExplorerState);
    expect(requestCancelled()(loading).request).toEqual({ type: 'idle' });
    const failed = requestFailed('expand', 'Segment:x', 'boom')(initialExplorerState);
    expect(requestCancelled()(failed)).toBe(failed);
    const pending = focusPending('Segment:x')(initialExplorerState);
    const reached = pendingFocusReached()(pending);
    expect(reached.pendingFocus).toBeNull();
    expect(reached.camera).toMatchObject({ type: 'node', node: 'Segment:x' });
    expect(pendingFocusReached()(reached)).toBe(reached);
  });

  it('makes each camera request distinct', () => {
    const first = cameraRequested({ type: 'node', node: 'a' })(initialExplorerState);
    const second = cameraRequested({ type: 'node', node: 'a' })(first);
    expect(second.camera?.nonce).toBe((first.camera?.nonce ?? 0) + 1);
  });
});
