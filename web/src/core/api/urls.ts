/**
 * The API's paths, built in one place. Kinds and keys are URL-encoded: keys are official codes or
 * slugs but may contain `/`, `:`, spaces or Chinese characters. Query strings use `%20`, never `+`.
 */
import type { SkillGapParams, WeakLinksParams } from '../analysis/types.ts';

export interface NodeRef {
  kind: string;
  key: string;
}

export interface SearchParams {
  q: string;
  kind?: string;
  limit?: number;
}

export type Depth = 1 | 2 | 3;

export interface NeighbourhoodParams extends NodeRef {
  depth?: Depth;
  limit?: number;
}

type QueryValue = string | number | undefined;

/** The skill-gap query parameter that names each kind of supplier. */
const supplierParameter = {
  Institution: 'institution',
  Program: 'program',
  MicroCredential: 'microCredential',
} as const;

export function queryString(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}

export const apiPaths = {
  schema: () => '/api/schema',
  health: () => '/api/health',
  search: ({ q, kind, limit }: SearchParams) => `/api/search?${queryString({ q, kind, limit })}`,
  node: ({ kind, key }: NodeRef, relationships?: number) =>
    `/api/nodes/${encodeURIComponent(kind)}/${encodeURIComponent(key)}` +
    (relationships === undefined ? '' : `?${queryString({ relationships })}`),
  neighbourhood: ({ kind, key, depth, limit }: NeighbourhoodParams) =>
    `/api/graph/neighbourhood?${queryString({ kind, key, depth, limit })}`,
  skillGap: ({ chain, region, demand, period, mappings, supplier }: SkillGapParams) =>
    `/api/analysis/skill-gap?${queryString({
      chain,
      region,
      demand,
      period,
      mappings,
      [supplierParameter[supplier.kind]]: supplier.key,
    })}`,
  weakLinks: ({ chain, region, weakBelow, strongAbove }: WeakLinksParams) =>
    `/api/analysis/weak-links?${queryString({ chain, region, weakBelow, strongAbove })}`,
  upload: (name: string) => `/api/uploads?${queryString({ name })}`,
  importPresets: () => '/api/import-presets',
  importJobs: () => '/api/import-jobs',
  importJob: (id: string) => `/api/import-jobs/${encodeURIComponent(id)}`,
  importJobEvents: (id: string) => `/api/import-jobs/${encodeURIComponent(id)}/events`,
};
