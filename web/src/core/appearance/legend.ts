/**
 * Whether the legend is folded, and what it counts. The reader's choice to fold or unfold is
 * remembered in the browser; until they choose, the legend starts folded on phones and tablets
 * (where it would cover much of the graph) and open elsewhere.
 */
import type { GraphSummary } from '../graph/index.ts';
import { atom } from '../utils/atoms.ts';

const storageKey = 'chanjiao-atlas.legend-folded';

function storedChoice(): boolean | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return stored === 'true' ? true : stored === 'false' ? false : null;
  } catch {
    return null;
  }
}

/** The reader's choice; null until they make one. */
export const legendFoldedAtom = atom<boolean | null>(storedChoice());

export function setLegendFolded(folded: boolean): void {
  legendFoldedAtom.set(folded);
  try {
    globalThis.localStorage?.setItem(storageKey, String(folded));
  } catch {
    // Not remembering the choice is acceptable.
  }
}

export function legendFolded(choice: boolean | null, compact: boolean): boolean {
  return choice ?? compact;
}

export interface ShownCount {
  /** Nodes drawn (not of a hidden kind). */
  shown: number;
  total: number;
  hiddenKinds: number;
}

/** How many of the graph's nodes are drawn, with the legend's hidden kinds left out. */
export function shownCount(summary: GraphSummary, hidden: ReadonlySet<string>): ShownCount {
  let hiddenNodes = 0;
  let hiddenKinds = 0;
  for (const [kind, count] of summary.kinds)
    if (hidden.has(kind)) {
      hiddenNodes += count;
      hiddenKinds += 1;
    }
  return { shown: summary.order - hiddenNodes, total: summary.order, hiddenKinds };
}
