/**
 * The deterministic scale generator of Chanjiao Atlas: a synthetic, national-scale graph as a
 * stream of import records (see graph.ts), and its NDJSON writer (see ndjson.ts). Places are
 * synthetic Parks, never invented region codes (see plan.ts).
 */
export { generateGraph, plannedCounts, syntheticSource } from './graph.ts';
export { writeNdjson, type NdjsonStats } from './ndjson.ts';
export { MIN_NODES, type GenerateOptions } from './plan.ts';
