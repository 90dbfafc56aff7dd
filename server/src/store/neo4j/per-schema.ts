/**
 * Values derived from the schema in force (name lists, type numbers, adjacency of kinds), computed
 * once per schema. A server activates its schema extension after these modules are loaded, and a
 * test process may switch schemas between stores, so a value taken when a module loads would
 * leave out the extension's kinds, types and properties.
 */
import { activeSchema, type GraphSchema } from '@chanjiao/graph-schema';

export function perSchema<T>(compute: () => T): () => T {
  let schema: GraphSchema | null = null;
  let value: T;
  return () => {
    const now = activeSchema();
    if (now !== schema) {
      value = compute();
      schema = now;
    }
    return value;
  };
}
