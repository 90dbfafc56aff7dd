/**
 * The answers of every analysis as they cross the wire, as zod schemas: the server uses them as
 * its routes' response schemas (so OpenAPI shows the real shapes and the server checks what it
 * sends), and the web client imports the inferred types. One file per family under analysis/.
 */
export * from './analysis/common.ts';
export * from './analysis/chains.ts';
export * from './analysis/programs.ts';
export * from './analysis/people.ts';
export * from './analysis/region.ts';
export * from './analysis/lists.ts';
export * from './analysis/lists-zh.ts';
export * from './analysis/trends.ts';
