/**
 * A minimal observable value ("atom"), the state container of the client. State lives outside
 * React so that sigma's reducers and the layout supervisor can read it synchronously; components
 * subscribe through `useAtomValue`. Updates take a value or a pure `(previous) => next` function,
 * which is how every domain's actions are written.
 */
export type Updater<T> = T | ((previous: T) => T);

export interface ReadableAtom<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

export interface Atom<T> extends ReadableAtom<T> {
  set(update: Updater<T>): void;
}

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(update) {
      const next =
        typeof update === 'function' ? (update as (previous: T) => T)(value) : (update as T);
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
