import { describe, expect, it } from 'vitest';
import { retractExpansions, syncPlan, type Expansion, type LoadedGraph } from './sync.ts';
import {
  allKindsShown,
  expansionsOf,
  explorerSearchSchema,
  graphCleared,
  kindToggled,
  nodeExpanded,
  nodeExpandedWith,
  nodeFocused,
  nodeOpened,
  nodeSelected,
} from './url.ts';
import { createAtlasGraph } from './utils.ts';

const expansion = (id: string, nodes: string[] = [], edges: string[] = []): Expansion => ({
  id,
  nodes,
  edges,
  truncation: null,
});

const loaded = (center: string | null, ids: string[] = []): LoadedGraph => ({
  center,
  expansions: ids.map((id) => expansion(id)),
});

describe('explorer address', () => {
  it('reads node ids and kinds leniently: malformed values are dropped, lists deduplicated', () => {
    expect(
      explorerSearchSchema.parse({
        node: 'Chain:nev',
        expand: ['Segment:a', 'not-an-id', 'Segment:a', 'Segment:b'],
        sel: 'nonsense',
        hide: 'Course',
        junk: 'x',
      }),
    ).toEqual({ node: 'Chain:nev', expand: ['Segment:a', 'Segment:b'], hide: ['Course'] });
    expect(explorerSearchSchema.parse({ node: ['Chain:a', 'Chain:b'] })).toEqual({});
  });

  it('opens, expands, selects and focuses as address changes in the schema’s order', () => {
    const opened = nodeOpened('Chain:nev')({ hide: ['Course'], expand: ['Segment:x'] });
    expect(opened).toEqual({ node: 'Chain:nev', sel: 'Chain:nev', hide: ['Course'] });
    const expanded = nodeExpanded('Segment:a')(opened);
    expect(Object.keys(expanded)).toEqual(['node', 'expand', 'sel', 'hide']);
    expect(expanded).toMatchObject({ expand: ['Segment:a'], sel: 'Segment:a' });
    // Expanding what is expanded, or the opened node, only selects it.
    expect(nodeExpanded('Chain:nev')(expanded)).toMatchObject({
      expand: ['Segment:a'],
      sel: 'Chain:nev',
    });
    expect(nodeExpanded('Segment:a')(nodeSelected(null)(expanded))).toEqual(expanded);
    // With nothing open, expanding opens.
    expect(nodeExpanded('Chain:nev')({})).toEqual({ node: 'Chain:nev', sel: 'Chain:nev' });
    expect(nodeSelected(null)(expanded)).not.toHaveProperty('sel');
    expect(nodeFocused('Segment:a', true)(opened)).toEqual({ ...opened, sel: 'Segment:a' });
    expect(nodeFocused('Segment:b', false)(opened)).toMatchObject({
      expand: ['Segment:b'],
      sel: 'Segment:b',
    });
    expect(graphCleared()(expanded)).toEqual({ hide: ['Course'] });
  });

  it('expands with options as an item of its own, written readably', () => {
    const opened = nodeOpened('Chain:nev')({});
    const byType = nodeExpandedWith('Segment:a', { rels: ['OPERATES_IN'], limit: 500 })(opened);
    expect(byType).toMatchObject({
      expand: ['Segment:a~limit:500~rel:OPERATES_IN'],
      sel: 'Segment:a',
    });
    // Plain options are a plain expansion; the same options twice are one expansion.
    expect(nodeExpandedWith('Segment:b', {})(opened)).toEqual(nodeExpanded('Segment:b')(opened));
    const again = nodeExpandedWith('Segment:a', { limit: 500, rels: ['OPERATES_IN'] })(byType);
    expect(again.expand).toEqual(byType.expand);
    // The same node with other options is another expansion.
    expect(nodeExpandedWith('Segment:a', { kinds: ['Occupation'] })(byType).expand).toEqual([
      'Segment:a~limit:500~rel:OPERATES_IN',
      'Segment:a~kind:Occupation',
    ]);
    expect(explorerSearchSchema.parse({ node: 'Chain:nev', expand: byType.expand }).expand).toEqual(
      byType.expand,
    );
    expect(nodeExpandedWith('Chain:nev', { depth: 2 })({})).toEqual({
      node: 'Chain:nev',
      expand: ['Chain:nev~depth:2'],
      sel: 'Chain:nev',
    });
  });

  it('toggles hidden kinds and shows them all again', () => {
    const hidden = kindToggled('Course')({ node: 'Chain:nev' });
    expect(hidden).toEqual({ node: 'Chain:nev', hide: ['Course'] });
    expect(kindToggled('Course')(hidden)).toEqual({ node: 'Chain:nev' });
    expect(allKindsShown()(kindToggled('Program')(hidden))).toEqual({ node: 'Chain:nev' });
  });

  it('asks for each expansion once, never for the opened node', () => {
    expect(
      expansionsOf({ node: 'Chain:nev', expand: ['Chain:nev', 'Segment:a', 'Segment:a'] }),
    ).toEqual(['Segment:a']);
    expect(expansionsOf({ expand: ['Segment:a'] })).toEqual([]);
  });
});

describe('sync plan', () => {
  it('does nothing when the graph is what the address says', () => {
    expect(syncPlan(loaded(null), {})).toEqual([]);
    expect(
      syncPlan(loaded('Chain:nev', ['Segment:a']), { node: 'Chain:nev', expand: ['Segment:a'] }),
    ).toEqual([]);
  });

  it('opens another node, then expands what the address lists', () => {
    expect(
      syncPlan(loaded('Chain:old', ['Segment:a']), { node: 'Chain:nev', expand: ['Segment:a'] }),
    ).toEqual([
      { type: 'open', center: 'Chain:nev' },
      { type: 'expand', ids: ['Segment:a'] },
    ]);
    expect(syncPlan(loaded('Chain:nev'), {})).toEqual([{ type: 'clear' }]);
  });

  it('retracts past the common prefix, then expands the rest', () => {
    const graph = loaded('Chain:nev', ['Segment:a', 'Segment:b', 'Segment:c']);
    expect(syncPlan(graph, { node: 'Chain:nev', expand: ['Segment:a'] })).toEqual([
      { type: 'retract', count: 2 },
    ]);
    expect(syncPlan(graph, { node: 'Chain:nev', expand: ['Segment:a', 'Segment:x'] })).toEqual([
      { type: 'retract', count: 2 },
      { type: 'expand', ids: ['Segment:x'] },
    ]);
    expect(
      syncPlan(graph, {
        node: 'Chain:nev',
        expand: ['Segment:a', 'Segment:b', 'Segment:c', 'Segment:d'],
      }),
    ).toEqual([{ type: 'expand', ids: ['Segment:d'] }]);
  });

  it('removes what an expansion added, newest first, skipping what is gone', () => {
    const graph = createAtlasGraph();
    for (const id of ['Chain:nev', 'Segment:a', 'Enterprise:x', 'Enterprise:y'])
      graph.addNode(id, { kind: id.split(':')[0] ?? '', key: id, x: 0, y: 0 });
    graph.addDirectedEdgeWithKey('e1', 'Segment:a', 'Chain:nev', { rel: 'PART_OF' });
    graph.addDirectedEdgeWithKey('e2', 'Enterprise:x', 'Segment:a', { rel: 'OPERATES_IN' });
    graph.addDirectedEdgeWithKey('e3', 'Enterprise:y', 'Enterprise:x', { rel: 'SUPPLIES' });
    retractExpansions(graph, [
      expansion('Segment:a', ['Enterprise:x'], ['e2', 'e1']),
      expansion('Enterprise:x', ['Enterprise:y', 'Enterprise:gone'], ['e3']),
    ]);
    expect(graph.nodes().sort()).toEqual(['Chain:nev', 'Segment:a']);
    expect(graph.size).toBe(0);
  });
});
