/** React binding for atoms: re-render when the atom changes. */
import { useSyncExternalStore } from 'react';
import type { ReadableAtom } from './atoms.ts';

export function useAtomValue<T>(source: ReadableAtom<T>): T {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
