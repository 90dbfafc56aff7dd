import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { describeScopedAnalyses } from './analysis-scoped.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

if (requireNeo4j('analyses on scoped reads: neo4j'))
  describeScopedAnalyses('neo4j', () => Neo4jStore.connect(neo4jOptions));
