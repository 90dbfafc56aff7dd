/**
 * Which view fills the workspace: the explorer (search → neighbourhood → details), one of the
 * analyses, or the import. The mode is mirrored in the URL hash (`#skill-gap`, `#weak-links`,
 * `#import`; none for the explorer) so a reload or a shared link opens the same view.
 */
import { atom } from '../utils/atoms.ts';

export type AppMode = 'explorer' | 'skill-gap' | 'weak-links' | 'import';

export const appModes: readonly AppMode[] = ['explorer', 'skill-gap', 'weak-links', 'import'];

export function modeFromHash(hash: string): AppMode {
  const name = hash.replace(/^#\/?/, '');
  return appModes.find((mode) => mode !== 'explorer' && mode === name) ?? 'explorer';
}

export function hashOfMode(mode: AppMode): string {
  return mode === 'explorer' ? '' : `#${mode}`;
}

function initialMode(): AppMode {
  return modeFromHash(globalThis.location?.hash ?? '');
}

export const modeAtom = atom<AppMode>(initialMode());

/** Switches the view and records it in the URL (without adding a history entry per click). */
export function setMode(mode: AppMode): void {
  modeAtom.set(mode);
  const location = globalThis.location;
  const history = globalThis.history;
  if (!location || !history || location.hash === hashOfMode(mode)) return;
  const url = `${location.pathname}${location.search}${hashOfMode(mode)}`;
  history.replaceState(history.state, '', url);
}

/** Follows the hash when the reader edits it or goes back. Returns the unsubscribe. */
export function followHash(): () => void {
  const onHashChange = () => modeAtom.set(modeFromHash(globalThis.location.hash));
  globalThis.addEventListener('hashchange', onHashChange);
  return () => globalThis.removeEventListener('hashchange', onHashChange);
}
