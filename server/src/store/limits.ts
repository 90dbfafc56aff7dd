/** Limits a store enforces on what one request may load. */
import { LimitExceededError } from '../errors.ts';

export function projectionTooLarge(count: number, maxNodes: number): LimitExceededError {
  return new LimitExceededError(
    `the analysis would load ${count} nodes, more than the limit of ${maxNodes}; ` +
      'narrow the request (a region, a chain) or raise ATLAS_ANALYSIS_MAX_NODES',
  );
}

export function scopedReadTooLarge(limit: number): LimitExceededError {
  return new LimitExceededError(
    `the analysis would read more than ${limit} relationships in one step, more than the limit of ${limit}; ` +
      'narrow the request (a region, a chain) or raise ATLAS_ANALYSIS_MAX_NODES',
  );
}
