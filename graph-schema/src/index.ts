/**
 * @chanjiao/graph-schema — the single source of truth for the Chanjiao Atlas graph model:
 * node kinds, relationship types, validation of import records, the JSON description served at
 * `/api/schema`, the database constraints and indexes, and the wire shapes of the API.
 * No I/O happens here.
 */
export * from './define.ts';
export * from './kinds.ts';
export * from './relationships.ts';
export * from './records.ts';
export * from './text.ts';
export * from './describe.ts';
export * from './database.ts';
export * from './wire.ts';
export * from './import-jobs.ts';
export * from './analysis.ts';
export * from './accounts.ts';
export * from './changes.ts';
export * from './extension/spec.ts';
export * from './extension/schema.ts';
export * from './extension/build.ts';
