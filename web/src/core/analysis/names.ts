/**
 * Names of the nodes an answer only names by key (occupations, courses, enterprises), fetched once
 * per node and kept for the session. A node whose fetch failed is remembered without names, so it
 * is shown by its key and not asked for again.
 */
export interface NodeNames {
  name_zh?: string;
  name_en?: string;
}

export type NameMap = ReadonlyMap<string, NodeNames>;

/** Names from anything carrying them (a node's props, a search hit, an answer's row). */
export function namesOf(source: { name_zh?: unknown; name_en?: unknown }): NodeNames {
  return {
    ...(typeof source.name_zh === 'string' && { name_zh: source.name_zh }),
    ...(typeof source.name_en === 'string' && { name_en: source.name_en }),
  };
}

/** Adds names; an entry that has names is not replaced by an empty one. */
export const namesAdded =
  (entries: Iterable<readonly [string, NodeNames]>) =>
  (names: NameMap): NameMap => {
    let next: Map<string, NodeNames> | null = null;
    for (const [id, entry] of entries) {
      const known = names.get(id);
      const empty = entry.name_zh === undefined && entry.name_en === undefined;
      if (known && (empty || (known.name_zh === entry.name_zh && known.name_en === entry.name_en)))
        continue;
      next ??= new Map(names);
      next.set(id, entry);
    }
    return next ?? names;
  };

/** The ids among `ids` with no entry yet and not being fetched, each once. */
export function missingNames(
  ids: Iterable<string>,
  names: NameMap,
  pending: ReadonlySet<string>,
): string[] {
  const missing = new Set<string>();
  for (const id of ids) if (!names.has(id) && !pending.has(id)) missing.add(id);
  return [...missing];
}

/** Runs `task` on every item, at most `concurrency` at a time. */
export async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
