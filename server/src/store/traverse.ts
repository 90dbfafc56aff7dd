/**
 * Breadth-first collection of a neighbourhood with a node budget. Deterministic: each level visits
 * its frontier in id order and each node's neighbours in id order, so a hub is cut the same way
 * every time and by every store.
 */
import { compareStrings } from './order.ts';

export function breadthFirst(
  center: string,
  neighbours: (id: string) => Iterable<string>,
  depth: number,
  limit: number,
): { ids: string[]; truncated: boolean } {
  const seen = new Set<string>([center]);
  const ids = [center];
  let frontier = [center];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      const candidates = [...new Set(neighbours(id))]
        .filter((n) => !seen.has(n))
        .sort(compareStrings);
      for (const candidate of candidates) {
        if (ids.length >= limit) return { ids, truncated: true };
        seen.add(candidate);
        ids.push(candidate);
        next.push(candidate);
      }
    }
    frontier = next.sort(compareStrings);
  }
  return { ids, truncated: false };
}

/**
 * The same walk for stores that fetch neighbours a level at a time (one round trip per level):
 * `neighboursOf` returns the neighbour ids of each frontier id.
 */
export async function breadthFirstByLevel(
  center: string,
  neighboursOf: (frontier: string[]) => Promise<Map<string, Iterable<string>>>,
  depth: number,
  limit: number,
): Promise<{ ids: string[]; truncated: boolean }> {
  const seen = new Set<string>([center]);
  const ids = [center];
  let frontier = [center];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    if (ids.length >= limit) {
      // The budget is spent; any unseen neighbour means the answer is cut.
      const more = await neighboursOf(frontier);
      const cut = [...more.values()].some((list) => [...list].some((n) => !seen.has(n)));
      return { ids, truncated: cut };
    }
    const adjacency = await neighboursOf(frontier);
    const next: string[] = [];
    for (const id of frontier) {
      const candidates = [...new Set(adjacency.get(id) ?? [])]
        .filter((n) => !seen.has(n))
        .sort(compareStrings);
      for (const candidate of candidates) {
        if (ids.length >= limit) return { ids, truncated: true };
        seen.add(candidate);
        ids.push(candidate);
        next.push(candidate);
      }
    }
    frontier = next.sort(compareStrings);
  }
  return { ids, truncated: false };
}
