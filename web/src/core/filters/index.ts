/**
 * Filter by kind: the kinds the reader has hidden in the legend, mirrored from the explorer's
 * address (`hide`). Hidden nodes stay in the graph (so layout, counts and expansion are
 * unaffected); the node reducer just does not draw them.
 */
import { atom } from '../utils/atoms.ts';

export type HiddenKinds = ReadonlySet<string>;

export const hiddenKindsAtom = atom<HiddenKinds>(new Set());

/** The hidden kinds of an address; the previous set when it holds the same kinds (no redraw). */
export const hiddenKindsOf =
  (kinds: readonly string[] | undefined) =>
  (previous: HiddenKinds): HiddenKinds => {
    const next = new Set(kinds ?? []);
    const same = next.size === previous.size && [...next].every((kind) => previous.has(kind));
    return same ? previous : next;
  };
