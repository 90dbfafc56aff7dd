/**
 * Opens the store the configuration selects. Each adapter is loaded when selected, so a process
 * holds only the driver it uses (the Neo4j driver is some 5 MB of heap).
 */
import { activateSchema } from '@chanjiao/graph-schema';
import type { Config } from '../config.ts';
import type { GraphStore } from './port.ts';

export async function openStore(config: Config): Promise<GraphStore> {
  // The stores read kinds, relationship types and constraints from the schema in force.
  activateSchema(config.schema);
  switch (config.store) {
    case 'embedded':
      return (await import('./embedded/index.ts')).EmbeddedStore.open({ dataDir: config.dataDir });
    case 'neo4j':
      return (await import('./neo4j/index.ts')).Neo4jStore.connect(config.neo4j);
  }
}
