/** The server's public pieces, for scripts (benchmarks, end-to-end tests) that drive it in-process. */
export { buildApp } from './app.ts';
export { loadConfig, type Config } from './config.ts';
export { openStore } from './store/index.ts';
export { EmbeddedStore } from './store/embedded/index.ts';
export type { GraphStore, WriteOp } from './store/port.ts';
export { loadDemoRegion, seedIfEmpty } from './seed.ts';
export { importNdjsonBody } from './import/body-import.ts';
export { recordsSource, ndjsonTextSource } from './import/memory-sources.ts';
export { migrate, exportChecksum } from './migrate.ts';
export { Neo4jStore } from './store/neo4j/index.ts';
export { streamImport, ImportProblemsError } from './import/stream-import.ts';
export { openImportSources, loadPreset, expandFolders } from './import/open-sources.ts';
export { ndjsonFileSource } from './import/ndjson-source.ts';
export { openMappingSources } from './import/mapping/index.ts';
export { analyses, type AnalysisName } from './analysis/registry.ts';
export { AnalysisGraph } from './analysis/graph.ts';
