/**
 * Filter by kind: the kinds the reader has hidden in the legend. Hidden nodes stay in the graph
 * (so layout, counts and expansion are unaffected); the node reducer just does not draw them.
 */
import { atom } from '../utils/atoms.ts';

export type HiddenKinds = ReadonlySet<string>;

export const hiddenKindsAtom = atom<HiddenKinds>(new Set());

export const kindToggled =
  (kind: string) =>
  (hidden: HiddenKinds): HiddenKinds => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    return next;
  };

export const allKindsShown =
  () =>
  (hidden: HiddenKinds): HiddenKinds =>
    hidden.size === 0 ? hidden : new Set();
