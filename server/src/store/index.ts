/** Opens the store the configuration selects. */
import { activateSchema } from '@chanjiao/graph-schema';
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded/index.ts';
import { Neo4jStore } from './neo4j/index.ts';
import type { GraphStore } from './port.ts';

export async function openStore(config: Config): Promise<GraphStore> {
  // The stores read kinds, relationship types and constraints from the schema in force.
  activateSchema(config.schema);
  switch (config.store) {
    case 'embedded':
      return EmbeddedStore.open({ dataDir: config.dataDir });
    case 'neo4j':
      return Neo4jStore.connect(config.neo4j);
  }
}
