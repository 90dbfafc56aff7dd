/**
 * Repeated records in one chunk of an import become one write: their properties merge in order,
 * which is what repeated merge-upserts would leave. Counts then mean the same on every store —
 * a node or relationship is created or updated once, however often the import names it — and
 * the store writes less.
 */
export function collapseRepeats<T extends { record: { props: object } }>(
  chunk: T[],
  idOf: (record: T['record']) => string,
): T[] {
  const byId = new Map<string, T>();
  for (const pending of chunk) {
    const id = idOf(pending.record);
    const earlier = byId.get(id);
    byId.set(
      id,
      earlier
        ? {
            ...earlier,
            record: {
              ...earlier.record,
              props: { ...earlier.record.props, ...pending.record.props },
            },
          }
        : pending,
    );
  }
  return byId.size === chunk.length ? chunk : [...byId.values()];
}
