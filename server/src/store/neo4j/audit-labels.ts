/**
 * The labels of the Neo4j audit trail, apart so that the modules writing and re-marking changes
 * share them without importing each other. They are outside graph-schema's kinds, so no read,
 * count or export of the graph sees them.
 */
export const changeLabel = 'AtlasChange';
export const changeLogLabel = 'AtlasChangeLog';
