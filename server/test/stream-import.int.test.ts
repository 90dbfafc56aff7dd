import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { describeStreamImport } from './stream-import.ts';

if (requireNeo4j('streaming import: neo4j'))
  describeStreamImport('neo4j', () => Neo4jStore.connect(neo4jOptions));
