import { describe, expect, it } from 'vitest';
import { hiddenKindsOf } from '../filters/index.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { initialSelectionState, nodeHovered, nodeSelected, selectionPruned } from './index.ts';

describe('selection', () => {
  it('sets hover and selection, returning the same state when nothing changes', () => {
    const hovered = nodeHovered('a')(initialSelectionState);
    expect(hovered).toEqual({ hovered: 'a', selected: null });
    expect(nodeHovered('a')(hovered)).toBe(hovered);
    expect(nodeSelected('b')(hovered)).toEqual({ hovered: 'a', selected: 'b' });
  });

  it('forgets nodes that left the graph', () => {
    const graph = createAtlasGraph();
    graph.addNode('Chain:nev', { kind: 'Chain', key: 'nev', x: 0, y: 0 });
    const state = { hovered: 'Segment:gone', selected: 'Chain:nev' };
    expect(selectionPruned(graph)(state)).toEqual({ hovered: null, selected: 'Chain:nev' });
    const kept = { hovered: null, selected: 'Chain:nev' };
    expect(selectionPruned(graph)(kept)).toBe(kept);
  });
});

describe('kind filter', () => {
  it('mirrors the address’s hidden kinds, keeping the same set when they did not change', () => {
    const hidden = hiddenKindsOf(['Course', 'Program'])(new Set());
    expect([...hidden]).toEqual(['Course', 'Program']);
    expect(hiddenKindsOf(['Program', 'Course'])(hidden)).toBe(hidden);
    expect([...hiddenKindsOf(['Course'])(hidden)]).toEqual(['Course']);
    expect(hiddenKindsOf(undefined)(hidden).size).toBe(0);
  });
});
