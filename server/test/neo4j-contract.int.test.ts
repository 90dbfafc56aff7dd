import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { describeStoreContract } from './store-contract.ts';

if (requireNeo4j('store contract: neo4j'))
  describeStoreContract('neo4j', { open: () => Neo4jStore.connect(neo4jOptions) });
