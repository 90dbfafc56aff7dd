/**
 * React bindings of the kind pickers' choices (`core/analysis/kindOptions.ts`): list the kinds a
 * view needs once, and complete a bare address from them when they are listed, replacing the
 * history entry (the reader did nothing yet).
 */
import { useEffect, useRef } from 'react';
import {
  kindOptionsAtom,
  loadKindOptions,
  type KindOptions,
} from '../../core/analysis/kindOptions.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function useKindOptions(kinds: readonly string[]): KindOptions {
  const options = useAtomValue(kindOptionsAtom);
  const wanted = kinds.join('|');
  useEffect(() => {
    void loadKindOptions(wanted.split('|'));
  }, [wanted]);
  return options;
}

/** Whether every kind is listed. */
export function kindsReady(options: KindOptions, kinds: readonly string[]): boolean {
  return kinds.every((kind) => options.get(kind)?.type === 'ready');
}

export function useKindDefaults<Search>(
  search: Search,
  kinds: readonly string[],
  fill: (options: KindOptions) => (search: Search) => Search,
  replaceSearch: (next: Search) => void,
): KindOptions {
  const options = useKindOptions(kinds);
  const replaceRef = useRef(replaceSearch);
  replaceRef.current = replaceSearch;
  const ready = kindsReady(options, kinds);
  useEffect(() => {
    if (!ready) return;
    const next = fill(options)(search);
    if (next !== search) replaceRef.current(next);
  }, [ready, options, search, fill]);
  return options;
}
