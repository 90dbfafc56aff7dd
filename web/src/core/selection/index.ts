/**
 * Which node the pointer is over (hover highlights it and its neighbours) and which node is
 * selected (its details are open). Both are node ids of the explorer graph.
 */
import type { AtlasGraph } from '../graph/types.ts';
import { atom } from '../utils/atoms.ts';

export interface SelectionState {
  hovered: string | null;
  selected: string | null;
}

export const initialSelectionState: SelectionState = { hovered: null, selected: null };

export const selectionAtom = atom<SelectionState>(initialSelectionState);

export const nodeHovered =
  (node: string | null) =>
  (state: SelectionState): SelectionState =>
    state.hovered === node ? state : { ...state, hovered: node };

export const nodeSelected =
  (node: string | null) =>
  (state: SelectionState): SelectionState =>
    state.selected === node ? state : { ...state, selected: node };

/** Forgets ids that are no longer in the graph (after it was cleared or replaced). */
export const selectionPruned =
  (graph: AtlasGraph) =>
  (state: SelectionState): SelectionState => {
    const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
    const selected = state.selected && graph.hasNode(state.selected) ? state.selected : null;
    return hovered === state.hovered && selected === state.selected ? state : { hovered, selected };
  };

/** The relationship (edge key) under the pointer: its name is drawn on it. */
export const hoveredEdgeAtom = atom<string | null>(null);
